import { useState } from 'react';
import { Text, Textarea } from '@tarojs/components';
import type { Announcement } from '@skills/shared';
import { Card } from '@/components/Card';
import { TextField } from '@/components/TextField';
import { useFormSubmit } from '@/packages/staff/hooks/useFormSubmit';
import { FormActions } from '@/packages/staff/components/FormActions';
import { staffCall } from '@/services/staff';

const MAX_BODY = 2000;

interface AnnouncementFormProps {
  orgId: string;
  /** Present: edit it. */
  editing?: Announcement;
  onDone: (announcement: Announcement, published: boolean) => void;
  onCancel: () => void;
}

export function AnnouncementForm({ orgId, editing, onDone, onCancel }: AnnouncementFormProps) {
  const [title, setTitle] = useState(editing?.title ?? '');
  const [body, setBody] = useState(editing?.body ?? '');
  const { saving, error, setError, submit } = useFormSubmit();

  const save = async () => {
    if (title.trim() === '') return setError('请填写公告标题。');
    if (body.trim() === '') return setError('请填写公告正文。');
    return submit(async () => {
      if (editing) {
        const answer = await staffCall('announcements.update', { orgId, announcementId: editing.id, title: title.trim(), body: body.trim() });
        onDone(answer.announcement, false);
      } else {
        const answer = await staffCall('announcements.publish', { orgId, title: title.trim(), body: body.trim() });
        onDone(answer.announcement, true);
      }
    });
  };

  return (
    <Card title={editing ? '修改公告' : '发布公告'}>
      <TextField label='标题' name='title' value={title} onChange={setTitle} placeholder='如 2026年12月评价认定安排' maxlength={60} />
      <Text className='input-label'>正文</Text>
      <Textarea
        className='input staff-textarea'
        value={body}
        maxlength={MAX_BODY}
        placeholder='考生会在首页和公告列表中看到'
        aria-label='正文'
        onInput={(event) => setBody(event.detail.value)}
      />
      <Text className='block muted small'>
        {body.length} / {MAX_BODY} 字
      </Text>
      <FormActions submitLabel={editing ? '保存修改' : '发布'} onSubmit={save} onCancel={onCancel} saving={saving} error={error} />
    </Card>
  );
}
