import { View, Text } from '@tarojs/components';
import { daysBetween, upcomingWindows } from '@skills/shared';
import { Card, DateText, EstimatedTag } from '@/components/Card';
import { chineseDate, chineseMonth } from '@/lib/format';
import { useRulebook } from '@/hooks/useRulebook';

interface WindowCardProps {
  orgId: string;
  today: string;
}

/**
 * The application window open today, its deadline countdown and the month it leads to; then the
 * next window, which a newly published notice may already fix while today's is still 预计.
 */
export function WindowCard({ orgId, today }: WindowCardProps) {
  const [window, next] = upcomingWindows(orgId, today, 2, useRulebook());
  const daysLeft = daysBetween(today, window.closes);
  return (
    <Card className='card-accent'>
      <Text className='block small'>
        本期申报（<DateText>{chineseDate(window.opens)}</DateText> 至 <DateText>{chineseDate(window.closes)}</DateText>）
      </Text>
      <View>
        <Text className='countdown' data-testid='countdown'>
          {daysLeft === 0 ? '今天截止' : `距本期申报截止还有 ${daysLeft} 天 · 对应 ${chineseMonth(window.assessmentMonth)}评价`}
        </Text>
        <EstimatedTag estimated={window.estimated} />
      </View>
      {window.estimated ? (
        <Text className='block small'>通知尚未公布该时段的安排，以上按最近一期通知的规律推算，以机构正式通知为准。</Text>
      ) : null}
      {next ? (
        <Text className='block small' data-testid='next-window' style={{ marginTop: '6px' }}>
          下一期：<DateText>{chineseDate(next.opens)}</DateText> 至 <DateText>{chineseDate(next.closes)}</DateText> 申报，对应 {chineseMonth(next.assessmentMonth)}评价
          <EstimatedTag estimated={next.estimated} />
        </Text>
      ) : null}
    </Card>
  );
}
