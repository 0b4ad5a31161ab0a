import { useState } from 'react';
import { View, Text, Button, Textarea } from '@tarojs/components';
import { flag } from '../lib/flag';
import type { Announcement } from '@skills/shared';
import { Card } from '../../components/Card';
import { TextField } from '../../components/TextField';
import { callApi } from '../../services/api';
import { describeError } from '../../services/errors';

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
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (title.trim() === '') return setError('请填写公告标题。');
    if (body.trim() === '') return setError('请填写公告正文。');
    setSaving(true);
    setError(null);
    try {
      if (editing) {
        const answer = await callApi('admin', 'announcements.update', { orgId, announcementId: editing.id, title: title.trim(), body: body.trim() });
        onDone(answer.announcement, false);
      } else {
        const answer = await callApi('admin', 'announcements.publish', { orgId, title: title.trim(), body: body.trim() });
        onDone(answer.announcement, true);
      }
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
    return undefined;
  };

  return (
    <Card title={editing ? '修改公告' : '发布公告'}>
      <TextField label='标题' name='title' value={title} onChange={setTitle} placeholder='如 2026年12月评价认定安排' maxlength={60} />
      <Text className='input-label'>正文</Text>
      <Textarea
        className='staff-textarea'
        value={body}
        maxlength={MAX_BODY}
        placeholder='考生会在首页和公告列表中看到'
        aria-label='正文'
        onInput={(event) => setBody(event.detail.value)}
      />
      <Text className='block muted small'>
        {body.length} / {MAX_BODY} 字
      </Text>
      {error ? (
        <Text className='block input-error' role='alert'>
          {error}
        </Text>
      ) : null}
      <View className='btn-row'>
        <Button className='btn btn-primary' loading={flag(saving)} disabled={flag(saving)} onClick={save}>
          {editing ? '保存修改' : '发布'}
        </Button>
        <Button className='btn btn-secondary' disabled={flag(saving)} onClick={onCancel}>
          取消
        </Button>
      </View>
    </Card>
  );
}
