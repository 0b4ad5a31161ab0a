import { View, Text, Button } from '@tarojs/components';
import type { Session, StaffSession } from '@skills/shared';
import { chineseDate, chineseMonth, chineseWeekday } from '@/lib/format';
import { SessionLoad } from './SessionLoad';

const STATUS_LABELS: Record<Session['status'], string> = {
  scheduled: '已安排',
  'rolled-over': '已顺延',
  cancelled: '已取消',
};

/** One session of the month: when, where, how full, its last rollover, and what staff can do with it. */
export function SessionRow({ session, onEdit, onRollover }: { session: StaffSession; onEdit: () => void; onRollover: () => void }) {
  const last = session.rollovers[session.rollovers.length - 1];
  return (
    <View className='staff-row' data-testid='session-row'>
      <View className='staff-row-main'>
        <Text className='block strong'>
          {session.occupationName} · {session.trackLabel}
          {session.demo ? <Text className='tag tag-demo'>演示</Text> : null}
          <Text className={`tag ${session.status === 'scheduled' ? 'tag-ok' : 'tag-info'}`}>{STATUS_LABELS[session.status]}</Text>
        </Text>
        <Text className='block'>
          {session.date ? `${chineseDate(session.date)} ${chineseWeekday(session.date)}` : '日期待定'} {session.startTime}-{session.endTime}
        </Text>
        <Text className='block muted small'>
          {session.venue.name} · {session.venue.address}
        </Text>
        <SessionLoad session={session} />
        {last ? (
          <Text className='block small'>
            由 {chineseMonth(last.fromMonth)} 顺延至 {chineseMonth(last.toMonth)}：{last.reason}
          </Text>
        ) : null}
      </View>
      <View className='btn-row staff-row-side'>
        <Button className='btn btn-plain btn-inline' onClick={onEdit}>
          编辑
        </Button>
        <Button className='btn btn-secondary btn-inline' onClick={onRollover}>
          顺延
        </Button>
      </View>
    </View>
  );
}
