/**
 * Venue check-in: the roster a staff device downloads before the exam, the check-ins it
 * syncs back (idempotent by ticket id, the earliest time wins, so two doors merge), and
 * attendance with the results template pre-filled with 缺考 for those who did not come.
 */
import type {
  AttendanceData,
  Checkin,
  CheckinRosterData,
  CheckinSyncData,
  FilePayload,
  RosterEntry,
} from '@skills/shared';
import { chinaDateOf, chinaDateTimeOf } from '@skills/shared';
import { IMPORT_TEMPLATES, writeTable } from '../spreadsheet';
import type { CheckinPort, CheckinRecord, PeoplePort, PersonRecord, SessionPort, SessionRecord, SigningKeyPort, TicketPort, TicketRecord } from '../ports';
import { isoNow, type AppWith } from './app';
import { ApiError } from './errors';
import * as rules from './rules';
import { publicKeys } from './ticketCodes';
import { candidateCells, CANDIDATE_HEADERS, filePayload, monthTickets } from './admin';
import { effectiveExamDate, subjectsOf } from './tickets';
import { MAX_SYNC_BATCH } from '@skills/shared/src/contract/admin';

/** The ports this module's functions use: the app they take has no others. */
type CheckinsApp = AppWith<CheckinPort & SessionPort & PeoplePort & TicketPort & SigningKeyPort>;

async function sessionOf(app: CheckinsApp, orgId: string, sessionId: string): Promise<SessionRecord> {
  const session = await app.store.getSession(sessionId);
  // Another organisation's session is answered as missing: its existence is not ours to tell.
  if (!session || session.orgId !== orgId) throw new ApiError('NOT_FOUND', '没有找到这个考期');
  return session;
}

function sessionHeader(session: SessionRecord): CheckinRosterData['session'] {
  return {
    id: session.id,
    orgId: session.orgId,
    date: session.date,
    rolledOver: session.rollovers.length > 0,
    occupationName: rules.occupationName(session.orgId, session.occupationId),
    trackLabel: rules.trackLabel(session.track),
    startTime: session.startTime,
    endTime: session.endTime,
    venueName: session.venue.name,
  };
}

async function sessionTickets(app: CheckinsApp, session: SessionRecord): Promise<{ tickets: TicketRecord[]; persons: Map<string, PersonRecord> }> {
  const tickets = (await app.store.ticketsOfSessions([session.id]))
    .filter((t) => t.orgId === session.orgId)
    .sort((a, b) => a.room.localeCompare(b.room) || a.seat.localeCompare(b.seat, 'en', { numeric: true }) || a.ticketNumber.localeCompare(b.ticketNumber));
  const persons = new Map((await app.store.personsByHash(session.orgId, [...new Set(tickets.map((t) => t.idHash))])).map((p) => [p.idHash, p]));
  return { tickets, persons };
}

function rosterEntry(ticket: TicketRecord, person: PersonRecord | undefined): RosterEntry {
  return {
    ticketId: ticket.id,
    ticketNumber: ticket.ticketNumber,
    name: person?.name ?? '',
    maskedIdNumber: person?.maskedIdNumber ?? '',
    occupationName: rules.occupationName(ticket.orgId, ticket.occupationId),
    trackLabel: rules.trackLabel(ticket.track),
    room: ticket.room,
    seat: ticket.seat,
  };
}

const toCheckin = (c: CheckinRecord): Checkin => ({ ticketId: c.ticketId, sessionId: c.sessionId, at: c.at, method: c.method, deviceId: c.deviceId });

/** Everything the door needs offline: the session, its candidates (masked IDs only), the public keys, check-ins so far. */
export async function roster(app: CheckinsApp, orgId: string, sessionId: string): Promise<CheckinRosterData> {
  const session = await sessionOf(app, orgId, sessionId);
  const { tickets, persons } = await sessionTickets(app, session);
  return {
    session: sessionHeader(session),
    roster: tickets.map((t) => rosterEntry(t, persons.get(t.idHash))),
    keys: await publicKeys(app.store, orgId, isoNow(app)),
    checkins: (await app.store.checkinsOfSessions([session.id])).map(toCheckin),
    downloadedAt: isoNow(app),
  };
}

/** Stores a device's check-ins; sending the same batch again changes nothing. */
export async function sync(app: CheckinsApp, orgId: string, sessionId: string, checkins: Checkin[]): Promise<CheckinSyncData> {
  const session = await sessionOf(app, orgId, sessionId);
  if (checkins.length > MAX_SYNC_BATCH) throw new ApiError('PAYLOAD_TOO_LARGE', `一次最多同步${MAX_SYNC_BATCH}条签到记录`);
  const ticketIds = new Set((await app.store.ticketsOfSessions([session.id])).filter((t) => t.orgId === orgId).map((t) => t.id));
  for (const c of checkins) {
    if (c.sessionId !== session.id || !ticketIds.has(c.ticketId)) throw new ApiError('BAD_REQUEST', '签到记录中有不属于本考期的准考证，未写入任何记录');
    // Judged by the exam day, not the server's clock: devices sync hours later, and their clocks are what the door saw.
    if (chinaDateOf(Date.parse(c.at)) !== session.date) throw new ApiError('BAD_REQUEST', '签到时间不在本场考试当天，请检查设备的日期和时间');
  }
  const { added, duplicates } = await app.store.putCheckins(
    checkins.map((c) => ({ ticketId: c.ticketId, orgId, sessionId: session.id, at: new Date(c.at).toISOString(), method: c.method, deviceId: c.deviceId })),
  );
  return { added, duplicates, checkins: (await app.store.checkinsOfSessions([session.id])).map(toCheckin) };
}

export async function attendance(app: CheckinsApp, orgId: string, sessionId: string): Promise<AttendanceData> {
  const session = await sessionOf(app, orgId, sessionId);
  const { tickets, persons } = await sessionTickets(app, session);
  const checkins = new Map((await app.store.checkinsOfSessions([session.id])).map((c) => [c.ticketId, c]));
  const rows = tickets.map((t) => {
    const person = persons.get(t.idHash);
    const checkin = checkins.get(t.id);
    return {
      ticketNumber: t.ticketNumber,
      name: person?.name ?? '',
      maskedIdNumber: person?.maskedIdNumber ?? '',
      room: t.room,
      seat: t.seat,
      checkedInAt: checkin?.at ?? null,
      method: checkin?.method ?? null,
    };
  });
  const present = rows.filter((r) => r.checkedInAt !== null).length;
  return { session: sessionHeader(session), present, absent: rows.length - present, rows };
}

/** China's wall-clock time of a check-in, as the office reads it. */
function chinaTime(iso: string): string {
  return chinaDateTimeOf(Date.parse(iso));
}

/** The month's tickets with attendance: 签到时间 for those who came, 缺考 for those who did not (once the exam is past). */
export async function exportAttendance(app: CheckinsApp, orgId: string, month: string): Promise<{ file: FilePayload }> {
  const org = rules.organisation(orgId);
  const { tickets, persons } = await monthTickets(app, orgId, month);
  const sessions = new Map<string, SessionRecord | undefined>();
  for (const id of new Set(tickets.map((t) => t.sessionId))) sessions.set(id, (await app.store.getSession(id)) ?? undefined);
  const checkins = new Map((await app.store.checkinsOfSessions([...sessions.keys()])).map((c) => [c.ticketId, c]));
  const today = app.clock.today();
  const rows = tickets.map((t) => {
    const examDate = effectiveExamDate(t, sessions.get(t.sessionId));
    const checkin = checkins.get(t.id);
    const status = checkin ? '已到' : examDate !== null && examDate < today ? '缺考' : examDate === today ? '未到' : '未考';
    return [
      ...candidateCells(orgId, t, persons.get(t.idHash)),
      examDate ?? '待定',
      t.room,
      t.seat,
      status,
      checkin ? chinaTime(checkin.at) : '',
      checkin ? (checkin.method === 'code' ? '扫码' : '手工输入') : '',
    ];
  });
  const headers = [...CANDIDATE_HEADERS, '考试日期', '考场', '座位号', '出勤', '签到时间', '签到方式'];
  const bytes = await writeTable(`${month}出勤`, headers, rows);
  return { file: filePayload(`${org.shortName}-${month}-出勤.xlsx`, bytes, rows.length) };
}

/**
 * The results template for one session: one row per ticket, 缺考 in every subject the
 * candidate was to sit when nobody checked them in, the rest left for the office to fill.
 * The 身份证号 column holds the masked number (full ones are never stored); a results import
 * takes it as it is when it fits the ticket's candidate (core/imports.ts), so the office only
 * fills in the outcomes.
 */
export async function resultsTemplate(app: CheckinsApp, orgId: string, sessionId: string): Promise<{ file: FilePayload }> {
  const session = await sessionOf(app, orgId, sessionId);
  const org = rules.organisation(orgId);
  const { tickets, persons } = await sessionTickets(app, session);
  const checkins = new Set((await app.store.checkinsOfSessions([session.id])).map((c) => c.ticketId));
  const headers = IMPORT_TEMPLATES.results.columns.map((c) => c.header);
  const rows = tickets.map((t) => {
    const examDate = effectiveExamDate(t, session) ?? t.examDate;
    const subjects = new Set(subjectsOf(t, examDate).map((s) => s.subject));
    const absent = (subject: 'theory' | 'practical' | 'review') => (!checkins.has(t.id) && subjects.has(subject) ? '缺考' : '');
    // The results template opens with the same five columns as the exports.
    return [
      ...candidateCells(orgId, t, persons.get(t.idHash)),
      examDate,
      absent('theory'),
      absent('practical'),
      absent('review'),
      '',
    ];
  });
  const bytes = await writeTable('成绩', headers, rows);
  const label = `${session.date ?? session.month}-${rules.occupationName(orgId, session.occupationId)}-${rules.trackLabel(session.track)}`;
  return { file: filePayload(`${org.shortName}-${label}-成绩模板.xlsx`.replace(/[\\/]/g, '-'), bytes, rows.length) };
}
