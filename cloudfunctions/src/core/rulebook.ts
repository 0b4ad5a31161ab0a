/**
 * The rulebook every function answers from: the bundled notices plus the published ones, the
 * bundled holiday arrangements with the loaded years in place; one per store, read again when the
 * store's version token changes (a publish, a withdrawal, a loaded holiday year). Kept apart from
 * publishing (notices.ts), which only the admin function needs.
 */
import { BUNDLED_NOTICES, BUNDLED_RULEBOOK, HOLIDAY_ARRANGEMENTS, createRulebook, type HolidayArrangement, type NoticeDocument, type Rulebook } from '@skills/shared';
import type { HolidayRecord, MetaPort, NoticePort, NoticeRecord } from '../ports';
import type { AppWith } from './app';
import * as rules from './rules';

type RulebookApp = AppWith<NoticePort & MetaPort>;

/** Changed on every publish, withdrawal and holiday load, so each instance knows when to read them again. */
const VERSION_KEY = 'notices:version';
/** How long an instance answers from the notices it read before it asks whether they changed (one request). */
export const RULEBOOK_CHECK_MS = 10_000;

interface Installed {
  /** The store's version token when read; undefined: read without it (first call), so the next check reloads. */
  token: string | null | undefined;
  version: string;
  book: Rulebook;
  checkedAt: number;
}

const installed = new WeakMap<object, Installed>();
/** Numbers each load, so two stores' rulebooks in one process never share a memo key. */
let loads = 0;

/** The bundled arrangements with each loaded year in place of the bundled one of that year. */
export function withLoadedHolidays(loaded: readonly HolidayRecord[]): HolidayArrangement[] {
  const years = new Set(loaded.map((h) => h.year));
  return [...HOLIDAY_ARRANGEMENTS.filter((a) => !years.has(a.year)), ...loaded.map((h) => h.arrangement)].sort((a, b) => a.year - b.year);
}

/**
 * The bundled documents and the published ones, the bundled holiday arrangements and the loaded
 * ones; a stored set that does not build leaves the bundled ones.
 */
function build(published: NoticeRecord[], holidays: HolidayRecord[], token: string | null | undefined): Omit<Installed, 'checkedAt'> {
  const notices = [...BUNDLED_NOTICES, ...published.map((n) => n.document)];
  try {
    return { token, version: `published:${String((loads += 1))}`, book: createRulebook({ notices, holidays: withLoadedHolidays(holidays) }) };
  } catch (error) {
    console.error('[notices] published notices do not build a rulebook; answering from the bundled ones', {
      error: error instanceof Error ? error.message : typeof error,
    });
    return { token, version: 'bundled', book: BUNDLED_RULEBOOK };
  }
}

async function load(app: RulebookApp, token: string | null | undefined, now: number): Promise<Installed> {
  const [published, holidays] = await Promise.all([app.store.publishedNotices(), app.store.holidayArrangements()]);
  const entry = { ...build(published, holidays, token), checkedAt: now };
  installed.set(app.store, entry);
  return entry;
}

/**
 * Makes the store's published notices the rules' rulebook for this call. A cold instance reads the
 * notices (one request); afterwards it asks for the version token at most every RULEBOOK_CHECK_MS
 * (one request) and reads the notices again only when the token changed.
 */
export async function installRulebook(app: RulebookApp): Promise<void> {
  const now = Date.now();
  let entry = installed.get(app.store);
  if (!entry) {
    entry = await load(app, undefined, now);
  } else if (now - entry.checkedAt >= RULEBOOK_CHECK_MS) {
    const token = await app.store.getMeta(VERSION_KEY);
    if (token !== entry.token) entry = await load(app, token, now);
    else entry.checkedAt = now;
  }
  rules.useRulebook(entry.version, entry.book);
}

/** Tells every instance the notices or holidays changed: they read them again at their next check. */
export async function announceChange(store: MetaPort, token: string): Promise<void> {
  await store.setMeta(VERSION_KEY, token);
}

/** What the client fetches once per launch: every notice in force and the holiday arrangements. */
export function rulebookData(): { version: string; notices: NoticeDocument[]; holidays: HolidayArrangement[] } {
  const { version, book } = rules.rulebook();
  return { version, notices: [...book.notices.documents.values()].flat(), holidays: [...book.holidays.arrangements] };
}

/** After this instance's own change: read again at once under the new token, and answer from it. */
export async function reload(app: RulebookApp, token: string): Promise<void> {
  const entry = await load(app, token, Date.now());
  rules.useRulebook(entry.version, entry.book);
}
