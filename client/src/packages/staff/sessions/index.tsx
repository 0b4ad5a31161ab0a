import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import type { Session, StaffSession } from '@skills/shared';
import { Card } from '@/components/Card';
import { Loading, ErrorState, Empty } from '@/components/StateView';
import { useToday } from '@/hooks/useToday';
import { chineseDate, chineseMonth, chineseWeekday } from '@/lib/format';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { MonthStepper } from '@/packages/staff/components/MonthStepper';
import { SessionForm } from './SessionForm';
import { RolloverForm } from './RolloverForm';
import { SessionLoad } from './SessionLoad';
import { useStaffData } from '@/services/staff';

type Editing = { mode: 'new' } | { mode: 'edit'; session: Session } | { mode: 'rollover'; session: StaffSession } | null;

const STATUS_LABELS: Record<Session['status'], string> = {
  scheduled: '已安排',
  'rolled-over': '已顺延',
  cancelled: '已取消',
};

function SessionRow({ session, onEdit, onRollover }: { session: StaffSession; onEdit: () => void; onRollover: () => void }) {
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

function SessionsBody({ orgId }: { orgId: string }) {
  const today = useToday();
  const [chosenMonth, setChosenMonth] = useState<string | null>(null);
  const month = chosenMonth ?? today.slice(0, 7);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sessions = useStaffData('sessions.list', { orgId, month });

  const finish = (message: string, toMonth?: string) => {
    setEditing(null);
    setNotice(message);
    if (toMonth && toMonth !== month) setChosenMonth(toMonth);
    else sessions.reload();
  };

  return (
    <View>
      <MonthStepper label='评价月份' month={month} onChange={(next) => { setChosenMonth(next); setNotice(null); }} />
      {notice ? (
        <View className='banner banner-ok' role='status'>
          <Text>{notice}</Text>
        </View>
      ) : null}
      {editing?.mode === 'new' ? (
        <SessionForm orgId={orgId} onCancel={() => setEditing(null)} onSaved={(saved) => finish(`已保存 ${saved.occupationName} ${saved.trackLabel} 的考期。`, saved.month)} />
      ) : null}
      {editing?.mode === 'edit' ? (
        <SessionForm key={editing.session.id} orgId={orgId} session={editing.session} onCancel={() => setEditing(null)} onSaved={(saved) => finish('考期已更新。', saved.month)} />
      ) : null}
      {editing?.mode === 'rollover' ? (
        <RolloverForm
          key={editing.session.id}
          orgId={orgId}
          session={editing.session}
          onCancel={() => setEditing(null)}
          onDone={(saved, affected) => finish(`已顺延至 ${chineseMonth(saved.month)}。涉及 ${affected} 张准考证，订阅了提醒的考生会收到通知。`, saved.month)}
        />
      ) : null}
      {editing === null ? (
        <Button className='btn btn-primary' onClick={() => { setEditing({ mode: 'new' }); setNotice(null); }}>
          新增考期
        </Button>
      ) : null}
      <Card title={`${chineseMonth(month)}的考期`}>
        {sessions.status === 'loading' ? <Loading /> : null}
        {sessions.status === 'error' ? <ErrorState message={sessions.message} onRetry={sessions.reload} /> : null}
        {sessions.status === 'ready' && sessions.data.sessions.length === 0 ? (
          <Empty message='这个月还没有安排考期' hint='点“新增考期”安排；或用上月/下月查看其他月份。' />
        ) : null}
        {sessions.status === 'ready'
          ? sessions.data.sessions.map((session) => (
              <SessionRow
                key={session.id}
                session={session}
                onEdit={() => { setEditing({ mode: 'edit', session }); setNotice(null); }}
                onRollover={() => { setEditing({ mode: 'rollover', session }); setNotice(null); }}
              />
            ))
          : null}
      </Card>
    </View>
  );
}

export default function StaffSessions() {
  return (
    <StaffFrame title='考期安排' section='sessions'>
      {({ orgId }) => <SessionsBody key={orgId} orgId={orgId} />}
    </StaffFrame>
  );
}
