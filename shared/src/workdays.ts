/**
 * Working days (工作日) per the State Council's arrangements in a rulebook (default: those in
 * `data/holidays.ts`).
 * A year without a published arrangement is estimated from the statutory holidays of
 * 《全国年节及纪念日放假办法》 (holidayEstimate.ts), or by weekends alone before those rules
 * or past the lunar table, and always marked `estimated: true`, never silently.
 */
import { estimatedDaysOff } from './holidayEstimate';
import { addDays, assertDate, dayOfWeek, yearOf } from './dates';
import { RulesError } from './errors';
import { BUNDLED_RULEBOOK, type Rulebook } from './rulebook';
import type { Dated, IsoDate } from './types';

/** Estimated days off per year, built on first use (a pure cache: same year, same answer). */
const ESTIMATES = new Map<number, Set<IsoDate> | null>();

function estimateFor(year: number): Set<IsoDate> | null {
  if (!ESTIMATES.has(year)) ESTIMATES.set(year, estimatedDaysOff(year));
  return ESTIMATES.get(year) ?? null;
}

/** Years that have a published arrangement. @example arrangedYears() // [2025, 2026] */
export function arrangedYears(rules: Rulebook = BUNDLED_RULEBOOK): number[] {
  return [...rules.holidays.tables.keys()].sort((a, b) => a - b);
}

/** True when the State Council's arrangement for that year is encoded. @example hasArrangement(2027) // false */
export function hasArrangement(year: number, rules: Rulebook = BUNDLED_RULEBOOK): boolean {
  return rules.holidays.tables.has(year);
}

/**
 * Whether a date is a working day. Make-up Saturdays and Sundays are working days;
 * holidays are not. `estimated` when the year has no published arrangement.
 *
 * @example isWorkday('2025-09-28') // { workday: true, estimated: false } (国庆调休上班)
 * @example isWorkday('2025-10-08') // { workday: false, estimated: false }
 * @example isWorkday('2027-03-01') // { workday: true, estimated: true }
 * @example isWorkday('2027-01-01') // { workday: false, estimated: true } (元旦, estimated from the statutory holidays)
 */
export function isWorkday(date: IsoDate, rules: Rulebook = BUNDLED_RULEBOOK): { workday: boolean; estimated: boolean } {
  assertDate(date);
  const table = rules.holidays.tables.get(yearOf(date));
  const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
  if (!table) return { workday: !weekend && !estimateFor(yearOf(date))?.has(date), estimated: true };
  if (table.makeUp.has(date)) return { workday: true, estimated: false };
  if (table.daysOff.has(date)) return { workday: false, estimated: false };
  return { workday: !weekend, estimated: false };
}

/** Far enough for any notice's rule (30 working days) with a wide margin; stops runaway loops. */
const MAX_WORKDAYS = 3650;

/**
 * The n-th working day after (n > 0) or before (n < 0) `date`, not counting `date` itself.
 * `estimated` when any day stepped over lies in a year without a published arrangement.
 *
 * @throws RulesError `INVALID_INPUT` for a bad date, or n that is 0, not an integer or too large.
 * @example addWorkdays('2025-09-30', 1) // { date: '2025-10-09', estimated: false }
 * @example addWorkdays('2025-10-09', -5) // { date: '2025-09-25', estimated: false } (9月28日调休上班)
 */
export function addWorkdays(date: IsoDate, n: number, rules: Rulebook = BUNDLED_RULEBOOK): Dated {
  assertDate(date);
  if (!Number.isInteger(n) || n === 0 || Math.abs(n) > MAX_WORKDAYS) {
    throw new RulesError('INVALID_INPUT', `工作日数应为非零整数且不超过${MAX_WORKDAYS}，收到“${String(n)}”`);
  }
  const step = n > 0 ? 1 : -1;
  let remaining = Math.abs(n);
  let current = date;
  let estimated = false;
  while (remaining > 0) {
    current = addDays(current, step);
    const answer = isWorkday(current, rules);
    estimated = estimated || answer.estimated;
    if (answer.workday) remaining -= 1;
  }
  return { date: current, estimated };
}
