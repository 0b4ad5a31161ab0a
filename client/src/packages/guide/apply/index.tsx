import { View, Text } from '@tarojs/components';
import { Page } from '@/components/Page';
import { OrgPicker } from '@/components/OrgPicker';
import { Card, Quote } from '@/components/Card';
import { OfficeCard } from '@/components/guide/OfficeCard';
import { PaymentCard } from '@/components/guide/PaymentCard';
import { CalendarTable } from '@/components/guide/CalendarTable';
import { useOrg } from '@/hooks/useOrg';
import { useRulebook } from '@/hooks/useRulebook';
import { useToday } from '@/hooks/useToday';
import { noticeOf } from '@/lib/notice';

export default function Apply() {
  const [orgId, setOrgId] = useOrg();
  const { org, notice } = noticeOf(orgId, useRulebook());
  const today = useToday();
  const { payment, calendar } = notice;
  return (
    <Page title='如何报名' subtitle={org.name}>
      <OrgPicker value={orgId} onChange={setOrgId} />
      {notice.application.map((guide) => (
        <Card key={guide.channel} title={guide.label}>
          <Text className='block'>适用于：{guide.who}</Text>
          {guide.steps.length > 0 ? (
            <View className='stack' style={{ marginTop: '8px' }}>
              {guide.steps.map((step, index) => (
                <Text key={step} className='block'>
                  {index + 1}. {step}
                </Text>
              ))}
            </View>
          ) : null}
          {guide.address ? <Text className='block strong'>地点：{guide.address}</Text> : null}
          {guide.materials.length > 0 ? (
            <View>
              <Text className='block strong' style={{ marginTop: '8px' }}>
                需要准备
              </Text>
              {guide.materials.map((item) => (
                <Text key={item} className='block'>
                  ☐ {item}
                </Text>
              ))}
            </View>
          ) : null}
          <Quote source={guide.source.section}>{guide.source.quote}</Quote>
        </Card>
      ))}
      <CalendarTable orgId={orgId} notice={notice} today={today} />
      <PaymentCard payment={payment} orgId={orgId} />
      <Card title='评价月份如何安排'>
        {calendar.notes.map((note) => (
          <Text key={note} className='block' style={{ marginBottom: '6px' }}>
            {note}
          </Text>
        ))}
        {calendar.rolloverMinimum === null ? (
          <Text className='block muted'>通知未说明人数不足时是否顺延，请以机构通知为准。</Text>
        ) : null}
      </Card>
      <OfficeCard office={notice.office} orgName={org.name} />
    </Page>
  );
}
