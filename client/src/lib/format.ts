/** Display formatting only (no rules): dates, months, sizes and money in Chinese. Date arithmetic is the rules module's. */
import { dayOfWeek, formatChineseDate, isValidDate } from '@skills/shared';

/** '2026-09-01' → '2026年9月1日' */
export function chineseDate(date: string): string {
  return isValidDate(date) ? formatChineseDate(date) : date;
}

/** '2027-01' → '2027年1月' */
export function chineseMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return `${match[1]}年${Number(match[2])}月`;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** '2026-09-01' → '周二' (the date's own weekday, independent of the device's time zone). */
export function chineseWeekday(date: string): string {
  return `周${WEEKDAYS[dayOfWeek(date)]}`;
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function yuan(amount: number): string {
  return `${amount} 元`;
}
