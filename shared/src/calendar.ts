/**
 * The application-window tables (申报时间 → 评价时间). A year the organisation's notices do
 * not cover repeats the table of the notice in effect for that year, marked `estimated`.
 */
import { addDays, daysInMonth, parseDate } from './dates';
import { RulesError } from './errors';
import { noticeFor } from './organisations';
import { BUNDLED_RULEBOOK, type Rulebook } from './rulebook';
import type { ApplicationWindow, Calendar, CalendarRow, IsoDate, OrgNotice } from './types';

function shiftYear(date: IsoDate, year: number): IsoDate {
  const { month, day } = parseDate(date);
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`;
}

function shiftMonth(month: string, years: number): string {
  const [y, m] = month.split('-');
  return `${Number(y) + years}-${m}`;
}

/** A notice's table moved to `year` (as printed for the notice's own year). */
function tableIn({ notice, estimated }: { notice: OrgNotice; estimated: boolean }, year: number): ApplicationWindow[] {
  const offset = year - notice.calendar.year;
  return notice.calendar.rows.map((row) => ({
    opens: offset === 0 ? row.opens : shiftYear(row.opens, year),
    closes: offset === 0 ? row.closes : shiftYear(row.closes, year),
    assessmentMonth: shiftMonth(row.assessmentMonth, offset),
    estimated,
  }));
}

/**
 * The rows of the table in effect on 1月1日 of `year`, marked `estimated` when carried over from
 * a notice that does not cover that year.
 * @example windowsForYear('sjtu', 2025)[0] // { opens: '2025-01-01', closes: '2025-02-15', assessmentMonth: '2025-03', estimated: false }
 */
export function windowsForYear(orgId: string, year: number, rules: Rulebook = BUNDLED_RULEBOOK): ApplicationWindow[] {
  return tableIn(noticeFor(orgId, `${year}-01-01`, rules), year);
}

/**
 * The application window that contains `date`, and the month it leads to.
 *
 * @throws RulesError `UNKNOWN_ORG`, or `INVALID_INPUT` for a bad date.
 * @example applicationWindow('sjtu', '2025-02-15') // { opens: '2025-01-01', closes: '2025-02-15', assessmentMonth: '2025-03', estimated: false }
 * @example applicationWindow('kupasi', '2025-12-01') // { opens: '2025-11-16', closes: '2025-12-31', assessmentMonth: '2026-01', estimated: false }
 * @example applicationWindow('sjtu', '2026-03-01').estimated // true (no 2026 notice yet)
 */
export function applicationWindow(orgId: string, date: IsoDate, rules: Rulebook = BUNDLED_RULEBOOK): ApplicationWindow {
  const { year } = parseDate(date);
  // The table of the notice in effect on that day, so a revision from mid-year applies from its date.
  const rows = tableIn(noticeFor(orgId, date, rules), year);
  const found = rows.find((row) => row.opens <= date && date <= row.closes);
  // The tables cover 1月1日 to 12月31日 without gaps, so a row is always found.
  if (!found) throw new Error(`calendar table of ${orgId} for ${year} has a gap at ${date}`);
  return found;
}

/**
 * The window open on `date` followed by the next ones, `count` in all (1-24).
 *
 * @example upcomingWindows('sjtu', '2025-11-20', 2).map((w) => w.assessmentMonth) // ['2026-01', '2026-03']
 */
export function upcomingWindows(
  orgId: string,
  date: IsoDate,
  count: number,
  rules: Rulebook = BUNDLED_RULEBOOK,
): ApplicationWindow[] {
  if (!Number.isInteger(count) || count < 1 || count > 24) {
    throw new RulesError('INVALID_INPUT', `窗口数量应为1到24之间的整数，收到“${String(count)}”`);
  }
  const result: ApplicationWindow[] = [];
  let current = applicationWindow(orgId, date, rules);
  result.push(current);
  while (result.length < count) {
    current = applicationWindow(orgId, addDays(current.closes, 1), rules);
    result.push(current);
  }
  return result;
}

/** A month of the year the table leads to no assessment, and the row whose month comes after it. */
export interface MonthWithoutAssessment {
  /** 1-12 */
  month: number;
  next: CalendarRow;
}

/**
 * The months no row of the table leads to, each with the row whose month follows it (the table
 * repeats yearly, so after 12月 comes 1月), so a page can say where an applicant for that month goes.
 * @example monthsWithoutAssessment({ rows: [{ opens: '2027-01-01', closes: '2027-02-15', assessmentMonth: '2027-03' }, { opens: '2027-02-16', closes: '2027-12-31', assessmentMonth: '2028-01' }] }).map((m) => m.month) // [2, 4, 5, 6, 7, 8, 9, 10, 11, 12]
 */
export function monthsWithoutAssessment(calendar: Pick<Calendar, 'rows'>): MonthWithoutAssessment[] {
  const byMonth = new Map(calendar.rows.map((row) => [Number(row.assessmentMonth.slice(5, 7)), row] as const));
  if (byMonth.size === 0) return [];
  const found: MonthWithoutAssessment[] = [];
  for (let month = 1; month <= 12; month += 1) {
    if (byMonth.has(month)) continue;
    let after = month % 12 + 1;
    while (!byMonth.has(after)) after = after % 12 + 1;
    found.push({ month, next: byMonth.get(after) as CalendarRow });
  }
  return found;
}
