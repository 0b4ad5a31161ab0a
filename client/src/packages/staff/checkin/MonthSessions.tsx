import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { StaffSession, StaffSessionsListData } from '@skills/shared';
import { Card } from '@/components/Card';
import { Loaded } from '@/components/Loaded';
import { useToday } from '@/hooks/useToday';
import { whenBusy } from '@/lib/busy';
import { chineseDate, chineseMonth } from '@/lib/format';
import { MonthStepper } from '@/packages/staff/components/MonthStepper';
import { describeError } from '@/services/errors';
import { useStaffData } from '@/services/staff';
import { downloadSession, type SavedSession } from './checkinStore';
import { Banner } from '@/packages/staff/components/Banner';

/** A cancelled session has no roster to download. */
function heldSessions(data: StaffSessionsListData): StaffSession[] {
  return data.sessions.filter((s) => s.status !== 'cancelled');
}

/** Sessions of a month, each downloadable onto this device (before the exam, with network). */
export function MonthSessions({ orgId, onDownloaded }: { orgId: string; onDownloaded: (saved: SavedSession) => void }) {
  const today = useToday();
  const [chosenMonth, setChosenMonth] = useState<string | null>(null);
  const month = chosenMonth ?? today.slice(0, 7);
  const answer = useStaffData('sessions.list', { orgId, month });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async (sessionId: string) => {
    setBusy(sessionId);
    setError(null);
    try {
      onDownloaded(await downloadSession(orgId, sessionId));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={`${chineseMonth(month)}的考期`}>
      <MonthStepper label='评价月份' month={month} onChange={setChosenMonth} />
      <Loaded
        state={answer}
        loading={<Text className='block muted small'>正在加载…</Text>}
        isEmpty={(data) => heldSessions(data).length === 0}
        empty={<Text className='block muted small'>本月没有考期。</Text>}
      >
        {(data) =>
          heldSessions(data).map((s) => (
            <View key={s.id} className='staff-row' data-testid='checkin-session'>
              <Text className='block'>
                {s.date ? chineseDate(s.date) : '日期待定'} {s.startTime} · {s.occupationName} · {s.trackLabel}（{s.ticketCount} 人）
              </Text>
              <Button className='btn btn-secondary btn-inline' {...whenBusy(busy !== null || s.ticketCount === 0, busy === s.id)} onClick={() => download(s.id)}>
                下载签到名单
              </Button>
            </View>
          ))
        }
      </Loaded>
      <Banner ok={false} text={error} />
    </Card>
  );
}
