import { useState } from 'react';
import { View, Button } from '@tarojs/components';
import type { Session, StaffSession } from '@skills/shared';
import { Card } from '@/components/Card';
import { Empty } from '@/components/StateView';
import { Loaded } from '@/components/Loaded';
import { useToday } from '@/hooks/useToday';
import { chineseMonth } from '@/lib/format';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { MonthStepper } from '@/packages/staff/components/MonthStepper';
import { SessionForm } from './SessionForm';
import { RolloverForm } from './RolloverForm';
import { SessionRow } from './SessionRow';
import { useStaffData } from '@/services/staff';
import { Banner } from '@/packages/staff/components/Banner';

type Editing = { mode: 'new' } | { mode: 'edit'; session: Session } | { mode: 'rollover'; session: StaffSession } | null;

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
      <Banner text={notice} />
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
        <Loaded
          state={sessions}
          isEmpty={(data) => data.sessions.length === 0}
          empty={<Empty message='这个月还没有安排考期' hint='点“新增考期”安排；或用上月/下月查看其他月份。' />}
        >
          {(data) =>
            data.sessions.map((session) => (
              <SessionRow
                key={session.id}
                session={session}
                onEdit={() => { setEditing({ mode: 'edit', session }); setNotice(null); }}
                onRollover={() => { setEditing({ mode: 'rollover', session }); setNotice(null); }}
              />
            ))
          }
        </Loaded>
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
