/**
 * Binding a caller to a candidate (name + 身份证号) and showing only that candidate's
 * tickets, each only from the release date the rules module computes for the
 * organisation and channel. Failed bindings are limited per identity, client address, ID and overall.
 */
import { SUBJECT_LABELS, type Subject, type TicketBindingData, type TicketsMineData, type TicketView } from '@skills/shared';
import type { LimiterPort, PeoplePort, PersonRecord, SessionPort, SessionRecord, SigningKeyPort, TicketPort, TicketRecord, VersionPort } from '../ports';
import { GUESS_RETENTION_MS, isoNow, requireIdentity, type Caller, type AppWith } from './app';
import { ApiError, MESSAGES } from './errors';
import * as rules from './rules';
import { ticketSigner } from './ticketCodes';

/** The ports this module's functions use: the app they take has no others. */
type TicketsApp = AppWith<PeoplePort & LimiterPort & SessionPort & TicketPort & SigningKeyPort & VersionPort>;

export const BINDING_FAILURE_LIMIT = 5;
export const BINDING_WINDOW_MS = 15 * 60 * 1000;
/** Failed binds from one client address (local runner) per window: a browser that drops its cookie is still one client. */
export const ADDRESS_FAILURE_LIMIT = 20;
/**
 * Failed binds from everyone together per window. However identities are made, guessing is
 * bounded by this: 4 × 200 = 800 wrong guesses an hour for the whole service.
 */
export const GLOBAL_FAILURE_LIMIT = 200;
/** Kept 24 hours: the audit view counts them. */
export const BIND_FAILURE_LOG_KEY = 'log:bind-failure';

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

export async function binding(app: TicketsApp, caller: Caller): Promise<TicketBindingData> {
  const identity = requireIdentity(caller);
  const idHash = await app.store.getBinding(identity);
  const person = idHash ? (await app.store.personsOf(idHash))[0] : undefined;
  return person ? { bound: true, name: person.name, maskedIdNumber: person.maskedIdNumber } : { bound: false };
}

/** The caller-side limits of one bind attempt: the caller's identity, its address when known, everyone. */
function attemptLimits(caller: Caller, identity: string): { key: string; limit: number; message: string }[] {
  return [
    { key: `bind:identity:${identity}`, limit: BINDING_FAILURE_LIMIT, message: MESSAGES.rateLimited },
    ...(caller.address ? [{ key: `bind:address:${caller.address}`, limit: ADDRESS_FAILURE_LIMIT, message: MESSAGES.rateLimited }] : []),
    { key: 'bind:global', limit: GLOBAL_FAILURE_LIMIT, message: MESSAGES.busy },
  ];
}

/**
 * Takes one attempt under each caller-side limit before anything is checked, so concurrent
 * guesses cannot slip past a limit together; an attempt over a limit is refused and not kept.
 * Answers the attempts taken, to forget on success (only failures count).
 */
async function takeAttempts(app: TicketsApp, caller: Caller, identity: string): Promise<string[]> {
  const now = app.clock.now();
  const taken: string[] = [];
  for (const { key, limit, message } of attemptLimits(caller, identity)) {
    const attempt = await app.store.takeAttempt(key, now, now - BINDING_WINDOW_MS);
    if (attempt.count > limit) {
      await forget(app, [...taken, attempt.id]);
      throw new ApiError('RATE_LIMITED', message);
    }
    taken.push(attempt.id);
  }
  return taken;
}

async function forget(app: TicketsApp, attempts: string[]): Promise<void> {
  for (const id of attempts) await app.store.forgetAttempt(id);
}

/** A failed bind, logged and counted without the name, the number or the identity. */
async function bindFailed(app: TicketsApp, reason: string): Promise<void> {
  await app.store.recordFailure(BIND_FAILURE_LOG_KEY, app.clock.now(), app.clock.now() - GUESS_RETENTION_MS);
  console.warn('[tickets] bind refused', { reason });
}

/**
 * Binds the caller to the person with this name and 身份证号 at any organisation.
 * Limits count failures only: per identity, per client address and for everyone (before
 * anything is checked), and per ID number (after a wrong name). The owner's right name and
 * number are never refused for someone else's wrong guesses at that number.
 */
export async function bind(app: TicketsApp, caller: Caller, name: string, idNumber: string): Promise<TicketBindingData> {
  const identity = requireIdentity(caller);
  const attempts = await takeAttempts(app, caller, identity);
  let parsed: { normalized: string };
  try {
    parsed = parseId(idNumber);
  } catch (error) {
    await bindFailed(app, 'invalid-id-number');
    throw error;
  }
  const idHash = app.hashIdNumber(parsed.normalized);
  const person = (await app.store.personsOf(idHash)).find((p) => normalizeName(p.name) === normalizeName(name));
  if (!person) {
    await bindFailed(app, 'mismatch');
    const now = app.clock.now();
    const failures = await app.store.takeAttempt(`bind:id:${idHash}`, now, now - BINDING_WINDOW_MS);
    if (failures.count > BINDING_FAILURE_LIMIT) throw new ApiError('RATE_LIMITED', MESSAGES.rateLimited);
    throw new ApiError('BINDING_MISMATCH', MESSAGES.bindingMismatch);
  }
  await forget(app, attempts);
  await app.store.putBinding(identity, idHash, isoNow(app));
  return { bound: true, name: person.name, maskedIdNumber: person.maskedIdNumber };
}

export async function unbind(app: TicketsApp, caller: Caller): Promise<TicketBindingData> {
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

/** Each ticket shows the person as its own organisation knows them. */
export async function ticketViews(app: TicketsApp, tickets: TicketRecord[], persons: PersonRecord[]): Promise<TicketView[]> {
  const byOrg = new Map(persons.map((p) => [p.orgId, p]));
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
      name: byOrg.get(t.orgId)?.name ?? '',
      maskedIdNumber: byOrg.get(t.orgId)?.maskedIdNumber ?? '',
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

export async function mine(app: TicketsApp, caller: Caller): Promise<TicketsMineData> {
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

async function computeMine(app: TicketsApp, identity: string): Promise<TicketsMineData> {
  const today = app.clock.today();
  const idHash = await app.store.getBinding(identity);
  if (!idHash) return { today, tickets: [] };
  const persons = await app.store.personsOf(idHash);
  if (persons.length === 0) return { today, tickets: [] };
  const tickets = await app.store.ticketsOf(idHash);
  return { today, tickets: await ticketViews(app, tickets, persons) };
}
