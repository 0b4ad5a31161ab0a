import { useMemo } from 'react';
import { Text } from '@tarojs/components';
import { checkEligibility, isRulesError, latestNotice, type Applicant } from '@skills/shared';
import { Card } from '@/components/Card';
import { ErrorState } from '@/components/StateView';
import { useRulebook } from '@/hooks/useRulebook';
import { TrackAnswer } from './TrackAnswer';
import { SaveProfile } from './SaveProfile';
import { NextSteps } from './NextSteps';
import { chineseDate } from '@/lib/format';

interface Props {
  orgId: string;
  occupationId: string;
  applicant: Applicant;
  today: string;
}

/** Every track the organisation offers for the occupation, checked on the device. */
export function EligibilityAnswer({ orgId, occupationId, applicant, today }: Props) {
  const book = useRulebook();
  const answer = useMemo(() => {
    try {
      const offerings = latestNotice(orgId, book).offerings.filter((offering) => offering.occupationId === occupationId);
      return {
        tracks: offerings.map((offering) => ({
          label: offering.trackLabel,
          track: offering.track,
          result: checkEligibility(applicant, offering.track, today),
        })),
      };
    } catch (error) {
      return { error: isRulesError(error) ? error.message : '无法判断，请检查填写的日期。' };
    }
  }, [orgId, occupationId, applicant, today, book]);

  if ('error' in answer) return <ErrorState message={answer.error ?? ''} />;
  return (
    <>
      <Text className='block muted' style={{ marginBottom: '8px' }}>
        按 {chineseDate(today)} 的情况判断，结果仅供参考，以评价机构资格审核为准。
      </Text>
      {answer.tracks.map((item) => (
        <TrackAnswer key={String(item.track)} orgId={orgId} label={item.label} result={item.result} />
      ))}
      <NextSteps orgId={orgId} anyEligible={answer.tracks.some((item) => item.result.eligible)} />
      <Card title='下次免填'>
        <SaveProfile orgId={orgId} occupationId={occupationId} applicant={applicant} />
      </Card>
    </>
  );
}
