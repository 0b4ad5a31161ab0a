/** Display formatting only (no rules): dates, months, sizes and money in Chinese. */

/** '2026-09-01' → '2026年9月1日' */
export function chineseDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
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
  const [y, m, d] = date.split('-').map(Number);
  return `周${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysFromTo(from: string, to: string): number {
  const toUtc = (value: string) => {
    const [y, m, d] = value.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86400000);
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function yuan(amount: number): string {
  return `${amount} 元`;
}
