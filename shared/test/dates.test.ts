import {
  addDays,
  addMonths,
  addMonthsToMonth,
  addYears,
  dayOfWeek,
  daysBetween,
  formatChineseDate,
  fromDayNumber,
  isValidDate,
  parseDate,
  RulesError,
  toDayNumber,
} from '../src';

describe('parseDate', () => {
  it.each(['2025-03-01', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(isValidDate(value)).toBe(true);
  });

  it.each([
    ['2025-02-29', '不存在'],
    ['1900-02-29', '不存在'],
    ['2025-13-01', '不存在'],
    ['2025-04-31', '不存在'],
    ['2025-00-10', '不存在'],
    ['2025-3-1', '格式不正确'],
    ['2025/03/01', '格式不正确'],
    [' 2025-03-01', '格式不正确'],
    ['2025-03-01T00:00:00Z', '格式不正确'],
    ['', '格式不正确'],
    ['0999-01-01', '超出'],
  ])('rejects %s (%s) with INVALID_INPUT', (value, words) => {
    expect(isValidDate(value)).toBe(false);
    expect(() => parseDate(value)).toThrow(RulesError);
    try {
      parseDate(value);
    } catch (error) {
      expect((error as RulesError).code).toBe('INVALID_INPUT');
      expect((error as RulesError).message).toContain(words);
    }
  });

  it.each([undefined, null, 20250301, {}])('rejects a non-string %p', (value) => {
    expect(() => parseDate(value)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('day numbers and arithmetic', () => {
  it('round-trips day numbers across years', () => {
    for (let day = toDayNumber('2023-12-25'); day < toDayNumber('2028-01-10'); day += 1) {
      expect(toDayNumber(fromDayNumber(day))).toBe(day);
    }
  });

  it.each([
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-01-01', -365, '2024-01-02'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-31', '2025-01-01')).toBe(-30);
  });

  it.each([
    ['2025-09-28', 0],
    ['2025-10-11', 6],
    ['2025-10-09', 4],
    ['1970-01-01', 4],
    ['2026-01-04', 0],
  ])('%s falls on weekday %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });
});

describe('addYears: 没有对应日的，月末日为期间的最后一日（民法典第二百零二条）', () => {
  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2025-03-01', 2, '2027-03-01'],
    ['2020-03-01', 5, '2025-03-01'],
    ['2025-12-31', 1, '2026-12-31'],
  ])('addYears(%s, %i) = %s', (date, n, expected) => {
    expect(addYears(date, n)).toBe(expected);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-30', 2, '2026-01-30'],
    ['2025-03-31', -1, '2025-02-28'],
  ])('addMonths(%s, %i) = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it.each([
    ['2026-11', 2, '2027-01'],
    ['2027-01', -1, '2026-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-06', 0, '2026-06'],
    ['2026-06', 13, '2027-07'],
  ])('addMonthsToMonth(%s, %i) = %s', (month, n, expected) => {
    expect(addMonthsToMonth(month, n)).toBe(expected);
  });
});

it('formats dates in Chinese', () => {
  expect(formatChineseDate('2025-03-01')).toBe('2025年3月1日');
});
