/**
 * The notices and holiday arrangements the pages compute from. A launch starts from the set kept
 * in storage (the bundled 2025 documents on the very first run), asks the server once for the
 * published ones (`catalog.rulebook`) and keeps its answer for the next launch, offline included.
 * The server validates what it publishes, so the client checks only that a set builds and answers;
 * one that does not (a broken stored copy, a bad answer) is replaced by the bundled documents.
 */
import {
  BUNDLED_RULEBOOK,
  createRulebook,
  latestNotice,
  upcomingWindows,
  type ActionData,
  type Rulebook,
} from '@skills/shared';
import { callApi } from './api';
import { readStored, removeStored, writeStored } from './storage';
import { currentToday } from './today';

export const RULEBOOK_KEY = 'skills.rulebook';

type RulebookAnswer = ActionData<'catalog', 'rulebook'>;

export interface LaunchedRulebook {
  /** The server's version of the set, or 'bundled'. */
  version: string;
  book: Rulebook;
}

export const BUNDLED: LaunchedRulebook = { version: 'bundled', book: BUNDLED_RULEBOOK };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isArrayOf(value: unknown, item: (entry: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every(item);
}

const isText = (value: unknown): boolean => typeof value === 'string';
const isYear = (value: unknown): boolean => Number.isInteger(value);
const isDate = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The parts of a notice document the registry and the pages index into; the rest is the server's to check. */
function isNoticeDocumentShape(value: unknown): boolean {
  if (!isObject(value) || !isObject(value.notice)) return false;
  const { notice } = value;
  return (
    isText(value.orgId) &&
    isText(value.name) &&
    isText(value.shortName) &&
    isYear(value.version) &&
    isDate(value.effectiveFrom) &&
    isArrayOf(value.coversYears, isYear) &&
    isArrayOf(value.occupations, isObject) &&
    isObject(notice.calendar) &&
    isArrayOf(notice.calendar.rows, isObject) &&
    isArrayOf(notice.offerings, isObject) &&
    isArrayOf(notice.tickets, isObject)
  );
}

function isHolidayShape(value: unknown): boolean {
  return (
    isObject(value) &&
    isYear(value.year) &&
    isArrayOf(value.holidays, (period) => isObject(period) && isDate(period.from) && isDate(period.to)) &&
    isArrayOf(value.makeUpWorkdays, isDate)
  );
}

function isRulebookAnswer(value: unknown): value is RulebookAnswer {
  return (
    isObject(value) &&
    isText(value.version) &&
    isArrayOf(value.notices, isNoticeDocumentShape) &&
    isArrayOf(value.holidays, isHolidayShape)
  );
}

/**
 * The rulebook of a served or stored set, with its version; null when it is malformed, does not
 * build (two versions alike, say) or cannot answer the questions every home page asks of each organisation.
 */
export function buildRulebook(value: unknown, today: string = currentToday()): LaunchedRulebook | null {
  if (!isRulebookAnswer(value) || value.notices.length === 0) return null;
  try {
    const book = createRulebook({ notices: value.notices, holidays: value.holidays });
    for (const org of book.notices.organisations) {
      latestNotice(org.id, book);
      upcomingWindows(org.id, today, 2, book);
    }
    return { version: value.version, book };
  } catch {
    return null;
  }
}

let launched: LaunchedRulebook | null = null;
let pending: Promise<LaunchedRulebook> | null = null;
const listeners = new Set<(next: LaunchedRulebook) => void>();

function storedRulebook(): LaunchedRulebook {
  const stored = readStored<unknown>(RULEBOOK_KEY, null, (value): value is unknown => value !== '');
  if (stored === null) return BUNDLED;
  const built = buildRulebook(stored);
  if (built) return built;
  // A copy that no longer builds would fail every launch: it goes, and the next answer replaces it.
  removeStored(RULEBOOK_KEY);
  return BUNDLED;
}

/** The rulebook now: the last one fetched this launch, else the stored one, else the bundled one. */
export function currentRulebook(): LaunchedRulebook {
  if (!launched) launched = storedRulebook();
  return launched;
}

// Always taken: the server numbers its loads per instance, so equal versions may differ in content.
function adopt(next: LaunchedRulebook): void {
  launched = next;
  for (const listener of listeners) listener(next);
}

/** Calls `listener` whenever a fetched rulebook is adopted; answers the unsubscribe. */
export function onRulebook(listener: (next: LaunchedRulebook) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Asks the server for the published notices once per launch. Offline or on an error the launch
 * keeps what it started from (and asks again on the next call); a served set that does not build
 * gives the bundled documents and is not kept.
 */
export function fetchRulebook(): Promise<LaunchedRulebook> {
  if (!pending) {
    pending = callApi('catalog', 'rulebook', {})
      .then((answer) => {
        const built = buildRulebook(answer);
        if (built) {
          writeStored(RULEBOOK_KEY, answer);
          adopt(built);
        } else {
          removeStored(RULEBOOK_KEY);
          adopt(BUNDLED);
        }
        return currentRulebook();
      })
      .catch(() => {
        pending = null;
        return currentRulebook();
      });
  }
  return pending;
}
