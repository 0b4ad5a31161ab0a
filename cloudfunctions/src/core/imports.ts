/**
 * Staff imports of candidates, tickets and results (CSV or XLSX).
 *
 * preview: read the file, check every row against the notices and the stored data,
 * report every problem by row and column, and keep the validated plan (hashed IDs
 * only) for confirm. confirm: check the plan against the store again and write it
 * in one transaction, or nothing. Importing the same file twice changes nothing.
 */
import crypto from 'node:crypto';
import { CHANNEL_LABELS, OUTCOME_LABELS, isValidDate, labelCode, maskIdText, type Channel, type ImportConfirmData, type ImportKind, type ImportPreviewData, type ImportProblem, type Track } from '@skills/shared';
import type { CandidateRecord, ImportPlan, ImportPort, ImportTotals, MetaPort, OutcomeText, PeoplePort, PersonRecord, ResultRecord, SessionPort, SessionRecord, TicketPort, TicketRecord } from '../ports';
import { readTableOffThread, isSheetError, type SheetRow } from '../spreadsheet';
import type { AppWith } from './app';
import { applyImport, diffImport } from './importRules';
import { ApiError } from './errors';
import * as rules from './rules';
import { normalizeName } from './tickets';
import { UNSAFE_TEXT_MESSAGE, isSafeText, normaliseField } from './text';

/** The ports this module's functions use: the app they take has no others. */
type ImportsApp = AppWith<ImportPort & MetaPort & SessionPort & PeoplePort & TicketPort>;

export const PREVIEW_TTL_MS = 30 * 60 * 1000;
/** How long past its expiry a preview may stay before any new preview removes it. */
const PREVIEW_KEEP_MS = 24 * 60 * 60 * 1000;
/** Problems listed in one answer; the rest are counted in a closing line. */
export const MAX_LISTED_PROBLEMS = 2000;
const SAMPLE_ROWS = 20;

// ---------------------------------------------------------------- cell parsers

const CHINESE_LEVELS: Record<string, Track> = { 五: 5, 四: 4, 三: 3, 二: 2, 一: 1 };

/** 四级, 4, 中级, 中级（四级）, 三级/高级工, 专项职业能力 → the track; null when unrecognised. */
export const parseLevel = rules.memo(function parseLevel(cell: string): Track | null {
  const text = cell.normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return null;
  if (text.includes('专项')) return 'special';
  const numbered = /([一二三四五])级/.exec(text);
  if (numbered) return CHINESE_LEVELS[numbered[1]];
  const digit = /^([1-5])(级)?$/.exec(text);
  if (digit) return Number(digit[1]) as Track;
  if (text.startsWith('高级技师')) return 1;
  if (text.startsWith('技师')) return 2;
  if (text.startsWith('高级')) return 3;
  if (text.startsWith('中级')) return 4;
  if (text.startsWith('初级')) return 5;
  return null;
});

function nameKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')');
}

/** By id, 职业编码 or name; a name's bracketed alias (网络与信息安全管理员（信息安全管理员）) also matches. */
export const parseOccupation = rules.memo(function parseOccupation(orgId: string, cell: string): string | null {
  const key = nameKey(cell);
  if (key === '') return null;
  for (const occupation of rules.organisation(orgId).occupations) {
    const name = nameKey(occupation.name);
    const outer = name.replace(/\(.*\)$/, '');
    const inner = /\(([^)]*)\)$/.exec(name)?.[1];
    if ([occupation.id, occupation.code, name, outer, inner].some((candidate) => candidate !== undefined && candidate === key)) {
      return occupation.id;
    }
  }
  return null;
});

/** 团体申报 / 个人申报, or as offices often shorten them, 团体 / 个人. */
export function parseChannel(cell: string): Channel | null {
  return labelCode(CHANNEL_LABELS, cell) ?? labelCode(CHANNEL_LABELS, `${cell}申报`);
}

export function parseOutcome(cell: string): OutcomeText | null {
  return labelCode(OUTCOME_LABELS, cell);
}

/** 准考证 ids are derived from the number, so the same row always lands on the same record. */
export function ticketIdFor(orgId: string, ticketNumber: string): string {
  return `t_${crypto.createHash('sha256').update(`${orgId}:${ticketNumber}`).digest('hex').slice(0, 24)}`;
}

// ---------------------------------------------------------------- row checks

type Planned =
  | { kind: 'candidates'; row: number; person: PersonRecord; candidate: CandidateRecord }
  | { kind: 'tickets'; row: number; person: PersonRecord; ticket: TicketRecord }
  | {
      kind: 'results';
      row: number;
      person: PersonRecord;
      /** The row gave the masked 身份证号 of this product's own results template: the ticket says whose it is. */
      byMask: boolean;
      ticketNumber: string;
      occupationId: string;
      track: Track;
      examDate: string;
      result: Omit<ResultRecord, 'ticketId'>;
    };

class RowChecker {
  readonly problems: ImportProblem[] = [];
  constructor(readonly row: SheetRow) {}
  fail(column: string, code: string, message: string): null {
    this.problems.push({ row: this.row.rowNumber, column, code, message });
    return null;
  }
  text(column: string, options: { required?: boolean; max?: number } = {}): string | null {
    const value = (this.row.cells[column] ?? '').trim();
    if (!isSafeText(value)) return this.fail(column, 'BAD_VALUE', `“${column}”${UNSAFE_TEXT_MESSAGE}`);
    if (value === '' && options.required !== false) return this.fail(column, 'MISSING_VALUE', `“${column}”不能为空`);
    if (value.length > (options.max ?? 100)) return this.fail(column, 'BAD_VALUE', `“${column}”过长`);
    return normaliseField(value);
  }
}

interface RowContext {
  orgId: string;
  today: string;
  hashId: (normalized: string) => string;
}

/** A 身份证号 as the exports and the pre-filled results template print it (full numbers are never stored). */
const MASKED_ID_NUMBER = /^\d{4}\*{10}[\dX*]{4}$/;

/** Whether a printed mask can be the stored person's: every character it shows is theirs. */
function maskFits(printed: string, stored: string): boolean {
  return printed.length === stored.length && [...printed].every((ch, i) => ch === '*' || ch === stored[i]);
}

/**
 * The row's person. With `acceptMasked` (results), a masked 身份证号 is taken as it is, with an
 * empty idHash: the ticket names the candidate, and the mask and name are checked against them.
 */
function checkPerson(c: RowChecker, ctx: RowContext, { acceptMasked = false } = {}): PersonRecord | null {
  const name = c.text('姓名', { max: 50 });
  const idNumber = c.text('身份证号', { max: 40 });
  if (idNumber === null) return null;
  const masked = idNumber.replace(/\s/g, '').toUpperCase();
  if (acceptMasked && MASKED_ID_NUMBER.test(masked)) return name === null ? null : { orgId: ctx.orgId, idHash: '', name, maskedIdNumber: masked };
  if (c.row.storedAsNumber?.includes('身份证号')) {
    return c.fail('身份证号', 'BAD_ID_NUMBER', '身份证号以数字格式保存，Excel 只保留前 15 位，后几位已丢失。请把该列设为“文本”格式后重新填写身份证号。');
  }
  let normalized: string;
  try {
    normalized = rules.parseIdNumber(idNumber).normalized;
  } catch (error) {
    return c.fail('身份证号', 'BAD_ID_NUMBER', rules.isRulesError(error) ? error.message : '身份证号不正确');
  }
  if (name === null) return null;
  // normalized has passed parseIdNumber: mask it directly rather than parse it again.
  return { orgId: ctx.orgId, idHash: ctx.hashId(normalized), name, maskedIdNumber: maskIdText(normalized) };
}

function checkOffering(c: RowChecker, ctx: RowContext, on: string): { occupationId: string; track: Track } | null {
  const occupationCell = c.text('职业（工种）');
  const levelCell = c.text('等级');
  const occupationId = occupationCell === null ? null : parseOccupation(ctx.orgId, occupationCell);
  if (occupationCell !== null && occupationId === null) {
    c.fail('职业（工种）', 'UNKNOWN_OCCUPATION', `本机构没有“${occupationCell}”这个职业（工种）`);
  }
  const track = levelCell === null ? null : parseLevel(levelCell);
  if (levelCell !== null && track === null) c.fail('等级', 'UNKNOWN_LEVEL', `无法识别等级“${levelCell}”，请填写如“四级”或“专项职业能力”`);
  if (occupationId === null || track === null) return null;
  const offered = isOffered(ctx.orgId, occupationId, track, on);
  if (!offered) return c.fail('等级', 'NOT_OFFERED', `本机构不开展该职业（工种）的${rules.trackLabel(track)}评价`);
  return { occupationId, track };
}

const isOffered = rules.memo((orgId: string, occupationId: string, track: Track, on: string) =>
  rules.offeringsOf(orgId, on).some((o) => o.occupationId === occupationId && o.track === track),
);

function checkChannel(c: RowChecker): Channel | null {
  const cell = c.text('申报方式');
  if (cell === null) return null;
  return parseChannel(cell) ?? c.fail('申报方式', 'BAD_VALUE', '申报方式应填写“团体”或“个人”');
}

function checkDate(c: RowChecker, column: string): string | null {
  const cell = c.text(column);
  if (cell === null) return null;
  return isValidDate(cell) ? cell : c.fail(column, 'BAD_VALUE', `“${column}”应为日期，如 2026-12-05`);
}

function checkTicketNumber(c: RowChecker): string | null {
  const cell = c.text('准考证号', { max: 40 });
  if (cell === null) return null;
  return /^[A-Za-z0-9-]{1,40}$/.test(cell) ? cell : c.fail('准考证号', 'BAD_VALUE', '准考证号只能包含数字、字母和“-”');
}

function planCandidate(c: RowChecker, ctx: RowContext): Planned | null {
  const person = checkPerson(c, ctx);
  const offering = checkOffering(c, ctx, ctx.today);
  const channel = checkChannel(c);
  const via = c.text('报名渠道', { required: false, max: 100 }) ?? '';
  if (!person || !offering || !channel) return null;
  return {
    kind: 'candidates',
    row: c.row.rowNumber,
    person,
    candidate: { orgId: ctx.orgId, idHash: person.idHash, ...offering, channel, via },
  };
}

/**
 * The session a ticket row's date names: the session on that date, or one rolled over from it
 * (the office's ticket file, made before the rollover, still imports; the ticket follows the
 * session to its new date, or to 待定).
 */
function sessionFor(sessions: SessionRecord[], occupationId: string, track: Track, date: string): SessionRecord | undefined {
  const offered = sessions.filter((s) => s.occupationId === occupationId && s.track === track && s.status !== 'cancelled');
  return offered.find((s) => s.date === date) ?? offered.find((s) => s.rollovers.some((r) => r.fromDate === date));
}

function planTicket(c: RowChecker, ctx: RowContext, sessions: SessionRecord[]): Planned | null {
  const ticketNumber = checkTicketNumber(c);
  const person = checkPerson(c, ctx);
  const examDate = checkDate(c, '考试日期');
  const offering = checkOffering(c, ctx, examDate ?? ctx.today);
  const channel = checkChannel(c);
  const examTime = c.text('考试时间', { max: 40 });
  const venueCell = c.text('考点', { max: 200 });
  const room = c.text('考场', { max: 40 });
  const seat = c.text('座位号', { max: 20 });
  if (!ticketNumber || !person || !examDate || !offering || !channel || !examTime || !venueCell || !room || !seat) return null;
  const session = sessionFor(sessions, offering.occupationId, offering.track, examDate);
  if (!session) {
    return c.fail('考试日期', 'NO_SESSION', `${examDate} 没有已发布的该职业（工种）${rules.trackLabel(offering.track)}考试场次`);
  }
  const venue = [session.venue.name, session.venue.address].includes(venueCell)
    ? session.venue
    : { name: venueCell, address: venueCell };
  return {
    kind: 'tickets',
    row: c.row.rowNumber,
    person,
    ticket: {
      id: ticketIdFor(ctx.orgId, ticketNumber),
      orgId: ctx.orgId,
      ticketNumber,
      idHash: person.idHash,
      ...offering,
      channel,
      sessionId: session.id,
      examDate,
      examTime,
      venue,
      room,
      seat,
      demo: false,
    },
  };
}

function planResult(c: RowChecker, ctx: RowContext): Planned | null {
  const ticketNumber = checkTicketNumber(c);
  const person = checkPerson(c, ctx, { acceptMasked: true });
  const examDate = checkDate(c, '考试日期');
  const offering = checkOffering(c, ctx, examDate ?? ctx.today);
  const outcome = (column: string, required: boolean): OutcomeText | null | undefined => {
    const cell = c.text(column, { required });
    if (cell === null || cell === '') return cell === '' ? undefined : null;
    return parseOutcome(cell) ?? c.fail(column, 'BAD_VALUE', `“${column}”应填写合格、不合格或缺考`);
  };
  const theory = outcome('理论知识', true);
  const practical = outcome('操作技能', true);
  const review = outcome('综合评审', false);
  const markingCell = c.text('阅卷或工件检测', { required: false }) ?? '';
  const marking = markingCell === '是' ? true : markingCell === '' || markingCell === '否' ? false : null;
  if (marking === null) c.fail('阅卷或工件检测', 'BAD_VALUE', '“阅卷或工件检测”应填写是或否');
  if (!ticketNumber || !person || !examDate || !offering || !theory || !practical || review === null || marking === null) {
    return null;
  }
  return {
    kind: 'results',
    row: c.row.rowNumber,
    person,
    byMask: person.idHash === '',
    ticketNumber,
    occupationId: offering.occupationId,
    track: offering.track,
    examDate,
    result: { orgId: ctx.orgId, theory, practical, review: review ?? null, marking, publishedOn: ctx.today },
  };
}

// ---------------------------------------------------------------- checks across rows and against the store

/**
 * Lets other requests run between rows of a long file (/healthz, candidates' lookups): once
 * every BREATHE_ROWS calls. Only the preview breathes: it writes nothing but itself. Confirm checks
 * and writes without letting other requests in between, so on SQLite what it checked is what it writes.
 */
const BREATHE_ROWS = 2000;
let sinceBreath = 0;
async function breathe(): Promise<void> {
  sinceBreath += 1;
  if (sinceBreath < BREATHE_ROWS) return;
  sinceBreath = 0;
  await new Promise((resolve) => setImmediate(resolve));
}

function problem(row: number, column: string, code: string, message: string): ImportProblem {
  return { row, column, code, message };
}

/**
 * Why a ticket's exam cannot have results yet, or null when it was held: its session exists,
 * was not cancelled, has a date (a rollover may leave it 待定), and that date is today or earlier.
 */
function notHeldReason(session: SessionRecord | null | undefined, examDate: string | null, today: string): string | null {
  if (!session || session.status === 'cancelled') return '该准考证的考试场次不存在或已取消，不能导入成绩';
  if (examDate === null) return '该场次已顺延、考试日期待定，考试尚未举行，不能导入成绩';
  if (examDate > today) return `考试日期 ${examDate} 尚未到来，考试举行后才能导入成绩`;
  return null;
}

/** Checks the planned rows against each other and the store; builds the plan to write. */
async function checkAgainstStore(
  app: ImportsApp,
  orgId: string,
  kind: ImportKind,
  planned: Planned[],
  pause: () => Promise<void> = async () => undefined,
): Promise<{ problems: ImportProblem[]; plan: ImportPlan }> {
  const today = app.clock.today();
  const problems: ImportProblem[] = [];
  const plan: ImportPlan = { orgId, kind, persons: [], candidates: [], tickets: [], results: [] };

  // A results row that gave a masked 身份证号 is about the candidate its ticket names.
  const resultTickets =
    kind === 'results'
      ? new Map((await app.store.ticketsOfOrg(orgId, { ticketNumbers: planned.flatMap((p) => (p.kind === 'results' ? [p.ticketNumber] : [])) })).map((t) => [t.ticketNumber, t]))
      : new Map<string, TicketRecord>();
  for (const p of planned) {
    const ticket = p.kind === 'results' && p.byMask ? resultTickets.get(p.ticketNumber) : undefined;
    if (ticket) p.person = { ...p.person, idHash: ticket.idHash };
  }

  // One name per 身份证号, in the file and against this organisation's own records (never another's).
  const stored = new Map((await app.store.personsByHash(orgId, [...new Set(planned.map((p) => p.person.idHash))])).map((p) => [p.idHash, p]));
  const firstSeen = new Map<string, Planned>();
  const badRows = new Set<number>();
  for (const p of planned) {
    await pause();
    // A masked number whose ticket is unknown names nobody yet: the ticket check reports it.
    if (p.person.idHash === '') continue;
    const known = stored.get(p.person.idHash);
    const earlier = firstSeen.get(p.person.idHash);
    if (known && normalizeName(known.name) !== normalizeName(p.person.name)) {
      problems.push(problem(p.row, '姓名', 'NAME_MISMATCH', '姓名与系统中该身份证号的考生姓名不一致'));
      badRows.add(p.row);
    } else if (earlier && normalizeName(earlier.person.name) !== normalizeName(p.person.name)) {
      problems.push(problem(p.row, '姓名', 'NAME_MISMATCH', `同一身份证号在第${earlier.row}行的姓名不同`));
      badRows.add(p.row);
    }
    if (!earlier) firstSeen.set(p.person.idHash, p);
  }

  if (kind === 'candidates') {
    const seen = new Map<string, number>();
    for (const p of planned) {
      await pause();
      if (p.kind !== 'candidates') continue;
      const key = `${p.person.idHash}|${p.candidate.occupationId}|${p.candidate.track}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push(problem(p.row, '身份证号', 'DUPLICATE_ROW', `与第${first}行是同一考生的同一职业等级`));
        badRows.add(p.row);
      } else seen.set(key, p.row);
      plan.candidates.push(p.candidate);
    }
  }

  if (kind === 'tickets') {
    const numbers = planned.flatMap((p) => (p.kind === 'tickets' ? [p.ticket.ticketNumber] : []));
    const existing = new Map((await app.store.ticketsOfOrg(orgId, { ticketNumbers: numbers })).map((t) => [t.ticketNumber, t]));
    const seen = new Map<string, number>();
    for (const p of planned) {
      await pause();
      if (p.kind !== 'tickets') continue;
      const first = seen.get(p.ticket.ticketNumber);
      const old = existing.get(p.ticket.ticketNumber);
      if (first !== undefined) {
        problems.push(problem(p.row, '准考证号', 'DUPLICATE_TICKET', `准考证号与第${first}行重复`));
        badRows.add(p.row);
      } else if (old && old.idHash !== p.ticket.idHash) {
        problems.push(problem(p.row, '准考证号', 'DUPLICATE_TICKET', '该准考证号已属于另一名考生'));
        badRows.add(p.row);
      }
      if (first === undefined) seen.set(p.ticket.ticketNumber, p.row);
      plan.tickets.push(old ? { ...p.ticket, id: old.id } : p.ticket);
    }
  }

  if (kind === 'results') {
    const sessions = new Map<string, SessionRecord | null>();
    const seen = new Map<string, number>();
    for (const p of planned) {
      await pause();
      if (p.kind !== 'results') continue;
      const ticket = resultTickets.get(p.ticketNumber);
      const first = seen.get(p.ticketNumber);
      if (first !== undefined) {
        problems.push(problem(p.row, '准考证号', 'DUPLICATE_TICKET', `准考证号与第${first}行重复`));
        badRows.add(p.row);
        continue;
      }
      seen.set(p.ticketNumber, p.row);
      if (!ticket) {
        problems.push(problem(p.row, '准考证号', 'UNKNOWN_TICKET', '系统中没有该准考证号，请先导入准考证'));
        badRows.add(p.row);
        continue;
      }
      const storedMask = stored.get(ticket.idHash)?.maskedIdNumber;
      if (p.byMask ? !storedMask || !maskFits(p.person.maskedIdNumber, storedMask) : ticket.idHash !== p.person.idHash) {
        problems.push(problem(p.row, '身份证号', 'NAME_MISMATCH', '身份证号与该准考证的考生不一致'));
        badRows.add(p.row);
      }
      if (ticket.occupationId !== p.occupationId || ticket.track !== p.track) {
        problems.push(problem(p.row, '职业（工种）', 'BAD_VALUE', '职业（工种）或等级与该准考证不一致'));
        badRows.add(p.row);
      }
      if (!sessions.has(ticket.sessionId)) sessions.set(ticket.sessionId, await app.store.getSession(ticket.sessionId));
      const session = sessions.get(ticket.sessionId);
      const examDate = session && session.rollovers.length > 0 ? session.date : ticket.examDate;
      const notHeld = notHeldReason(session, examDate, today);
      if (notHeld) {
        problems.push(problem(p.row, '考试日期', 'EXAM_NOT_HELD', notHeld));
        badRows.add(p.row);
      } else if (examDate !== p.examDate) {
        problems.push(problem(p.row, '考试日期', 'DATE_MISMATCH', `考试日期与该准考证的考试日期（${examDate ?? '待定'}）不一致`));
        badRows.add(p.row);
      }
      plan.results.push({ ...p.result, ticketId: ticket.id });
    }
  }

  const persons = new Map<string, PersonRecord>();
  // A preview stored before confirm carries the organisation it was made for; the plan writes only this one's.
  for (const p of planned) if (!persons.has(p.person.idHash)) persons.set(p.person.idHash, { ...p.person, orgId });
  // Results never rename anyone; candidates and tickets introduce people.
  plan.persons = kind === 'results' ? [] : [...persons.values()];
  return { problems, plan };
}

function listProblems(problems: ImportProblem[]): ImportProblem[] {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  if (sorted.length <= MAX_LISTED_PROBLEMS) return sorted;
  return [
    ...sorted.slice(0, MAX_LISTED_PROBLEMS),
    problem(0, '', 'MORE_PROBLEMS', `另有 ${sorted.length - MAX_LISTED_PROBLEMS} 处问题未列出，请先修正以上问题`),
  ];
}

/** Reads and checks a file; writes nothing but the preview. */
export async function preview(
  app: ImportsApp,
  actor: string,
  orgId: string,
  input: { kind: ImportKind; fileName: string; bytes: Uint8Array },
): Promise<ImportPreviewData> {
  let table;
  try {
    table = await readTableOffThread(input.bytes, input.fileName, input.kind);
  } catch (error) {
    if (isSheetError(error)) {
      const code = error.code === 'TOO_MANY_ROWS' || error.code === 'TOO_LARGE' ? 'PAYLOAD_TOO_LARGE' : 'IMPORT_INVALID';
      throw new ApiError(code, error.message, { sheetCode: error.code, missingColumns: error.missingColumns });
    }
    throw error;
  }
  const ctx: RowContext = { orgId, today: app.clock.today(), hashId: app.hashIdNumber };
  const sessions = input.kind === 'tickets' ? await app.store.listSessions({ orgId }) : [];
  const rowProblems: ImportProblem[] = [];
  const planned: Planned[] = [];
  for (const row of table.rows) {
    await breathe();
    const checker = new RowChecker(row);
    const p =
      input.kind === 'candidates' ? planCandidate(checker, ctx) : input.kind === 'tickets' ? planTicket(checker, ctx, sessions) : planResult(checker, ctx);
    rowProblems.push(...checker.problems);
    if (p && checker.problems.length === 0) planned.push(p);
  }
  const { problems: storeProblems, plan } = await checkAgainstStore(app, orgId, input.kind, planned, breathe);
  const problems = [...rowProblems, ...storeProblems];
  if (table.rows.length === 0) problems.push(problem(0, '', 'EMPTY_FILE', '文件中没有数据行'));
  const badRows = new Set(problems.map((p) => p.row));
  const sample = table.rows.slice(0, SAMPLE_ROWS).map((row) => ({
    row: row.rowNumber,
    cells: maskCells(row.cells),
  }));
  let previewId: string | null = null;
  let expiresAt: string | null = null;
  const changes = problems.length === 0 ? await diffImport(app.store, plan) : { added: 0, updated: 0, unchanged: 0 };
  if (problems.length === 0) {
    previewId = app.newId('imp');
    const expires = app.clock.now() + PREVIEW_TTL_MS;
    expiresAt = new Date(expires).toISOString();
    // Previews a day past their expiry go whatever happened to them (the timer removes them sooner).
    await app.store.prunePreviews(app.clock.now() - PREVIEW_KEEP_MS);
    await app.store.savePreview({
      id: previewId,
      orgId,
      actor,
      kind: input.kind,
      fileName: input.fileName,
      rowsJson: JSON.stringify(planned),
      expiresAt: expires,
    });
  }
  return {
    previewId,
    kind: input.kind,
    fileName: input.fileName,
    totalRows: table.rows.length,
    validRows: table.rows.filter((r) => !badRows.has(r.rowNumber)).length,
    sample,
    problems: listProblems(problems),
    changes,
    expiresAt,
  };
}

function maskCells(cells: Record<string, string>): Record<string, string> {
  const out = { ...cells };
  const id = out['身份证号'];
  if (id) {
    try {
      out['身份证号'] = rules.maskIdNumber(id);
    } catch {
      out['身份证号'] = maskIdText(id);
    }
  }
  return out;
}

/** A confirm stops writing after this long and answers with its progress; confirming again continues (functions time out at 60 s). */
export const CONFIRM_BUDGET_MS = 40_000;

/** What a confirm has done so far, kept in the store so that a retry, or a second call, continues or repeats the answer. */
interface ImportJob {
  orgId: string;
  kind: ImportKind;
  state: 'writing' | 'done';
  /** Steps of the plan already written. */
  step: number;
  written: number;
  total: number;
  totals: ImportTotals;
}

const jobKey = (previewId: string) => `import:${previewId}`;
/** Imports being written, for the timer to finish one that nobody confirms again. */
const OPEN_KEY = 'imports.open';

async function openImports(app: ImportsApp): Promise<string[]> {
  return JSON.parse((await app.store.getMeta(OPEN_KEY)) || '[]') as string[];
}

async function markOpen(app: ImportsApp, previewId: string, open: boolean): Promise<void> {
  const ids = (await openImports(app)).filter((id) => id !== previewId);
  await app.store.setMeta(OPEN_KEY, JSON.stringify(open ? [...ids, previewId] : ids));
}

async function readJob(app: ImportsApp, previewId: string): Promise<ImportJob | null> {
  const text = await app.store.getMeta(jobKey(previewId));
  return text ? (JSON.parse(text) as ImportJob) : null;
}

/** The plan in the order it is written (people before what names them), cut into the store's batch size. */
function stepsOf(plan: ImportPlan, batch: number): { plan: ImportPlan; rows: number }[] {
  const empty: ImportPlan = { ...plan, persons: [], candidates: [], tickets: [], results: [] };
  if (!Number.isFinite(batch)) return [{ plan, rows: plan.candidates.length + plan.tickets.length + plan.results.length }];
  const steps: { plan: ImportPlan; rows: number }[] = [];
  for (const part of ['persons', 'candidates', 'tickets', 'results'] as const) {
    const items = plan[part] as unknown[];
    for (let i = 0; i < items.length; i += batch) {
      steps.push({ plan: { ...empty, [part]: items.slice(i, i + batch) }, rows: part === 'persons' ? 0 : Math.min(batch, items.length - i) });
    }
  }
  return steps;
}

/**
 * Writes a previewed file after checking it against the store again. The store writes it in
 * steps (all at once on SQLite, in batches on CloudBase) and each finished step is recorded,
 * so a confirm cut short by the function's time limit or a lost connection is finished by
 * confirming again; a confirm of a finished import answers what it wrote and writes nothing.
 */
export async function confirm(
  app: ImportsApp,
  orgId: string,
  previewId: string,
  onProgress?: (written: number) => void,
  budgetMs = CONFIRM_BUDGET_MS,
): Promise<ImportConfirmData> {
  const started = Date.now();
  let job = await readJob(app, previewId);
  if (job && job.orgId !== orgId) throw new ApiError('PREVIEW_EXPIRED', '预览已过期或已导入，请重新上传文件');
  if (job?.state === 'done') return { kind: job.kind, ...job.totals };
  // An import already under way is finished even if its preview has expired since.
  const stored = await app.store.getPreview(previewId, orgId, job ? null : app.clock.now());
  if (!stored) throw new ApiError('PREVIEW_EXPIRED', '预览已过期或已导入，请重新上传文件');
  const planned = JSON.parse(stored.rowsJson) as Planned[];
  const { problems, plan } = await checkAgainstStore(app, orgId, stored.kind, planned);
  if (problems.length > 0) {
    throw new ApiError('IMPORT_INVALID', '数据在预览后发生了变化，请重新上传文件', { problems: listProblems(problems) });
  }
  const steps = stepsOf(plan, app.store.importBatch ?? Infinity);
  job ??= { orgId, kind: stored.kind, state: 'writing', step: 0, written: 0, total: steps.reduce((n, s) => n + s.rows, 0), totals: { added: 0, updated: 0, unchanged: 0 } };
  // At least one step per call, so that every confirm moves the import on; then stop when the budget is spent.
  if (job.step === 0) await markOpen(app, previewId, true);
  while (job.step < steps.length) {
    const written = job.written;
    const totals = await applyImport(app.store, steps[job.step].plan, onProgress && ((n) => onProgress(written + n)));
    job = {
      ...job,
      step: job.step + 1,
      written: job.written + steps[job.step].rows,
      totals: { added: job.totals.added + totals.added, updated: job.totals.updated + totals.updated, unchanged: job.totals.unchanged + totals.unchanged },
    };
    if (job.step < steps.length) await app.store.setMeta(jobKey(previewId), JSON.stringify(job));
    if (job.step < steps.length && Date.now() - started > budgetMs) {
      return { kind: job.kind, ...job.totals, progress: { written: job.written, total: job.total } };
    }
  }
  await app.store.setMeta(jobKey(previewId), JSON.stringify({ ...job, state: 'done' }));
  await app.store.takePreview(previewId, orgId, app.clock.now());
  await markOpen(app, previewId, false);
  return { kind: job.kind, ...job.totals };
}

/** The timer's part: previews nobody confirmed are removed once they expire (they hold the file's rows). */
export async function removeExpiredPreviews(app: ImportsApp): Promise<void> {
  await app.store.prunePreviews(app.clock.now(), await openImports(app));
}

/**
 * The timer's part: carries on every import whose confirm was cut short and not repeated
 * (the staff member closed the page), within `budgetMs`. Returns how many it finished.
 */
export async function finishOpenImports(app: ImportsApp, budgetMs = CONFIRM_BUDGET_MS / 2): Promise<number> {
  let finished = 0;
  for (const previewId of await openImports(app)) {
    const job = await readJob(app, previewId);
    if (!job || job.state === 'done') {
      await markOpen(app, previewId, false);
      continue;
    }
    try {
      const answer = await confirm(app, job.orgId, previewId, undefined, budgetMs);
      if (!answer.progress) finished += 1;
    } catch (error) {
      // The preview is gone or the data changed since: staff see it when they confirm again.
      if (error instanceof ApiError) await markOpen(app, previewId, false);
      else throw error;
    }
  }
  return finished;
}

/** Validates and writes in one go (the local bench and the SIGKILL test use it). */
export async function importFile(
  app: ImportsApp,
  actor: string,
  orgId: string,
  input: { kind: ImportKind; fileName: string; bytes: Uint8Array },
  onProgress?: (written: number) => void,
): Promise<ImportConfirmData> {
  const previewed = await preview(app, actor, orgId, input);
  if (!previewed.previewId) throw new ApiError('IMPORT_INVALID', '文件中有错误，未导入任何数据', { problems: previewed.problems });
  return confirm(app, orgId, previewed.previewId, onProgress);
}
