import { useCallback, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Card } from '@/components/Card';
import { chineseDate } from '@/lib/format';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { forgetSession, savedSessions, type SavedSession } from './checkinStore';
import { Door } from './Door';
import { MonthSessions } from './MonthSessions';

function CheckinBody({ orgId }: { orgId: string }) {
  const [saved, setSaved] = useState<SavedSession[]>(() => savedSessions(orgId));
  const [open, setOpen] = useState<SavedSession | null>(null);
  const refresh = useCallback(() => setSaved(savedSessions(orgId)), [orgId]);

  if (open) {
    return (
      <Door
        orgId={orgId}
        saved={open}
        onChange={setOpen}
        onLeave={() => {
          setOpen(null);
          refresh();
        }}
      />
    );
  }
  return (
    <View>
      <Text className='block muted small'>
        考前在有网络时下载本场名单和验签公钥；考场门口扫描考生准考证二维码，本机离线核验签名、场次和日期，并核对身份证。签到记录保存在本机，联网后自动同步，多台设备的记录合并。
      </Text>
      <Card title='本机已下载的名单'>
        {saved.length === 0 ? <Text className='block muted small'>还没有下载任何名单。</Text> : null}
        {saved.map((s) => (
          <View key={s.data.session.id} className='staff-row' data-testid='saved-session'>
            <Text className='block'>
              {s.data.session.date ? chineseDate(s.data.session.date) : '日期待定'} · {s.data.session.occupationName} · {s.data.session.trackLabel}（{s.data.roster.length} 人
              {s.pending.length > 0 ? `，${s.pending.length} 条待同步` : ''}）
            </Text>
            <View className='btn-row'>
              <Button className='btn btn-primary btn-inline' onClick={() => setOpen(s)}>
                开始签到
              </Button>
              {s.pending.length === 0 ? (
                <Button
                  className='btn btn-plain btn-inline'
                  onClick={() => {
                    forgetSession(orgId, s.data.session.id);
                    refresh();
                  }}
                >
                  从本机删除
                </Button>
              ) : null}
            </View>
          </View>
        ))}
      </Card>
      <MonthSessions
        orgId={orgId}
        onDownloaded={(next) => {
          refresh();
          setOpen(next);
        }}
      />
    </View>
  );
}

export default function StaffCheckin() {
  return (
    <StaffFrame title='考场签到' section='checkin'>
      {({ orgId }) => <CheckinBody key={orgId} orgId={orgId} />}
    </StaffFrame>
  );
}
