/**
 * Staff actions per organisation. Every one is checked against the allow-list
 * first and written to the audit log after (who, when, what, how many rows).
 */
import type {
  AuditEntry,
  AuditRefusals,
  DocumentKind,
  FilePayload,
  ImportKind,
  OutboxMessage,
  WhoamiData,
} from '@skills/shared';
import { CHANNEL_LABELS, OUTCOME_LABELS } from '@skills/shared';
import { IMPORT_TEMPLATES, templateFile, writeTable } from '../spreadsheet';
import type { AuditPort, LimiterPort, NoticePort, OutboxPort, PeoplePort, PersonRecord, SessionPort, SessionRecord, StaffPort, TicketPort, TicketRecord } from '../ports';
import { isoNow, requireIdentity, staffRefusalKey, type Caller, type AppWith } from './app';
import { ApiError } from './errors';
import * as rules from './rules';
import { BIND_FAILURE_LOG_KEY, effectiveExamDate, releaseOf } from './tickets';
import { resultView } from './results';

/** The ports this module's functions use: the app they take has no others. */
type AdminApp = AppWith<AuditPort & LimiterPort & OutboxPort & SessionPort & PeoplePort & TicketPort & StaffPort & NoticePort>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function whoami(app: AdminApp, caller: Caller): Promise<WhoamiData> {
  const identity = requireIdentity(caller);
  const orgs = await app.store.staffOrgs(identity);
  const named = new Map(rules.organisations().map((org) => [org.id, org.name]));
  // An organisation the operator registered has no notice yet: its name is the registered one.
  if (orgs.some((orgId) => !named.has(orgId))) {
    for (const org of await app.store.listOrganisations()) if (!named.has(org.id)) named.set(org.id, org.name);
  }
  return {
    identity,
    staffOf: orgs.flatMap((orgId) => {
      const name = named.get(orgId);
      return name === undefined ? [] : [{ orgId, name }];
    }),
  };
}

export async function audit(app: AdminApp, actor: string, orgId: string, action: string, rows: number, detail: string): Promise<void> {
  await app.store.appendAudit({ at: isoNow(app), actor, orgId, action, rows, detail });
}

const REFUSALS_WINDOW_MS = 24 * 60 * 60 * 1000;

export async function auditList(app: AdminApp, orgId: string, limit: number): Promise<{ entries: AuditEntry[]; refusals: AuditRefusals }> {
  const since = app.clock.now() - REFUSALS_WINDOW_MS;
  return {
    entries: await app.store.listAudit(orgId, limit),
    refusals: {
      since: new Date(since).toISOString(),
      staffCalls: await app.store.countFailures(staffRefusalKey(orgId), since),
      bindFailures: await app.store.countFailures(BIND_FAILURE_LOG_KEY, since),
    },
  };
}

export async function outboxList(app: AdminApp, orgId: string, limit: number): Promise<{ messages: OutboxMessage[] }> {
  return { messages: await app.store.listOutbox(orgId, limit) };
}

export function filePayload(fileName: string, bytes: Uint8Array, rows: number): FilePayload {
  return { fileName, contentType: XLSX_TYPE, fileBase64: Buffer.from(bytes).toString('base64'), size: bytes.length, rows };
}

export async function template(kind: ImportKind): Promise<{ file: FilePayload }> {
  const bytes = await templateFile(kind);
  return { file: filePayload(`${IMPORT_TEMPLATES[kind].title}模板.xlsx`, bytes, 0) };
}

/** Both exports open with who sat which occupation at which level, in these columns. */
export const CANDIDATE_HEADERS = ['准考证号', '姓名', '身份证号（脱敏）', '职业（工种）', '等级'];

/**
 * The month's tickets (by ticket number), their sessions and the person each names (masked ID
 * numbers only: full ones are never stored): a few batched reads, none per ticket.
 */
export async function monthTickets(
  app: AppWith<TicketPort & PeoplePort & SessionPort>,
  orgId: string,
  month: string,
): Promise<{ tickets: TicketRecord[]; persons: Map<string, PersonRecord>; sessions: Map<string, SessionRecord> }> {
  const tickets = await app.store.ticketsOfOrg(orgId, { month });
  const persons = new Map((await app.store.personsByHash(orgId, [...new Set(tickets.map((t) => t.idHash))])).map((p) => [p.idHash, p]));
  const sessions = new Map((await app.store.listSessions({ orgId, month })).map((s) => [s.id, s]));
  return { tickets, persons, sessions };
}

/**
 * The ID as a training school sees it: the first four and three sequence digits tell
 * candidates apart; the check digit is masked too, since with it (and a name and a birth
 * year) the rest could be recovered in a few dozen guesses.
 *
 * @example schoolMask('3101**********1237') === '3101**********123*'
 */
export function schoolMask(masked: string): string {
  return masked.length > 0 ? `${masked.slice(0, -1)}*` : '';
}

/** One ticket's values under CANDIDATE_HEADERS. */
export function candidateCells(orgId: string, ticket: TicketRecord, person: PersonRecord | undefined): string[] {
  return [
    ticket.ticketNumber,
    person?.name ?? '',
    person ? schoolMask(person.maskedIdNumber) : '',
    rules.occupationName(orgId, ticket.occupationId),
    rules.trackLabel(ticket.track),
  ];
}

/** The month's tickets for the training schools; ID numbers only masked (full ones are never stored). */
export async function exportTickets(app: AdminApp, orgId: string, month: string): Promise<{ file: FilePayload }> {
  const org = rules.organisation(orgId);
  const { tickets, persons, sessions } = await monthTickets(app, orgId, month);
  const rows: (string | number)[][] = [];
  for (const t of tickets) {
    const session = sessions.get(t.sessionId);
    rows.push([
      ...candidateCells(orgId, t, persons.get(t.idHash)),
      CHANNEL_LABELS[t.channel],
      effectiveExamDate(t, session) ?? '待定',
      t.examTime,
      t.venue.address,
      t.room,
      t.seat,
      releaseOf(t, session).date,
    ]);
  }
  const headers = [...CANDIDATE_HEADERS, '申报方式', '考试日期', '考试时间', '考点', '考场', '座位号', '准考证发放日'];
  const bytes = await writeTable(`${month}准考证`, headers, rows);
  return { file: filePayload(`${org.shortName}-${month}-准考证.xlsx`, bytes, rows.length) };
}

export async function exportResults(app: AdminApp, orgId: string, month: string): Promise<{ file: FilePayload }> {
  const org = rules.organisation(orgId);
  const { tickets, persons, sessions } = await monthTickets(app, orgId, month);
  const results = new Map((await app.store.resultsOf(tickets.map((t) => t.id))).map((r) => [r.ticketId, r]));
  const rows: (string | number)[][] = [];
  for (const t of tickets) {
    const result = results.get(t.id);
    if (!result) continue;
    const session = sessions.get(t.sessionId);
    const examDate = effectiveExamDate(t, session) ?? t.examDate;
    const view = resultView(t, examDate, result);
    const retake = view.published ? view.subjects.find((s) => s.retakeValidUntil)?.retakeValidUntil ?? '' : '';
    rows.push([
      ...candidateCells(orgId, t, persons.get(t.idHash)),
      examDate,
      OUTCOME_LABELS[result.theory],
      OUTCOME_LABELS[result.practical],
      result.review ? OUTCOME_LABELS[result.review] : '',
      view.published && view.passed ? '全部合格' : '未全部合格',
      retake,
    ]);
  }
  const headers = [...CANDIDATE_HEADERS, '考试日期', '理论知识', '操作技能', '综合评审', '结果', '补考有效期至'];
  const bytes = await writeTable(`${month}成绩`, headers, rows);
  return { file: filePayload(`${org.shortName}-${month}-成绩.xlsx`, bytes, rows.length) };
}

/** Where a staff member's uploads for an organisation go: only their own are read. */
export function uploadFolder(orgId: string, actor: string): string {
  return `uploads/${orgId}/${actor}/`;
}

/**
 * The bytes of a file the staff member uploaded to storage, read once and removed (it may hold
 * 身份证号). Only files in their own folder for this organisation: never another's upload.
 */
export async function takeUpload(app: AdminApp, orgId: string, actor: string, fileId: string, maxBytes: number): Promise<Uint8Array> {
  if (!app.uploads) throw new ApiError('BAD_REQUEST', '此环境不支持按文件标识上传，请直接上传文件内容');
  const path = app.uploads.pathOf(fileId);
  if (path === null || !path.startsWith(uploadFolder(orgId, actor)) || path.includes('..')) {
    throw new ApiError('FORBIDDEN', '只能导入本人为本机构上传的文件');
  }
  let bytes: Uint8Array;
  try {
    bytes = await app.uploads.read(fileId);
  } catch {
    throw new ApiError('NOT_FOUND', '未找到上传的文件，请重新上传');
  }
  await app.uploads.remove(fileId);
  if (bytes.length > maxBytes) throw new ApiError('PAYLOAD_TOO_LARGE', `文件不能超过${Math.round(maxBytes / 1024 / 1024)}MB`);
  return bytes;
}

export function decodeBase64(text: string, maxBytes: number): Uint8Array {
  if (text.length > Math.ceil((maxBytes * 4) / 3) + 4) {
    throw new ApiError('PAYLOAD_TOO_LARGE', `文件不能超过${Math.round(maxBytes / 1024 / 1024)}MB`);
  }
  if (!/^[A-Za-z0-9+/=\r\n]*$/.test(text)) throw new ApiError('BAD_REQUEST', '文件内容不是有效的 base64 编码');
  return new Uint8Array(Buffer.from(text, 'base64'));
}

export type { DocumentKind };
