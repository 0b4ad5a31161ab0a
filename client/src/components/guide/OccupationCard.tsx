import { View, Text, Button } from '@tarojs/components';
import { latestNotice, type Occupation, type Offering } from '@skills/shared';
import { Card, Field } from '@/components/Card';
import { yuan } from '@/lib/format';
import { go } from '@/lib/navigate';
import { useRulebook } from '@/hooks/useRulebook';

interface OccupationCardProps {
  orgId: string;
  occupation: Occupation;
  offerings: Offering[];
}

/** One occupation: code, each track with its subjects and fees, minimum schooling, next steps. */
export function OccupationCard({ orgId, occupation, offerings }: OccupationCardProps) {
  // Only a notice that speaks of 普通受教育程度 (上海交大's) may be quoted on it.
  const deferToStandard = latestNotice(orgId, useRulebook()).eligibilityNote.includes('普通受教育程度');
  return (
    <Card title={occupation.name}>
      <Field label='职业编码'>{occupation.code ?? '专项职业能力（无职业编码）'}</Field>
      <Field label='最低学历'>
        {occupation.minimumSchooling.known ? (
          <Text>
            {occupation.minimumSchooling.text}
            <Text className='block muted small'>依据：{occupation.minimumSchooling.standard}</Text>
          </Text>
        ) : (
          <Text>
            {deferToStandard ? '通知未列明，按现行国家职业技能标准中“普通受教育程度”执行' : '本通知未列出最低学历要求'}
            <Text className='block muted small'>可查询：{occupation.minimumSchooling.lookUpAt}</Text>
          </Text>
        )}
      </Field>
      {offerings.map((offering) => (
        <View key={String(offering.track)} className='list-item'>
          <Text className='block strong'>{offering.trackLabel}</Text>
          {offering.subjects.map((subject) => (
            <Field key={subject.subject} label={subject.label}>
              {yuan(subject.amount)}
              <Text className='muted small'>（{subject.feeName}）</Text>
            </Field>
          ))}
          <Field label='合计'>{yuan(offering.total)}</Field>
          <Text className='block muted small'>来源：通知{offering.source.section}</Text>
        </View>
      ))}
      <View className='btn-row'>
        <Button className='btn btn-primary' onClick={() => go('eligibility', { org: orgId, occupation: occupation.id })}>
          我能报考吗
        </Button>
        <Button className='btn btn-secondary' onClick={() => go('documents', { org: orgId, occupation: occupation.id })}>
          考核手册
        </Button>
      </View>
    </Card>
  );
}
