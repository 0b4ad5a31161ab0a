/** Exam sessions per organisation, occupation, track and month; staff create, edit and roll them over. */
import type { Session, SessionInput, SessionsListData, Track } from '@skills/shared';
import type { SessionRecord } from '../ports';
import type { App } from './app';
import { addMonths } from './clock';
import { ApiError } from './errors';
import * as rules from './rules';

export function toSession(record: SessionRecord): Session {
  return {
    ...record,
    occupationName: rules.occupationName(record.orgId, record.occupationId),
    trackLabel: rules.trackLabel(record.track),
  };
}

export async function list(
  app: App,
  filter: { orgId: string; occupationId?: string; track?: Track; month?: string },
): Promise<SessionsListData> {
  rules.organisation(filter.orgId);
  const records = await app.store.listSessions(filter);
  return { sessions: records.map(toSession) };
}

export async function upsert(app: App, orgId: string, input: SessionInput): Promise<Session> {
  // The organisation must offer the occupation and track in the notice in force on that date.
  rules.offering(orgId, input.occupationId, input.track, input.date);
  if (input.startTime >= input.endTime) throw new ApiError('BAD_REQUEST', '结束时间须晚于开始时间');
  let existing: SessionRecord | null = null;
  if (input.id !== undefined) {
    existing = await app.store.getSession(input.id);
    if (!existing || existing.orgId !== orgId) throw new ApiError('NOT_FOUND', '未找到该考试场次');
  }
  const record: SessionRecord = {
    id: existing?.id ?? app.newId('s'),
    orgId,
    occupationId: input.occupationId,
    track: input.track,
    month: input.date.slice(0, 7),
    date: input.date,
    startTime: input.startTime,
    endTime: input.endTime,
    venue: input.venue,
    capacity: input.capacity,
    status: existing?.status ?? 'scheduled',
    rollovers: existing?.rollovers ?? [],
    demo: existing?.demo ?? false,
  };
  if (existing && existing.date !== record.date) {
    // A new date moves the session's tickets with it (their release dates follow).
    await app.store.rolloverSession(record, record.date);
  } else {
    await app.store.putSession(record);
  }
  return toSession(record);
}

/**
 * Moves a session to a later month (fewer than the minimum applicants, or over capacity).
 * Its tickets follow: with a new date they move to it; without one the date is to be announced.
 */
export async function rollover(
  app: App,
  orgId: string,
  input: { sessionId: string; toMonth: string; reason: string; newDate?: string },
): Promise<{ session: Session; affectedTickets: number }> {
  const existing = await app.store.getSession(input.sessionId);
  if (!existing || existing.orgId !== orgId) throw new ApiError('NOT_FOUND', '未找到该考试场次');
  if (input.toMonth <= existing.month) throw new ApiError('BAD_REQUEST', '顺延月份须晚于原评价月份');
  if (input.toMonth > addMonths(existing.month, 12)) throw new ApiError('BAD_REQUEST', '顺延月份不能超过原月份后12个月');
  if (input.newDate !== undefined && input.newDate.slice(0, 7) !== input.toMonth) {
    throw new ApiError('BAD_REQUEST', '新的考试日期须在顺延后的月份内');
  }
  const record: SessionRecord = {
    ...existing,
    month: input.toMonth,
    date: input.newDate ?? null,
    status: 'rolled-over',
    rollovers: [
      ...existing.rollovers,
      {
        fromMonth: existing.month,
        fromDate: existing.date,
        toMonth: input.toMonth,
        reason: input.reason,
        at: new Date(app.clock.now()).toISOString(),
      },
    ],
  };
  const affectedTickets = await app.store.rolloverSession(record, input.newDate ?? null);
  return { session: toSession(record), affectedTickets };
}
