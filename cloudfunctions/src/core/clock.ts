/**
 * The server's sense of "today": China's calendar date, whatever the machine's zone.
 * China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
 */
import type { IsoDate } from '@skills/shared';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Clock {
  /** Today in China's calendar, `'YYYY-MM-DD'`. */
  today(): IsoDate;
  /** Milliseconds since the epoch (for expiry, rate limits, timestamps). */
  now(): number;
}

/** China's calendar date at an instant: `chinaDate(Date.UTC(2026, 0, 1, 16)) === '2026-01-02'`. */
export function chinaDate(epochMs: number): IsoDate {
  // getUTC* on a shifted instant never consults the machine's zone.
  const shifted = new Date(epochMs + CHINA_OFFSET_MS);
  const y = shifted.getUTCFullYear();
  const m = String(shifted.getUTCMonth() + 1).padStart(2, '0');
  const d = String(shifted.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** True for a real calendar date written `'YYYY-MM-DD'`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The system clock, or a fixed "today" (the local runner's `SKILLS_TODAY`, tests).
 * A fixed today still lets time pass for expiry and rate limits.
 */
export function createClock(options: { fixedToday?: string; now?: () => number } = {}): Clock {
  const now = options.now ?? (() => Date.now());
  const fixed = options.fixedToday;
  if (fixed !== undefined && !isIsoDate(fixed)) {
    throw new Error(`SKILLS_TODAY must be a real date written YYYY-MM-DD, got "${fixed}"`);
  }
  return {
    today: () => fixed ?? chinaDate(now()),
    now,
  };
}

/** `addDays('2026-02-28', 1) === '2026-03-01'`, calendar arithmetic in UTC so no zone leaks in. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  return chinaDate(Date.UTC(y, m - 1, d + days) - CHINA_OFFSET_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** `addMonths('2026-11', 2) === '2027-01'`. */
export function addMonths(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
