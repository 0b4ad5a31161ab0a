import { useMemo, useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { OrgNotice, Organisation, Session } from '@skills/shared';
import { Card } from '@/components/Card';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { TextField } from '@/components/TextField';
import { publishedNoticeOf } from '@/lib/notice';
import { useRulebook } from '@/hooks/useRulebook';
import { NoNoticeYet } from '@/packages/staff/components/NoNoticeYet';
import { FormActions } from '@/packages/staff/components/FormActions';
import { useFormSubmit } from '@/packages/staff/hooks/useFormSubmit';
import { checkSessionDraft, draftFromSession, emptyDraft, type SessionDraft, type SessionField } from './sessionDraft';
import { staffCall } from '@/services/staff';

interface SessionFormProps {
  orgId: string;
  /** Absent: a new session. */
  session?: Session;
  onSaved: (session: Session) => void;
  onCancel: () => void;
}

/** Create or edit one session: occupation and level from the notice, then date, time, venue, capacity. */
export function SessionForm(props: SessionFormProps) {
  const found = publishedNoticeOf(props.orgId, useRulebook());
  if (!found) return <NoNoticeYet title={props.session ? '编辑考期' : '新增考期'} onCancel={props.onCancel} />;
  return <SessionFormFor {...props} org={found.org} notice={found.notice} />;
}

function SessionFormFor({ orgId, session, onSaved, onCancel, org, notice }: SessionFormProps & { org: Organisation; notice: OrgNotice }) {
  const occupations = useMemo(
    () =>
      org.occupations
        .filter((occupation) => notice.offerings.some((offering) => offering.occupationId === occupation.id))
        .map((occupation) => ({ value: occupation.id, label: occupation.name })),
    [org, notice],
  );
  const [draft, setDraft] = useState<SessionDraft>(() => {
    if (session) return draftFromSession(session);
    const first = notice.offerings[0];
    return emptyDraft(first?.occupationId ?? '', first?.track);
  });
  const [errors, setErrors] = useState<Partial<Record<SessionField, string>>>({});
  const { saving, error, submit } = useFormSubmit();
  const tracks = notice.offerings
    .filter((offering) => offering.occupationId === draft.occupationId)
    .map((offering) => ({ value: offering.track, label: offering.trackLabel }));

  const set = <K extends SessionField>(field: K, value: SessionDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));

  const chooseOccupation = (occupationId: string) => {
    const firstTrack = notice.offerings.find((offering) => offering.occupationId === occupationId)?.track;
    setDraft((current) => ({ ...current, occupationId, track: firstTrack }));
  };

  const save = async () => {
    const checked = checkSessionDraft(draft, session);
    setErrors(checked.errors);
    if (!checked.input) return;
    const input = checked.input;
    await submit(async () => {
      const answer = await staffCall('sessions.upsert', { orgId, session: input });
      onSaved(answer.session);
    });
  };

  return (
    <Card title={session ? '编辑考期' : '新增考期'}>
      <Text className='input-label'>职业（工种）</Text>
      <ChoiceGroup label='职业（工种）' options={occupations} value={draft.occupationId} onChange={chooseOccupation} />
      {errors.occupationId ? <Text className='input-error'>{errors.occupationId}</Text> : null}
      <Text className='input-label'>等级</Text>
      <ChoiceGroup label='等级' options={tracks} value={draft.track} onChange={(track) => set('track', track)} />
      {errors.track ? <Text className='input-error'>{errors.track}</Text> : null}
      <TextField label='考试日期' name='date' value={draft.date} onChange={(value) => set('date', value)} placeholder='2026-12-05' error={errors.date} maxlength={10} />
      <View className='btn-row'>
        <View style={{ flex: '1 1 8em' }}>
          <TextField label='开始时间' name='startTime' value={draft.startTime} onChange={(value) => set('startTime', value)} placeholder='09:00' error={errors.startTime} maxlength={5} />
        </View>
        <View style={{ flex: '1 1 8em' }}>
          <TextField label='结束时间' name='endTime' value={draft.endTime} onChange={(value) => set('endTime', value)} placeholder='11:00' error={errors.endTime} maxlength={5} />
        </View>
      </View>
      <TextField label='考点名称' name='venueName' value={draft.venueName} onChange={(value) => set('venueName', value)} placeholder='如 上海交通大学法华镇路校区' error={errors.venueName} maxlength={100} />
      <TextField label='考点地址' name='venueAddress' value={draft.venueAddress} onChange={(value) => set('venueAddress', value)} placeholder='如 上海市长宁区法华镇路535号' error={errors.venueAddress} maxlength={200} />
      <TextField label='容量（人）' name='capacity' type='number' value={draft.capacity} onChange={(value) => set('capacity', value)} placeholder='如 60' error={errors.capacity} maxlength={5} />
      <FormActions submitLabel='保存考期' onSubmit={save} onCancel={onCancel} saving={saving} error={error} />
    </Card>
  );
}
