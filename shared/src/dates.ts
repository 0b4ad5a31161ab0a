/**
 * Calendar dates as `'YYYY-MM-DD'` strings and integer day numbers.
 *
 * All arithmetic goes through `Date.UTC` and the `getUTC*` readers, so no answer
 * depends on the machine's time zone. No function here reads the clock.
 */
import { RulesError } from './errors';
import type { IsoDate, IsoMonth } from './types';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A parsed date. `month` is 1-12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Number of days in a month (1-12) of a year, by the Gregorian calendar. @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a strict `'YYYY-MM-DD'` string.
 *
 * @throws RulesError `INVALID_INPUT` for a malformed or impossible date.
 * @example parseDate('2025-02-28') // { year: 2025, month: 2, day: 28 }
 * @example parseDate('2025-02-29') // throws: 日期“2025-02-29”不存在
 */
export function parseDate(value: unknown, what = '日期'): DateParts {
  if (typeof value !== 'string') {
    throw new RulesError('INVALID_INPUT', `${what}缺失或不是文字，应为“YYYY-MM-DD”格式，例如 2025-03-01`);
  }
  const match = ISO_DATE.exec(value);
  if (!match) {
    throw new RulesError('INVALID_INPUT', `${what}“${value}”格式不正确，应为“YYYY-MM-DD”，例如 2025-03-01`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2999) {
    throw new RulesError('INVALID_INPUT', `${what}“${value}”的年份超出可受理范围（1900-2999）`);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RulesError('INVALID_INPUT', `${what}“${value}”不存在，请检查月份和日期`);
  }
  return { year, month, day };
}

/** Validates a date string and returns it unchanged. @example assertDate('2025-03-01') // '2025-03-01' */
export function assertDate(value: unknown, what = '日期'): IsoDate {
  parseDate(value, what);
  return value as IsoDate;
}

/** True when the value is a real `'YYYY-MM-DD'` date. @example isValidDate('2025-02-29') // false */
export function isValidDate(value: unknown): value is IsoDate {
  try {
    parseDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Formats parts as `'YYYY-MM-DD'`. @example formatDate({ year: 2025, month: 3, day: 1 }) // '2025-03-01' */
export function formatDate(parts: DateParts): IsoDate {
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (UTC day number). @example toDayNumber('1970-01-02') // 1 */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The date of a day number. @example fromDayNumber(1) // '1970-01-02' */
export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Adds (or with a negative n, subtracts) calendar days. @example addDays('2025-02-28', 1) // '2025-03-01' */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Whole days from `a` to `b` (positive when b is later). @example daysBetween('2025-01-01', '2025-01-31') // 30 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * Adds (or subtracts) whole months to a `'YYYY-MM'` month.
 * @example addMonthsToMonth('2026-11', 2) // '2027-01'
 */
export function addMonthsToMonth(month: IsoMonth, n: number): IsoMonth {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. @example dayOfWeek('2025-09-28') // 0 */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/**
 * The same calendar date `n` years later (or earlier).
 *
 * Where that year has no corresponding day (2月29日 in a common year), the period ends
 * on the last day of the month, 2月28日: 《民法典》第二百零二条 “没有对应日的，月末日为期间的最后一日”.
 *
 * @example addYears('2024-02-29', 1) // '2025-02-28'
 * @example addYears('2025-03-01', 2) // '2027-03-01'
 */
export function addYears(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseDate(date);
  const targetYear = year + n;
  return formatDate({ year: targetYear, month, day: Math.min(day, daysInMonth(targetYear, month)) });
}

/** Adds calendar months; a missing day becomes the month end. @example addMonths('2025-01-31', 1) // '2025-02-28' */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseDate(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** The year of a date. @example yearOf('2025-10-09') // 2025 */
export function yearOf(date: IsoDate): number {
  return parseDate(date).year;
}

/** The earlier of two dates. @example minDate('2025-01-02', '2025-01-01') // '2025-01-01' */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The later of two dates. @example maxDate('2025-01-02', '2025-01-01') // '2025-01-02' */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Chinese form of a date. @example formatChineseDate('2025-03-01') // '2025年3月1日' */
export function formatChineseDate(date: IsoDate): string {
  const { year, month, day } = parseDate(date);
  return `${year}年${month}月${day}日`;
}
