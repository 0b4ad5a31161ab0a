/**
 * From one raw spreadsheet cell to the text an import sees: trimmed, spaces of
 * every kind made ordinary, full-width digits and letters made half-width, and
 * dates in date columns written YYYY-MM-DD.
 */

/** A cell as the readers hand it over, before any column-specific treatment. */
export type RawCell =
  | null
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; numFmt?: string }
  | { kind: 'date'; date: Date }
  | { kind: 'boolean'; value: boolean };

/** How a column's cells are treated. */
export type ColumnTreatment = 'plain' | 'date' | 'identifier';

const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
/** Full-width －／． that offices type between the parts of a date. */
const FULL_WIDTH_DATE_SEPARATORS = /[－／．]/g;

/**
 * The half-width form of a full-width character, by Unicode's compatibility mapping.
 * Applied only to the characters matched above: NFKC over a whole cell would also turn
 * （） into () and change ①, ㈠ and compatibility ideographs in names.
 */
const halfWidth = (char: string): string => char.normalize('NFKC');
/** Anything normaliseText would change: odd spaces, invisible or full-width characters, or white space at either end. */
const NEEDS_NORMALISING = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]|^\s|\s$/;

/**
 * Trim, turn non-breaking and ideographic spaces into ordinary ones, drop
 * zero-width characters, and make full-width digits and letters half-width.
 * Other full-width characters (（） in occupation names) are left alone.
 *
 * @example normaliseText(' ３１０１０１\u00a0') === '310101'
 */
export function normaliseText(text: string): string {
  // Most cells need nothing: one test instead of four replacements keeps 100,000-row files quick.
  if (!NEEDS_NORMALISING.test(text)) return text;
  return text
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ')
    .replace(FULL_WIDTH_ALNUM, halfWidth)
    .trim();
}

/**
 * 身份证号 and 准考证号: no spaces anywhere, a typed leading apostrophe
 * (Excel's "keep as text" mark, kept literally in CSV) dropped, x upper-cased.
 */
function normaliseIdentifier(text: string): string {
  return normaliseText(text).replace(/\s+/g, '').replace(/^'/, '').replace(/x$/, 'X');
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day 0 of Excel's 1900 date system for every serial from 61 on. */
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1904-01-01, day 0 of the 1904 date system (old Mac workbooks). */
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31 in the 1900 system, Excel's last date. */
const LAST_EXCEL_SERIAL = 2_958_465;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * An Excel date serial as YYYY-MM-DD, the time of day dropped.
 * Excel's 1900 system counts the non-existent 1900-02-29 as serial 60 (a bug
 * kept from Lotus 1-2-3), so serials below 61 are one day off from day 0 = 1899-12-30.
 * Answers undefined for serials that are no date (≤ 0, beyond 9999-12-31, serial 60).
 *
 * @example excelSerialToDate(46361) === '2026-12-05'
 */
export function excelSerialToDate(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // Round to the second first: 46361 may arrive as 46360.99999999999.
  const days = Math.floor(Math.round(serial * 86_400) / 86_400);
  if (date1904) {
    if (days < 0 || days > LAST_EXCEL_SERIAL - 1462) return undefined;
    return formatUtcDate(new Date(EXCEL_EPOCH_1904 + days * MS_PER_DAY));
  }
  if (days < 1 || days > LAST_EXCEL_SERIAL || days === 60) return undefined;
  const dayZero = days < 60 ? Date.UTC(1899, 11, 31) : EXCEL_EPOCH_1900;
  return formatUtcDate(new Date(dayZero + days * MS_PER_DAY));
}

/** exceljs builds dates in UTC: read them back with UTC getters, never local time. */
function formatUtcDate(date: Date): string {
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

const TYPED_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A date typed as text, in the forms offices write, as YYYY-MM-DD; anything
 * else (including impossible dates such as 2026-02-30) comes back unchanged
 * so that validation reports it.
 *
 * @example parseTypedDate('2026年12月5日') === '2026-12-05'
 */
export function parseTypedDate(text: string): string {
  const unified = normaliseText(text).replace(FULL_WIDTH_DATE_SEPARATORS, halfWidth);
  const match = TYPED_DATE.exec(unified) ?? COMPACT_DATE.exec(unified);
  if (!match) return unified;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? isoDate(year, month, day) : unified;
}

/**
 * A number as the sheet shows it in a text column: integers in full (an
 * 18-digit 身份证号 stored as a number has already lost its last digits in
 * Excel; it comes out as those digits so validation flags it), zero-padded
 * when the cell's format is all zeros (000123), floating noise removed.
 */
function numberText(value: number, numFmt?: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) {
    // String() gives the shortest digits that round-trip (what Excel shows), without an exponent below 1e21.
    const digits = Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
    const zeroPad = numFmt && /^0+$/.test(numFmt) ? numFmt.length : 0;
    return value >= 0 ? digits.padStart(zeroPad, '0') : digits;
  }
  return String(Number(value.toPrecision(15)));
}

/** A date cell outside date columns: a time of day (考试时间 09:00) or a date, with its time if any. */
function dateCellText(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 60_000) * 60_000);
  const time = `${pad(rounded.getUTCHours(), 2)}:${pad(rounded.getUTCMinutes(), 2)}`;
  const isTimeOnly = rounded.getTime() >= EXCEL_EPOCH_1900 && rounded.getTime() < EXCEL_EPOCH_1900 + MS_PER_DAY;
  if (isTimeOnly) return time;
  return time === '00:00' ? formatUtcDate(rounded) : `${formatUtcDate(rounded)} ${time}`;
}

/** One cell's text for a column of the given treatment. */
export function cellText(cell: RawCell, treatment: ColumnTreatment, date1904 = false): string {
  if (cell === null) return '';
  switch (cell.kind) {
    case 'text':
      if (treatment === 'date') return parseTypedDate(cell.text);
      return treatment === 'identifier' ? normaliseIdentifier(cell.text) : normaliseText(cell.text);
    case 'number':
      if (treatment === 'date') return excelSerialToDate(cell.value, date1904) ?? numberText(cell.value);
      return numberText(cell.value, cell.numFmt);
    case 'date':
      if (treatment === 'date') return formatUtcDate(new Date(Math.round(cell.date.getTime() / 1000) * 1000));
      return dateCellText(cell.date);
    case 'boolean':
      return cell.value ? '是' : '否';
  }
}
