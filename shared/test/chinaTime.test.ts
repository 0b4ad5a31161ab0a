import { chinaDateOf, chinaDateTimeOf, chinaMidnightOf } from '../src';

describe('China’s calendar date at an instant, whatever the machine’s zone', () => {
  it.each([
    ['UTC 15:59 on 1 Jan is still 1 Jan in China', Date.UTC(2026, 0, 1, 15, 59), '2026-01-01'],
    ['UTC 16:00 on 1 Jan is already 2 Jan in China', Date.UTC(2026, 0, 1, 16, 0), '2026-01-02'],
    ['New Year’s Eve UTC 16:00 is New Year in China', Date.UTC(2026, 11, 31, 16, 0), '2027-01-01'],
    ['a leap day', Date.UTC(2028, 1, 29, 3, 0), '2028-02-29'],
    ['08:30 in Shanghai on 2 March is still 1 March in Los Angeles', Date.UTC(2026, 2, 2, 0, 30), '2026-03-02'],
  ])('%s', (_desc, instant, expected) => {
    expect(chinaDateOf(instant)).toBe(expected);
  });

  it.each([
    [Date.parse('2026-11-20T16:30:00.000Z'), '2026-11-21 00:30'],
    [Date.parse('2026-11-21T01:05:00Z'), '2026-11-21 09:05'],
  ])('%i is %s 北京时间', (instant, expected) => {
    expect(chinaDateTimeOf(instant)).toBe(expected);
  });

  it.each([
    ['2026-01-02', Date.UTC(2026, 0, 1, 16)],
    ['2028-03-01', Date.UTC(2028, 1, 29, 16)],
  ])('%s begins in China at UTC 16:00 the day before', (date, instant) => {
    expect(chinaMidnightOf(date)).toBe(instant);
    expect(chinaDateOf(instant)).toBe(date);
    expect(chinaDateOf(instant - 1)).not.toBe(date);
  });
});
