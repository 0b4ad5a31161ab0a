import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Button } from '@tarojs/components';
import type { Announcement } from '@skills/shared';
import { Card } from '@/components/Card';
import { Empty } from '@/components/StateView';
import { Loaded } from '@/components/Loaded';
import { describeError } from '@/services/errors';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { AnnouncementForm } from './AnnouncementForm';
import { AnnouncementRow } from './AnnouncementRow';
import { staffCall, useStaffData } from '@/services/staff';
import { Banner } from '@/packages/staff/components/Banner';

type Editing = { mode: 'new' } | { mode: 'edit'; announcement: Announcement } | null;

function AnnouncementsBody({ orgId }: { orgId: string }) {
  const announcements = useStaffData('announcements.list', { orgId });
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  const withdraw = async (announcement: Announcement) => {
    const { confirm } = await Taro.showModal({ title: '撤回公告', content: `撤回后考生将看不到“${announcement.title}”。确定撤回？`, confirmText: '撤回' });
    if (!confirm) return;
    try {
      await staffCall('announcements.withdraw', { orgId, announcementId: announcement.id });
      setNotice({ ok: true, text: `已撤回“${announcement.title}”。` });
      announcements.reload();
    } catch (failure) {
      setNotice({ ok: false, text: describeError(failure) });
    }
  };

  return (
    <View>
      <Banner ok={notice?.ok} text={notice?.text} />
      {editing?.mode === 'new' ? (
        <AnnouncementForm
          orgId={orgId}
          onCancel={() => setEditing(null)}
          onDone={(saved) => {
            setEditing(null);
            setNotice({ ok: true, text: `已发布“${saved.title}”。` });
            announcements.reload();
          }}
        />
      ) : null}
      {editing?.mode === 'edit' ? (
        <AnnouncementForm
          key={editing.announcement.id}
          orgId={orgId}
          editing={editing.announcement}
          onCancel={() => setEditing(null)}
          onDone={(saved) => {
            setEditing(null);
            setNotice({ ok: true, text: `已保存“${saved.title}”的修改。` });
            announcements.reload();
          }}
        />
      ) : null}
      {editing === null ? (
        <Button className='btn btn-primary' onClick={() => { setEditing({ mode: 'new' }); setNotice(null); }}>
          发布公告
        </Button>
      ) : null}
      <Card title='本机构公告'>
        <Loaded
          state={announcements}
          isEmpty={(data) => data.announcements.length === 0}
          empty={<Empty message='还没有公告' hint='发布后考生会在首页看到最新公告。' />}
        >
          {(data) =>
            data.announcements.map((announcement) => (
              <AnnouncementRow
                key={announcement.id}
                announcement={announcement}
                onEdit={() => { setEditing({ mode: 'edit', announcement }); setNotice(null); }}
                onWithdraw={() => withdraw(announcement)}
              />
            ))
          }
        </Loaded>
      </Card>
    </View>
  );
}

export default function StaffAnnouncements() {
  return (
    <StaffFrame title='公告' section='announcements'>
      {({ orgId }) => <AnnouncementsBody key={orgId} orgId={orgId} />}
    </StaffFrame>
  );
}
