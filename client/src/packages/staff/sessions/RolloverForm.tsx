import { useState } from 'react';
import { Text } from '@tarojs/components';
import { addMonthsToMonth, isValidDate, type OrgNotice, type Session, type StaffSession } from '@skills/shared';
import { Card, Quote } from '@/components/Card';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { TextField } from '@/components/TextField';
import { publishedNoticeOf } from '@/lib/notice';
import { useRulebook } from '@/hooks/useRulebook';
import { NoNoticeYet } from '@/packages/staff/components/NoNoticeYet';
import { chineseMonth } from '@/lib/format';
import { FormActions } from '@/packages/staff/components/FormActions';
import { MonthStepper } from '@/packages/staff/components/MonthStepper';
import { useFormSubmit } from '@/packages/staff/hooks/useFormSubmit';
import { loadLine } from './SessionLoad';
import { staffCall } from '@/services/staff';

type ReasonChoice = 'too-few' | 'over-capacity' | 'other';

interface RolloverFormProps {
  orgId: string;
  /** With its ticket count and hints, so the reason the notice gives can be chosen for staff. */
  session: StaffSession;
  onDone: (session: Session, affectedTickets: number) => void;
  onCancel: () => void;
}

/**
 * Rolls a session over to a later month with a reason. The reasons offered are the
 * notice's own (sjtu: fewer than 30 applicants or beyond the rooms' capacity), quoted
 * beside them, and the one the session's ticket count meets is chosen first; the
 * candidates holding its tickets see it on their timeline and get a reminder.
 */
export function RolloverForm(props: RolloverFormProps) {
  const found = publishedNoticeOf(props.orgId, useRulebook());
  if (!found) return <NoNoticeYet title={`顺延：${props.session.occupationName} · ${props.session.trackLabel}`} onCancel={props.onCancel} />;
  return <RolloverFormFor {...props} notice={found.notice} />;
}

function RolloverFormFor({ orgId, session, onDone, onCancel, notice }: RolloverFormProps & { notice: OrgNotice }) {
  const minimum = notice.calendar.rolloverMinimum;
  const ruleNote = notice.calendar.notes.find((note) => note.includes('顺延'));
  // Where the notice is silent, its data says so in words (kupasi: 本通知未规定…是否顺延至下月).
  const silence = notice.calendar.unstated?.find((note) => note.includes('顺延'));
  const [toMonth, setToMonth] = useState(addMonthsToMonth(session.month, 1));
  const [choice, setChoice] = useState<ReasonChoice>(() => firstChoice(session, minimum));
  const [otherReason, setOtherReason] = useState('');
  const [newDate, setNewDate] = useState('');
  const { saving, error, setError, submit } = useFormSubmit();

  const reasons: { value: ReasonChoice; label: string }[] = [
    ...(minimum !== null ? [{ value: 'too-few' as const, label: `申报人数不足 ${minimum} 人` }] : []),
    { value: 'over-capacity', label: '超出考场承载范围' },
    { value: 'other', label: '其他原因' },
  ];

  const reasonText = (): string => {
    if (choice === 'too-few') return `当月申报人数不足${minimum}人`;
    if (choice === 'over-capacity') return '超出考场承载范围';
    return otherReason.trim();
  };

  const confirm = async () => {
    const reason = reasonText();
    const date = newDate.trim();
    if (toMonth <= session.month) return setError('顺延的月份应晚于原评价月份。');
    if (reason === '') return setError('请填写顺延原因，考生会在时间线上看到它。');
    if (date !== '' && (!isValidDate(date) || !date.startsWith(toMonth))) {
      return setError(`新的考试日期应是 ${chineseMonth(toMonth)} 里的一天，如 ${toMonth}-05；不确定可留空。`);
    }
    return submit(async () => {
      const answer = await staffCall('sessions.rollover', {
        orgId,
        sessionId: session.id,
        toMonth,
        reason,
        ...(date !== '' ? { newDate: date } : {}),
      });
      onDone(answer.session, answer.affectedTickets);
    });
  };

  return (
    <Card title={`顺延：${session.occupationName} · ${session.trackLabel}`}>
      <Text className='input-label'>原评价月份：{chineseMonth(session.month)}，顺延至</Text>
      <MonthStepper label='顺延至' month={toMonth} onChange={setToMonth} />
      <Text className='input-label'>顺延原因</Text>
      <Text className='block small'>本场{loadLine(session)}</Text>
      {ruleNote ? (
        <Quote source={notice.calendar.source.section}>{ruleNote}</Quote>
      ) : (
        <Text className='block muted small'>{silence ?? '通知未写明顺延条件'}，请写清原因。</Text>
      )}
      <ChoiceGroup label='顺延原因' options={reasons} value={choice} onChange={setChoice} />
      {choice === 'other' ? <TextField label='原因说明' name='reason' value={otherReason} onChange={setOtherReason} placeholder='考生会看到这段说明' maxlength={60} /> : null}
      <TextField label='新的考试日期（选填）' name='newDate' value={newDate} onChange={setNewDate} placeholder={`${toMonth}-05`} hint='不填则显示为“日期待定”，之后可在编辑中补上。' maxlength={10} />
      <FormActions submitLabel='确认顺延' onSubmit={confirm} onCancel={onCancel} saving={saving} error={error} />
    </Card>
  );
}

/** The reason the session's ticket count meets, else the notice's first reason, else words. */
function firstChoice(session: StaffSession, minimum: number | null): ReasonChoice {
  const reasons = session.rolloverHints.map((hint) => hint.reason);
  if (minimum !== null && reasons.includes('below-minimum')) return 'too-few';
  if (reasons.includes('over-capacity')) return 'over-capacity';
  return minimum !== null ? 'too-few' : 'other';
}
