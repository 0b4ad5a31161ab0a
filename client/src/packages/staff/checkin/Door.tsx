import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { Card, Field } from '@/components/Card';
import { describeError } from '@/services/errors';
import { deviceTodayInChina } from '@/services/today';
import { chineseDate } from '@/lib/format';
import { whenBusy } from '@/lib/busy';
import { checkedInTimes, judge, recordCheckin, syncSession, type SavedSession } from './checkinStore';
import { doorWords, type DoorWords } from './doorWords';
import { canScan, scanTicket } from './scan';
import { Attendance } from './Attendance';

interface DoorProps {
  orgId: string;
  saved: SavedSession;
  onChange: (saved: SavedSession) => void;
  onLeave: () => void;
}

/** Re-runs `sync` whenever the device comes back online (browser event or WeChat's network status). */
function useOnline(sync: () => void): void {
  useEffect(() => {
    if (process.env.TARO_ENV === 'weapp') {
      const listener = (status: { isConnected: boolean }) => status.isConnected && sync();
      Taro.onNetworkStatusChange(listener);
      return () => Taro.offNetworkStatusChange(listener);
    }
    window.addEventListener('online', sync);
    return () => window.removeEventListener('online', sync);
  }, [sync]);
}

function VerdictCard({ words }: { words: DoorWords }) {
  const { entry } = words;
  return (
    <View className={`banner banner-${words.tone === 'ok' ? 'ok' : words.tone === 'warn' ? 'info' : 'error'}`} role='alert' data-testid='door-verdict'>
      <Text className='block strong' style={{ fontSize: '1.4em' }} data-testid='door-title'>
        {words.title}
      </Text>
      <Text className='block'>{words.detail}</Text>
      {entry ? (
        <View style={{ marginTop: '8px' }} data-testid='door-candidate'>
          <Field label='姓名'>{entry.name}</Field>
          <Field label='身份证号'>{entry.maskedIdNumber}</Field>
          <Field label='职业（工种）'>
            {entry.occupationName} · {entry.trackLabel}
          </Field>
          <Field label='考场 / 座位'>
            {entry.room} / {entry.seat}
          </Field>
          <Text className='block strong'>请核对身份证</Text>
        </View>
      ) : null}
    </View>
  );
}

/** The door: scan or type, see the answer at once, keep check-ins on the device, sync when online. */
export function Door({ orgId, saved, onChange, onLeave }: DoorProps) {
  const { session, roster } = saved.data;
  const [typed, setTyped] = useState('');
  const [words, setWords] = useState<DoorWords | null>(null);
  const [syncNote, setSyncNote] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);
  const current = useRef(saved);
  current.current = saved;

  const sync = useCallback(async () => {
    setSyncing(true);
    try {
      const { saved: next, added } = await syncSession(orgId, session.id);
      onChange(next);
      setSyncNote(`已同步：本次新增 ${added} 人，本场共 ${next.data.checkins.length} 人已签到。`);
    } catch (failure) {
      setSyncNote(`暂未同步（${describeError(failure)}）签到记录保存在本机，联网后自动同步。`);
    } finally {
      setSyncing(false);
    }
  }, [orgId, session.id, onChange]);
  useOnline(sync);

  const admit = (input: string) => {
    if (input.trim() === '') return;
    const { verdict, method } = judge(current.current, input, deviceTodayInChina());
    const words = doorWords(verdict);
    // A typed number proves nothing by itself: say so beside the ID-card reminder.
    setWords(method === 'number' && verdict.kind === 'checked-in' ? { ...words, detail: '手工输入的准考证号，无签名可验，请仔细核对身份证。' } : words);
    if (verdict.kind === 'checked-in') {
      let next: SavedSession;
      try {
        next = recordCheckin(orgId, current.current, verdict.entry, method, new Date());
      } catch {
        setWords({ tone: 'error', title: '未能保存签到', detail: '本机存储空间不足，签到未记录。请删除不用的名单后重试，或联网后立即同步。', entry: verdict.entry });
        return;
      }
      onChange(next);
      current.current = next;
      void sync();
    }
  };

  const scan = async () => {
    try {
      const text = await scanTicket();
      if (text !== null) admit(text);
    } catch (failure) {
      setWords({ tone: 'error', title: '无法打开相机', detail: `${describeError(failure)} 请改为输入准考证号。`, entry: null });
    }
  };

  const present = checkedInTimes(saved).size;
  return (
    <View>
      <Card title={`${session.occupationName} · ${session.trackLabel}`}>
        <Field label='考试时间'>
          {session.date ? chineseDate(session.date) : '日期待定'} {session.startTime}-{session.endTime}
        </Field>
        <Field label='考点'>{session.venueName}</Field>
        <Text className='block' data-testid='door-counts'>
          已签到 {present} / {roster.length} 人 · 待同步 {saved.pending.length} 条
        </Text>
        <Text className='block muted small'>名单下载于 {saved.data.downloadedAt.slice(0, 16).replace('T', ' ')}（UTC），断网也可签到。</Text>
      </Card>
      {canScan() ? (
        <Button className='btn btn-primary' onClick={scan}>
          扫码签到
        </Button>
      ) : null}
      <View style={{ marginTop: '8px' }}>
        <Text className='input-label'>准考证号或二维码内容</Text>
        <Input
          className='input'
          value={typed}
          maxlength={400}
          placeholder='输入准考证号；扫码枪可直接扫入'
          aria-label='准考证号或二维码内容'
          onInput={(event) => setTyped(event.detail.value)}
          onConfirm={() => {
            admit(typed);
            setTyped('');
          }}
        />
        <Button
          className='btn btn-secondary'
          onClick={() => {
            admit(typed);
            setTyped('');
          }}
        >
          签到
        </Button>
      </View>
      {words ? <VerdictCard words={words} /> : null}
      <View className='btn-row'>
        <Button className='btn btn-secondary' {...whenBusy(syncing, syncing)} onClick={() => void sync()}>
          立即同步
        </Button>
        <Button className='btn btn-plain' onClick={onLeave}>
          换一场
        </Button>
      </View>
      {syncNote ? (
        <Text className='block muted small' role='status' data-testid='door-sync'>
          {syncNote}
        </Text>
      ) : null}
      <Attendance orgId={orgId} sessionId={session.id} />
    </View>
  );
}
