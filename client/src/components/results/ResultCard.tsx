import { Text } from '@tarojs/components';
import { OUTCOME_LABELS, latestNotice, type ResultView, type SubjectOutcome } from '@skills/shared';
import { Card, DateText, EstimatedTag, Field } from '@/components/Card';
import { chineseDate } from '@/lib/format';
import { useRulebook } from '@/hooks/useRulebook';

const OUTCOME_TONES: Record<SubjectOutcome, string> = { pass: 'tag-ok', fail: 'tag-no', absent: 'tag-no' };

/** The notice's own warning: a new application for the same occupation and level gives up the retake. */
function RetakeWarning({ orgId }: { orgId: string }) {
  const rule = latestNotice(orgId, useRulebook()).retake.rules.find((text) => text.includes('放弃补考'));
  return rule ? <Text className='block small'>{rule}</Text> : null;
}

export function ResultCard({ result }: { result: ResultView }) {
  const heading = `${result.occupationName} · ${result.trackLabel}`;
  return (
    <Card title={heading}>
      {result.demo ? <Text className='tag tag-demo' style={{ marginLeft: 0 }}>演示</Text> : null}
      <Field label='考试日期'>{chineseDate(result.examDate)}</Field>
      {result.published ? (
        <>
          {result.subjects.map((subject) => (
            <Field key={subject.subject} label={subject.label}>
              <Text className={`tag ${OUTCOME_TONES[subject.outcome]}`} style={{ marginLeft: 0 }}>
                {OUTCOME_LABELS[subject.outcome]}
              </Text>
              {subject.retakeValidUntil ? (
                <Text className='block small'>
                  补考有效期至 <DateText>{chineseDate(subject.retakeValidUntil)}</DateText>
                </Text>
              ) : null}
            </Field>
          ))}
          <Text className={`block banner ${result.passed ? 'banner-ok' : 'banner-warn'}`} style={{ marginTop: '8px' }}>
            {result.passed ? '全部科目合格，证书信息可在“随申办”查询。' : '有科目未合格，可在补考有效期内按规定申请补考。'}
          </Text>
          {result.passed ? null : <RetakeWarning orgId={result.orgId} />}
        </>
      ) : (
        <Text className='block banner banner-info' style={{ marginTop: '8px' }}>
          {/* “预计” is kept for dates past what a notice covers (the tag); the notice itself says 一般. */}
          成绩尚未发布，一般在 <DateText>{chineseDate(result.expectedBy)}</DateText> 前可查询
          <EstimatedTag estimated={result.estimated} />
        </Text>
      )}
    </Card>
  );
}
