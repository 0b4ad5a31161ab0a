/**
 * Binding a caller to a candidate (name + 身份证号) and showing only that candidate's
 * tickets, each only from the release date the rules module computes for the
 * organisation and channel. Failed bindings are rate limited per identity and per ID.
 */
import type { Subject, TicketBindingData, TicketsMineData, TicketView } from '@skills/shared';
import type { SessionRecord, TicketRecord } from '../ports';
import { isoNow, requireIdentity, type App, type Caller } from './app';
import { ApiError, MESSAGES } from './errors';
import * as rules from './rules';
import { ticketSigner } from './ticketCodes';

export const BINDING_FAILURE_LIMIT = 5;
export const BINDING_WINDOW_MS = 15 * 60 * 1000;

/** Names compare after trimming and dropping inner spaces (少数民族姓名中的·保留). */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** Parses a 身份证号 with the rules module; a bad one is INVALID_ID_NUMBER. */
export function parseId(idNumber: string): { normalized: string; birthDate: string } {
  try {
    return rules.parseIdNumber(idNumber);
  } catch (error) {
    if (rules.isRulesError(error)) throw new ApiError('INVALID_ID_NUMBER', error.message || MESSAGES.invalidIdNumber);
    throw error;
  }
}

async function assertNotLimited(app: App, keys: string[]): Promise<void> {
  const since = app.clock.now() - BINDING_WINDOW_MS;
  for (const key of keys) {
    if ((await app.store.countFailures(key, since)) >= BINDING_FAILURE_LIMIT) {
      throw new ApiError('RATE_LIMITED', MESSAGES.rateLimited);
    }
  }
}

export async function binding(app: App, caller: Caller): Promise<TicketBindingData> {
  const identity = requireIdentity(caller);
  const idHash = await app.store.getBinding(identity);
  const person = idHash ? await app.store.getPerson(idHash) : null;
  return person ? { bound: true, name: person.name, maskedIdNumber: person.maskedIdNumber } : { bound: false };
}

export async function bind(app: App, caller: Caller, name: string, idNumber: string): Promise<TicketBindingData> {
  const identity = requireIdentity(caller);
  const identityKey = `bind:identity:${identity}`;
  await assertNotLimited(app, [identityKey]);
  let parsed: { normalized: string };
  try {
    parsed = parseId(idNumber);
  } catch (error) {
    await app.store.recordFailure(identityKey, app.clock.now());
    throw error;
  }
  const idHash = app.hashIdNumber(parsed.normalized);
  const idKey = `bind:id:${idHash}`;
  await assertNotLimited(app, [idKey]);
  const person = await app.store.getPerson(idHash);
  if (!person || normalizeName(person.name) !== normalizeName(name)) {
    const now = app.clock.now();
    await app.store.recordFailure(identityKey, now);
    await app.store.recordFailure(idKey, now);
    throw new ApiError('BINDING_MISMATCH', MESSAGES.bindingMismatch);
  }
  await app.store.putBinding(identity, idHash, isoNow(app));
  return { bound: true, name: person.name, maskedIdNumber: person.maskedIdNumber };
}

export async function unbind(app: App, caller: Caller): Promise<TicketBindingData> {
  await app.store.deleteBinding(requireIdentity(caller));
  return { bound: false };
}

/** The exam date a ticket stands for now: its session's date after a rollover. */
export function effectiveExamDate(ticket: TicketRecord, session: SessionRecord | undefined): string | null {
  if (!session || session.rollovers.length === 0) return ticket.examDate;
  return session.date;
}

/**
 * When the ticket appears. Without an exam date (rolled over, date to be announced)
 * the first day of the new month stands in, and the answer says it is estimated.
 */
export function releaseOf(ticket: TicketRecord, session: SessionRecord | undefined): { date: string; estimated: boolean } {
  const examDate = effectiveExamDate(ticket, session);
  if (examDate === null) {
    const stand = rules.viaRules(() => rules.ticketReleaseDate(ticket.orgId, `${session?.month ?? ticket.examDate.slice(0, 7)}-01`, ticket.channel));
    return { date: stand.date, estimated: true };
  }
  return rules.viaRules(() => rules.ticketReleaseDate(ticket.orgId, examDate, ticket.channel));
}

const SUBJECT_LABELS: Record<Subject, string> = { theory: '理论知识', practical: '操作技能', review: '综合评审' };

export function subjectsOf(ticket: TicketRecord, on: string): { subject: Subject; label: string }[] {
  return subjectsFor(ticket.orgId, ticket.occupationId, ticket.track, on);
}

const subjectsFor = rules.memo((orgId: string, occupationId: string, track: TicketRecord['track'], on: string): { subject: Subject; label: string }[] => {
  try {
    return rules.offering(orgId, occupationId, track, on).subjects.map((s) => ({
      subject: s.subject,
      label: s.label || SUBJECT_LABELS[s.subject],
    }));
  } catch {
    return [
      { subject: 'theory', label: SUBJECT_LABELS.theory },
      { subject: 'practical', label: SUBJECT_LABELS.practical },
    ];
  }
});

/** What to bring, from the notice: the ticket itself, and the conduct rule on prohibited items. */
const bringList = rules.memo((orgId: string, on: string): string[] => {
  const notice = rules.noticeOn(orgId, on);
  const prohibited = notice.conduct.sections.flatMap((s) => s.items).find((item) => item.includes('禁携物品'));
  // The conduct rules name what must not come to the seat; quote that part (附件2 二、1).
  const items = prohibited ? /禁携物品（[^）]*）/.exec(prohibited)?.[0] : undefined;
  return ['准考证', ...(items ? [`不得将${items}带入座位（或考位）`] : [])];
});

export async function ticketViews(app: App, tickets: TicketRecord[], personName: string, masked: string): Promise<TicketView[]> {
  const today = app.clock.today();
  const sessionIds = [...new Set(tickets.map((t) => t.sessionId))];
  const sessions = new Map<string, SessionRecord>();
  for (const id of sessionIds) {
    const s = await app.store.getSession(id);
    if (s) sessions.set(id, s);
  }
  const sign = await ticketSigner(app);
  const codes = new Map<string, string>();
  for (const t of tickets) {
    const examDate = effectiveExamDate(t, sessions.get(t.sessionId));
    if (examDate !== null && today >= releaseOf(t, sessions.get(t.sessionId)).date) codes.set(t.id, await sign(t, examDate));
  }
  return tickets.map((t): TicketView => {
    const session = sessions.get(t.sessionId);
    const examDate = effectiveExamDate(t, session);
    const release = releaseOf(t, session);
    const common = {
      id: t.id,
      orgId: t.orgId,
      orgName: rules.organisation(t.orgId).name,
      occupationId: t.occupationId,
      occupationName: rules.occupationName(t.orgId, t.occupationId),
      track: t.track,
      trackLabel: rules.trackLabel(t.track),
      channel: t.channel,
      examDate,
      releaseDate: release.date,
      estimated: release.estimated,
      sessionStatus: session?.status ?? 'scheduled',
      rollovers: session?.rollovers ?? [],
      demo: t.demo,
    };
    // Enforced here, on the server: before the release date nothing but the date is answered.
    if (examDate === null || today < release.date) return { ...common, released: false };
    return {
      ...common,
      released: true,
      ticketNumber: t.ticketNumber,
      name: personName,
      maskedIdNumber: masked,
      examTime: t.examTime || (session ? `${session.startTime}-${session.endTime}` : ''),
      venue: t.venue,
      room: t.room,
      seat: t.seat,
      subjects: subjectsOf(t, examDate),
      bring: bringList(t.orgId, examDate),
      code: codes.get(t.id) ?? '',
    };
  });
}

/** Answers of `mine` per store, valid while the store's data version and today stay the same. */
const mineCache = new WeakMap<object, Map<string, TicketsMineData>>();
const MINE_CACHE_LIMIT = 10_000;

export async function mine(app: App, caller: Caller): Promise<TicketsMineData> {
  const identity = requireIdentity(caller);
  const version = app.store.dataVersion?.();
  if (version === undefined) return computeMine(app, identity);
  const key = `${version}|${app.clock.today()}|${identity}`;
  let cache = mineCache.get(app.store);
  if (!cache) mineCache.set(app.store, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const answer = await computeMine(app, identity);
  // Cache only if nothing was written meanwhile; a stale version never matches again.
  if (app.store.dataVersion?.() === version) {
    if (cache.size >= MINE_CACHE_LIMIT) cache.clear();
    cache.set(key, answer);
  }
  return answer;
}

async function computeMine(app: App, identity: string): Promise<TicketsMineData> {
  const today = app.clock.today();
  const idHash = await app.store.getBinding(identity);
  if (!idHash) return { today, tickets: [] };
  const person = await app.store.getPerson(idHash);
  if (!person) return { today, tickets: [] };
  const tickets = await app.store.ticketsOf(idHash);
  return { today, tickets: await ticketViews(app, tickets, person.name, person.maskedIdNumber) };
}
