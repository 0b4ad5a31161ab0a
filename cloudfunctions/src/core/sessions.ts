/** Exam sessions per organisation, occupation, track and month; staff create, edit and roll them over. */
import type {
  RolloverHint,
  Session,
  SessionInput,
  SessionStatus,
  SessionsListData,
  StaffSession,
  StaffSessionsListData,
  Track,
} from '@skills/shared';
import { addMonthsToMonth } from '@skills/shared';
import type { SessionPort, SessionRecord } from '../ports';
import type { AppWith } from './app';
import { ApiError } from './errors';
import * as rules from './rules';

/** The ports this module's functions use: the app they take has no others. */
type SessionsApp = AppWith<SessionPort>;

export function toSession(record: SessionRecord): Session {
  return {
    ...record,
    occupationName: rules.occupationName(record.orgId, record.occupationId),
    trackLabel: rules.trackLabel(record.track),
  };
}

export async function list(
  app: SessionsApp,
  filter: { orgId: string; occupationId?: string; track?: Track; month?: string },
): Promise<SessionsListData> {
  rules.organisation(filter.orgId);
  const records = await app.store.listSessions(filter);
  if (filter.month !== undefined) records.push(...(await movedFrom(app, { ...filter, month: filter.month })));
  return { sessions: records.map(toSession) };
}

/** Sessions rolled over out of a month: a candidate looking at that month is told where they went. */
async function movedFrom(app: SessionsApp, filter: { orgId: string; occupationId?: string; track?: Track; month: string }): Promise<SessionRecord[]> {
  const all = await app.store.listSessions({ ...filter, month: undefined });
  return all.filter((s) => s.month !== filter.month && s.rollovers.some((r) => r.fromMonth === filter.month));
}

/**
 * Which of the notice's rollover conditions a session meets, judged by its tickets.
 * sjtu's notice (二（三）3): “若当月申请评价认定申报人数不足30人或超出考场承载范围，则顺延至下月评价认定。”
 * Its minimum comes from the data (`calendar.rolloverMinimum`). That one sentence names both
 * conditions, so a notice with no minimum (kupasi, silent on rollover) states neither: over
 * capacity is still reported, as a fact, with `byNotice: false`.
 *
 * @example rolloverHints({ ticketCount: 12, capacity: 60, status: 'scheduled' }, 30) // [{ reason: 'below-minimum', byNotice: true }]
 * @example rolloverHints({ ticketCount: 61, capacity: 60, status: 'scheduled' }, null) // [{ reason: 'over-capacity', byNotice: false }]
 */
export function rolloverHints(
  session: { ticketCount: number; capacity: number; status: SessionStatus },
  rolloverMinimum: number | null,
): RolloverHint[] {
  if (session.status === 'cancelled') return [];
  const hints: RolloverHint[] = [];
  if (rolloverMinimum !== null && session.ticketCount < rolloverMinimum) hints.push({ reason: 'below-minimum', byNotice: true });
  if (session.ticketCount > session.capacity) hints.push({ reason: 'over-capacity', byNotice: rolloverMinimum !== null });
  return hints;
}

export function toStaffSession(record: SessionRecord, ticketCount: number): StaffSession {
  // The notice whose calendar leads to the session's month; a later year's session uses the latest notice, marked estimated.
  const { notice, estimated } = rules.examNoticeOn(record.orgId, `${record.month}-01`);
  const rolloverMinimum = notice.calendar.rolloverMinimum;
  return {
    ...toSession(record),
    ticketCount,
    rolloverMinimum,
    rolloverRuleEstimated: estimated,
    rolloverHints: rolloverHints({ ticketCount, capacity: record.capacity, status: record.status }, rolloverMinimum),
  };
}

/**
 * Staff's list: each session with its ticket count against capacity and the rollover hint.
 * Counts come from one grouped query per month listed (one, when a month is given).
 */
export async function staffList(app: SessionsApp, filter: { orgId: string; month?: string }): Promise<StaffSessionsListData> {
  rules.organisation(filter.orgId);
  const records = await app.store.listSessions(filter);
  const counts = new Map<string, number>();
  for (const month of new Set(records.map((record) => record.month))) {
    for (const [sessionId, count] of await app.store.ticketCountsBySession(filter.orgId, month)) counts.set(sessionId, count);
  }
  return { sessions: records.map((record) => toStaffSession(record, counts.get(record.id) ?? 0)) };
}

export async function upsert(app: SessionsApp, orgId: string, input: SessionInput): Promise<Session> {
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
  app: SessionsApp,
  orgId: string,
  input: { sessionId: string; toMonth: string; reason: string; newDate?: string },
): Promise<{ session: Session; affectedTickets: number }> {
  const existing = await app.store.getSession(input.sessionId);
  if (!existing || existing.orgId !== orgId) throw new ApiError('NOT_FOUND', '未找到该考试场次');
  if (existing.date !== null && existing.date <= app.clock.today()) {
    // Held already: its tickets may carry results, which must keep the date they were sat on.
    throw new ApiError('BAD_REQUEST', '该场次已经举行，不能顺延');
  }
  if (input.toMonth <= existing.month) throw new ApiError('BAD_REQUEST', '顺延月份须晚于原评价月份');
  if (input.toMonth > addMonthsToMonth(existing.month, 12)) throw new ApiError('BAD_REQUEST', '顺延月份不能超过原月份后12个月');
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
