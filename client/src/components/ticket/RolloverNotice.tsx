import { Text, View } from '@tarojs/components';
import type { SessionRollover } from '@skills/shared';
import { EstimatedTag } from '@/components/Card';
import { chineseDate, chineseMonth } from '@/lib/format';

interface Props {
  /** The session's rollovers, oldest first; nothing is shown when there are none. */
  rollovers: SessionRollover[];
  /** The exam date now: the new date, or null while it is 待定. */
  examDate: string | null;
  /** When the ticket is expected, for a date still 待定 (the server's estimate). */
  release?: { date: string; estimated: boolean };
}

/**
 * Tells the candidate their session was moved: to which month, why (as staff wrote it), and
 * the new date, or 待定 with the expected ticket date marked 预计.
 */
export function RolloverNotice({ rollovers, examDate, release }: Props) {
  const latest = rollovers[rollovers.length - 1];
  if (!latest) return null;
  return (
    <View className='block banner banner-info' data-testid='rollover-notice' style={{ marginTop: '8px' }}>
      <Text className='block strong'>考试已顺延至 {chineseMonth(latest.toMonth)}</Text>
      <Text className='block'>原因：{latest.reason}</Text>
      <Text className='block'>新的考试日期：{examDate ? chineseDate(examDate) : '待定，确定后另行通知'}</Text>
      {!examDate && release ? (
        <Text className='block small'>
          准考证预计 {chineseDate(release.date)} 前后发放
          <EstimatedTag estimated={release.estimated} />
        </Text>
      ) : null}
    </View>
  );
}
