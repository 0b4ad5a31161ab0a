import { View, Text } from '@tarojs/components';
import { applicationWindow, type EligibilityResult } from '@skills/shared';
import { Card, EstimatedTag } from '@/components/Card';
import { ClauseQuote } from './ClauseQuote';
import { useRulebook } from '@/hooks/useRulebook';
import { chineseDate, chineseMonth } from '@/lib/format';

interface Props {
  orgId: string;
  label: string;
  result: EligibilityResult;
}

/** The answer for one track: yes with the clauses met, or no with what is missing and when. */
export function TrackAnswer({ orgId, label, result }: Props) {
  return (
    <Card>
      <View>
        <Text className='card-title' role='heading' aria-level={2} style={{ display: 'inline' }}>
          {label}
        </Text>
        <Text className={`tag ${result.eligible ? 'tag-ok' : 'tag-no'}`}>{result.eligible ? '可以报考' : '暂不符合'}</Text>
      </View>
      {result.eligible ? (
        <>
          <Text className='block muted' style={{ marginTop: '6px' }}>
            您符合以下条件：
          </Text>
          {result.clauses.map((id) => (
            <ClauseQuote key={id} id={id} orgId={orgId} />
          ))}
        </>
      ) : (
        <>
          {result.eligibleFrom ? <EligibleFrom orgId={orgId} date={result.eligibleFrom} /> : null}
          {result.unmet.length > 0 ? (
            <View style={{ marginTop: '6px' }}>
              <Text className='block muted'>还缺少：</Text>
              {result.unmet.map((item) => (
                <Text key={item} className='block'>
                  · {item}
                </Text>
              ))}
            </View>
          ) : null}
        </>
      )}
    </Card>
  );
}

/** The day time alone makes the candidate eligible, and the application window and month it falls in. */
function EligibleFrom({ orgId, date }: { orgId: string; date: string }) {
  const window = applicationWindow(orgId, date, useRulebook());
  return (
    <Text className='block banner banner-ok' style={{ marginTop: '8px' }} data-testid='eligible-from'>
      你将于 {chineseDate(date)} 满足条件
      <Text className='block'>
        该日所在的申报时间为 <Text className='nowrap'>{chineseDate(window.opens)}</Text> 至{' '}
        <Text className='nowrap'>{chineseDate(window.closes)}</Text>，对应 {chineseMonth(window.assessmentMonth)}评价
        <EstimatedTag estimated={window.estimated} />
      </Text>
    </Text>
  );
}
