/**
 * Days off of a year without a State Council arrangement, estimated from the statutory
 * holidays (data/statutoryHolidays.ts) and the lunar and solar-term dates (data/festivals.ts).
 * A holiday day on a Saturday or Sunday is made up on the first working day after its holiday
 * that is not itself a holiday (第六条; the arrangements in data/holidays.ts place it there too).
 */
import { FESTIVAL_DATES } from './data/festivals';
import { STATUTORY_FROM_YEAR, STATUTORY_HOLIDAYS, type StatutoryDay } from './data/statutoryHolidays';
import { addDays, dayOfWeek } from './dates';
import type { IsoDate } from './types';

const FESTIVAL_COLUMNS = { chuxi: 1, qingming: 2, duanwu: 3, zhongqiu: 4 } as const;
const FESTIVALS_BY_YEAR = new Map(FESTIVAL_DATES.map((row) => [row[0], row] as const));

export interface EstimatedHoliday {
  name: string;
  /** The statutory days, in order. */
  days: IsoDate[];
  /** Working days given in place of statutory days that fell on a Saturday or Sunday. */
  makeUp: IsoDate[];
}

function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

function resolveDay(year: number, day: StatutoryDay): IsoDate {
  if (day.kind === 'fixed') return `${year}-${day.monthDay}`;
  const row = FESTIVALS_BY_YEAR.get(year);
  // Callers check canEstimate first; a missing row is a programming error.
  if (!row) throw new Error(`no festival dates for ${year}`);
  return addDays(`${year}-${row[FESTIVAL_COLUMNS[day.festival]]}`, day.offset);
}

/** True when the statutory rules govern `year` and its lunar dates are tabled. @example canEstimate(2027) // true */
export function canEstimate(year: number): boolean {
  return year >= STATUTORY_FROM_YEAR && FESTIVALS_BY_YEAR.has(year);
}

/**
 * The statutory holidays of `year` with their make-up days, or null when the rules or the
 * table do not reach it.
 * @example estimatedHolidays(2027)?.[0] // { name: '元旦', days: ['2027-01-01'], makeUp: [] }
 * @example estimatedHolidays(2027)?.[1]
 *   // { name: '春节', days: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], makeUp: ['2027-02-09', '2027-02-10'] }
 */
export function estimatedHolidays(year: number): EstimatedHoliday[] | null {
  if (!canEstimate(year)) return null;
  const holidays = STATUTORY_HOLIDAYS.map((holiday) => ({
    name: holiday.name,
    days: holiday.days.map((day) => resolveDay(year, day)),
  }));
  const taken = new Set(holidays.flatMap((holiday) => holiday.days));
  return holidays.map((holiday) => {
    const makeUp: IsoDate[] = [];
    // A day shared with another holiday (中秋 within 国庆) is made up once, by the later holiday.
    const owed = holiday.days.filter((day) => isWeekend(day) && !laterHolidayHas(holidays, holiday.name, day)).length;
    let cursor = holiday.days[holiday.days.length - 1];
    while (makeUp.length < owed) {
      cursor = addDays(cursor, 1);
      if (!isWeekend(cursor) && !taken.has(cursor)) {
        makeUp.push(cursor);
        taken.add(cursor);
      }
    }
    return { ...holiday, makeUp };
  });
}

function laterHolidayHas(holidays: { name: string; days: IsoDate[] }[], name: string, day: IsoDate): boolean {
  const index = holidays.findIndex((holiday) => holiday.name === name);
  return holidays.slice(index + 1).some((holiday) => holiday.days.includes(day));
}

/** Every estimated day off of `year` (statutory days and make-up days), or null. */
export function estimatedDaysOff(year: number): Set<IsoDate> | null {
  const holidays = estimatedHolidays(year);
  return holidays ? new Set(holidays.flatMap((holiday) => [...holiday.days, ...holiday.makeUp])) : null;
}
