/** The session form's fields as typed, and their check before anything is sent. */
import type { Session, SessionInput, Track } from '@skills/shared';
import { isValidDate } from '@skills/shared';
import { isClockTime } from '@/packages/staff/lib/labels';

export interface SessionDraft {
  occupationId: string;
  track: Track | undefined;
  date: string;
  startTime: string;
  endTime: string;
  venueName: string;
  venueAddress: string;
  capacity: string;
}

export type SessionField = keyof SessionDraft;

export function draftFromSession(session: Session): SessionDraft {
  return {
    occupationId: session.occupationId,
    track: session.track,
    date: session.date ?? '',
    startTime: session.startTime,
    endTime: session.endTime,
    venueName: session.venue.name,
    venueAddress: session.venue.address,
    capacity: String(session.capacity),
  };
}

export function emptyDraft(occupationId: string, track: Track | undefined): SessionDraft {
  return { occupationId, track, date: '', startTime: '09:00', endTime: '11:00', venueName: '', venueAddress: '', capacity: '' };
}

/** A capacity any one exam room day could plausibly hold; more is a typing slip. */
const MAX_CAPACITY = 5000;

/**
 * Checks a draft and, when it is complete, builds what `sessions.upsert` takes.
 * `existing` keeps the id and the venue's map coordinates of the session being edited.
 *
 * @example checkSessionDraft({ ...draft, date: '2026-02-30' }).errors.date === '没有这一天，请检查日期'
 */
export function checkSessionDraft(
  draft: SessionDraft,
  existing?: Session,
): { errors: Partial<Record<SessionField, string>>; input?: SessionInput } {
  const errors: Partial<Record<SessionField, string>> = {};
  if (!draft.occupationId) errors.occupationId = '请选择职业（工种）';
  if (draft.track === undefined) errors.track = '请选择等级';
  const date = draft.date.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.date = '请按 2026-12-05 的格式填写日期';
  else if (!isValidDate(date)) errors.date = '没有这一天，请检查日期';
  const startTime = draft.startTime.trim();
  const endTime = draft.endTime.trim();
  if (!isClockTime(startTime)) errors.startTime = '请按 09:00 的格式填写开始时间';
  if (!isClockTime(endTime)) errors.endTime = '请按 11:00 的格式填写结束时间';
  else if (isClockTime(startTime) && endTime <= startTime) errors.endTime = '结束时间应晚于开始时间';
  if (draft.venueName.trim() === '') errors.venueName = '请填写考点名称';
  if (draft.venueAddress.trim() === '') errors.venueAddress = '请填写考点地址';
  const capacity = Number(draft.capacity.trim());
  if (!/^\d+$/.test(draft.capacity.trim()) || capacity < 1) errors.capacity = '请填写容量（人数，正整数）';
  else if (capacity > MAX_CAPACITY) errors.capacity = `容量不能超过 ${MAX_CAPACITY} 人，请检查`;
  if (Object.keys(errors).length > 0 || draft.track === undefined) return { errors };
  const venue = { ...(existing?.venue ?? {}), name: draft.venueName.trim(), address: draft.venueAddress.trim() };
  return {
    errors,
    input: {
      ...(existing ? { id: existing.id } : {}),
      occupationId: draft.occupationId,
      track: draft.track,
      date,
      startTime,
      endTime,
      venue,
      capacity,
    },
  };
}
