/**
 * Chinese resident identity numbers (公民身份号码) per GB 11643-1999: 6 region digits,
 * 8 birth-date digits, 3 sequence digits and a check character (ISO 7064 MOD 11-2).
 */
import { formatDate, isValidDate } from './dates';
import { RulesError } from './errors';
import type { IsoDate } from './types';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
/**
 * Province-level codes of GB/T 2260 (first two digits), plus 71 台湾, 81 香港, 82 澳门 and
 * 83 (台湾居民居住证) used by residence permits that share this number format.
 */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
  71, 81, 82, 83,
]);

/** Full-width digits and Ｘ/ｘ to ASCII, spaces removed at both ends, x upper-cased. */
function normalize(raw: string): string {
  return raw
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\uFF38\uFF58x]/g, 'X');
}

/** The check character for the first 17 digits. @example idCheckCharacter('11010519491231002') // 'X' */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/**
 * Validates an 18-character resident ID number and reads its birth date.
 * Accepts lower-case x, full-width digits and surrounding spaces.
 *
 * @throws RulesError `INVALID_INPUT` with a precise Chinese message (length, characters, region,
 *   birth date, check character).
 * @example parseIdNumber(' 11010519491231002x ') // { birthDate: '1949-12-31', normalized: '11010519491231002X' }
 */
export function parseIdNumber(id: string): { birthDate: IsoDate; normalized: string } {
  if (typeof id !== 'string') throw new RulesError('INVALID_INPUT', '身份证号码缺失');
  const normalized = normalize(id);
  if (normalized.length !== 18) {
    throw new RulesError('INVALID_INPUT', `身份证号码应为18位，当前为${normalized.length}位`);
  }
  if (!/^\d{17}[\dX]$/.test(normalized)) {
    throw new RulesError('INVALID_INPUT', '身份证号码前17位应为数字，最后一位应为数字或X');
  }
  if (!PROVINCE_CODES.has(Number(normalized.slice(0, 2)))) {
    throw new RulesError('INVALID_INPUT', `身份证号码前两位“${normalized.slice(0, 2)}”不是有效的省级行政区划代码`);
  }
  const birthDate = formatDate({
    year: Number(normalized.slice(6, 10)),
    month: Number(normalized.slice(10, 12)),
    day: Number(normalized.slice(12, 14)),
  });
  if (!isValidDate(birthDate)) {
    throw new RulesError('INVALID_INPUT', `身份证号码中的出生日期“${normalized.slice(6, 14)}”不存在`);
  }
  const expected = idCheckCharacter(normalized.slice(0, 17));
  if (normalized[17] !== expected) {
    throw new RulesError('INVALID_INPUT', '身份证号码校验位不正确，请核对是否输错');
  }
  return { birthDate, normalized };
}

/**
 * Masks an ID number for display: the first 4 and last 4 characters stay visible.
 * The number is validated first, so a mistyped number is never shown as if it were real.
 *
 * @throws RulesError `INVALID_INPUT` as `parseIdNumber`.
 * @example maskIdNumber('11010519491231002x') // '1101**********002X'
 */
export function maskIdNumber(id: string): string {
  return maskIdText(parseIdNumber(id).normalized);
}

/**
 * The mask itself, for text already checked or that will not pass a check (a preview
 * shows a wrong number masked too): first 4 and last 4 characters, a star for each one
 * between; 8 characters or fewer are hidden whole.
 * @example maskIdText('11010519491231002X') // '1101**********002X'
 * @example maskIdText('3101011990') // '3101**1990'
 * @example maskIdText('12345') // '****'
 */
export function maskIdText(text: string): string {
  return text.length > 8 ? `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}` : '****';
}
