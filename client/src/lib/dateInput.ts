import { daysInMonth } from '@skills/shared';

/** Full-width digits and punctuation (２０１５／９／１) as their ASCII forms; spaces at the ends dropped. */
function typed(text: string): string {
  return text.normalize('NFKC').trim();
}

/**
 * Reads a date as people type it: 2015-09-01, 2015/9/1, 2015.9.1, 20150901, 2015年9月1日.
 * Full-width forms count as their ASCII ones. Returns 'YYYY-MM-DD' for a real calendar date, or null.
 */
export function normalizeDateInput(text: string): string | null {
  const trimmed = typed(text);
  let match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(trimmed);
  if (!match) match = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Like `normalizeDateInput`, but also takes a year and month alone (2018-03, 2018年3月,
 * 201803), which is how most people remember when a job began or a certificate came.
 * A month alone counts from its 1st day; the form says so beside the field.
 */
export function normalizeMonthOrDateInput(text: string): string | null {
  const full = normalizeDateInput(text);
  if (full) return full;
  const trimmed = typed(text);
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(trimmed) ?? /^(\d{4})(\d{2})$/.exec(trimmed);
  if (!match) return null;
  return normalizeDateInput(`${match[1]}-${match[2]}-1`);
}
