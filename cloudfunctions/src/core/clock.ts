/**
 * The server's sense of "today": China's calendar date, whatever the machine's zone
 * (the rules module's `chinaDateOf`), or a fixed date from the configuration.
 */
import { chinaDateOf, isValidDate, type IsoDate } from '@skills/shared';

export interface Clock {
  /** Today in China's calendar, `'YYYY-MM-DD'`. */
  today(): IsoDate;
  /** Milliseconds since the epoch (for expiry, rate limits, timestamps). */
  now(): number;
}

/**
 * The system clock, or a fixed "today" (the local runner's `SKILLS_TODAY`, tests).
 * A fixed today still lets time pass for expiry and rate limits.
 */
export function createClock(options: { fixedToday?: string; now?: () => number } = {}): Clock {
  const now = options.now ?? (() => Date.now());
  const fixed = options.fixedToday;
  if (fixed !== undefined && !isValidDate(fixed)) {
    throw new Error(`SKILLS_TODAY must be a real date written YYYY-MM-DD, got "${fixed}"`);
  }
  return {
    today: () => fixed ?? chinaDateOf(now()),
    now,
  };
}
