import fs from 'node:fs';
import path from 'node:path';
import chineseDays from 'chinese-days';
import { Lunar } from 'lunar-javascript';
import { FESTIVAL_DATES, FESTIVAL_FIRST_YEAR, FESTIVAL_LAST_YEAR } from '../src/data/festivals';
import {
  addDays,
  addWorkdays,
  arrangedYears,
  dayOfWeek,
  estimatedDaysOff,
  estimatedHolidays,
  HOLIDAY_ARRANGEMENTS,
  isWorkday,
  STATUTORY_HOLIDAYS,
} from '../src';

const years = FESTIVAL_DATES.map((row) => row[0]);

/**
 * chinese-days reads dates back in the machine's time zone and answers a day off west of UTC
 * (a known fault of that library, not of this module); its answers are compared where they
 * are right, i.e. in the suite's first pass (UTC or China), not in the America/Los_Angeles one.
 */
const CHINESE_DAYS_RELIABLE = new Date(2027, 0, 1).getTimezoneOffset() <= 0;
const withChineseDays = CHINESE_DAYS_RELIABLE ? it : it.skip;

describe('the lunar and solar-term table (data/festivals.ts)', () => {
  it('covers every year from the first to the last, once each', () => {
    expect(years).toEqual(Array.from({ length: FESTIVAL_LAST_YEAR - FESTIVAL_FIRST_YEAR + 1 }, (_, i) => FESTIVAL_FIRST_YEAR + i));
  });

  withChineseDays.each(FESTIVAL_DATES.map((row) => [row[0], row] as const))('%i agrees with chinese-days (lunar conversion and solar terms)', (year, row) => {
    const [, chuxi, qingming, duanwu, zhongqiu] = row;
    const newYear = chineseDays.getLunarDate(addDays(`${year}-${chuxi}`, 1));
    expect([newYear.lunarYear, newYear.lunarMon, newYear.lunarDay, newYear.isLeap]).toEqual([year, 1, 1, false]);
    // 除夕 is the last day of the year before: the next day is 正月初一.
    expect(chineseDays.getLunarDate(`${year}-${chuxi}`).lunarMon).toBe(12);
    expect(chineseDays.getSolarTerms(`${year}-04-01`, `${year}-04-10`).find((t) => t.name === '清明')?.date).toBe(`${year}-${qingming}`);
    expect(chineseDays.getLunarDate(`${year}-${duanwu}`)).toMatchObject({ lunarMon: 5, lunarDay: 5, isLeap: false });
    expect(chineseDays.getLunarDate(`${year}-${zhongqiu}`)).toMatchObject({ lunarMon: 8, lunarDay: 15, isLeap: false });
  });

  it('is what lunar-javascript generates today (regenerate with scripts/generate-festivals.js)', () => {
    for (const [year, chuxi, qingming, duanwu, zhongqiu] of FESTIVAL_DATES) {
      const newYear = Lunar.fromYmd(year, 1, 1);
      expect([
        newYear.getSolar().next(-1).toYmd(),
        newYear.getJieQiTable()['清明'].toYmd(),
        Lunar.fromYmd(year, 5, 5).getSolar().toYmd(),
        Lunar.fromYmd(year, 8, 15).getSolar().toYmd(),
      ]).toEqual([`${year}-${chuxi}`, `${year}-${qingming}`, `${year}-${duanwu}`, `${year}-${zhongqiu}`]);
    }
  });
});

describe('estimated holidays (国务院令第795号)', () => {
  it('names the seven holidays for all citizens', () => {
    expect(STATUTORY_HOLIDAYS.map((h) => h.name)).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']);
  });

  it('2027: the statutory days, and the weekend days of 春节 and 国庆 made up on the next working days', () => {
    // 2027: 元旦 Fri; 除夕 2/5 Fri, 初一至初三 2/6-2/8 (Sat, Sun, Mon); 清明 4/5 Mon; 5/1-5/2 Sat-Sun;
    // 端午 6/9 Wed; 中秋 9/15 Wed; 10/1-10/3 Fri-Sun.
    expect(estimatedHolidays(2027)).toEqual([
      { name: '元旦', days: ['2027-01-01'], makeUp: [] },
      { name: '春节', days: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], makeUp: ['2027-02-09', '2027-02-10'] },
      { name: '清明节', days: ['2027-04-05'], makeUp: [] },
      { name: '劳动节', days: ['2027-05-01', '2027-05-02'], makeUp: ['2027-05-03', '2027-05-04'] },
      { name: '端午节', days: ['2027-06-09'], makeUp: [] },
      { name: '中秋节', days: ['2027-09-15'], makeUp: [] },
      { name: '国庆节', days: ['2027-10-01', '2027-10-02', '2027-10-03'], makeUp: ['2027-10-04', '2027-10-05'] },
    ]);
  });

  it('2027-01-01 (元旦) is not a working day; answers past the arrangements stay estimated', () => {
    expect(isWorkday('2027-01-01')).toEqual({ workday: false, estimated: true });
    expect(isWorkday('2027-02-10')).toEqual({ workday: false, estimated: true });
    expect(isWorkday('2027-02-11')).toEqual({ workday: true, estimated: true });
    expect(addWorkdays('2026-12-31', 1)).toEqual({ date: '2027-01-04', estimated: true });
  });

  it('a 元旦 on a Saturday is made up on the Monday (2028)', () => {
    expect(estimatedHolidays(2028)?.[0]).toEqual({ name: '元旦', days: ['2028-01-01'], makeUp: ['2028-01-03'] });
  });

  it.each(years)('%i: every make-up day is a weekday that is no holiday, one per weekend holiday day', (year) => {
    const holidays = estimatedHolidays(year) ?? [];
    const statutory = new Set(holidays.flatMap((h) => h.days));
    const weekendDays = [...statutory].filter((d) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6).length;
    const makeUp = holidays.flatMap((h) => h.makeUp);
    expect(makeUp).toHaveLength(weekendDays);
    expect(new Set(makeUp).size).toBe(makeUp.length);
    for (const day of makeUp) {
      expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(day));
      expect(statutory.has(day)).toBe(false);
    }
  });

  withChineseDays.each(HOLIDAY_ARRANGEMENTS.map((a) => [a.year, a] as const))(
    '%i: every statutory day the estimate gives off is off in the published arrangement and in chinese-days',
    (year) => {
      const days = (estimatedHolidays(year) ?? []).flatMap((h) => h.days);
      expect(days).toHaveLength(13);
      for (const day of days) {
        expect(chineseDays.isHoliday(day)).toBe(true);
        expect(isWorkday(day).workday).toBe(false);
      }
      // The published arrangement gives at least as many weekday days off as the estimate.
      const estimateWeekdaysOff = [...(estimatedDaysOff(year) ?? [])].filter((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6).length;
      let publishedWeekdaysOff = 0;
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
        if (dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6 && !isWorkday(d).workday) publishedWeekdaysOff += 1;
      }
      expect(publishedWeekdaysOff).toBeGreaterThanOrEqual(estimateWeekdaysOff);
    },
  );

  it('before the revised rules (2024) and past the table, only weekends, still estimated', () => {
    expect(estimatedHolidays(2024)).toBeNull();
    expect(estimatedHolidays(FESTIVAL_LAST_YEAR + 1)).toBeNull();
    expect(isWorkday(`${FESTIVAL_LAST_YEAR + 1}-01-04`)).toEqual({ workday: true, estimated: true });
  });
});

describe('the arrangements keep up with chinese-days', () => {
  it('every year (from 2025) chinese-days has a published arrangement for is encoded here too', () => {
    const dir = path.join(path.dirname(require.resolve('chinese-days/package.json')), 'dist', 'years');
    const theirs = fs
      .readdirSync(dir)
      .map((name) => /^(\d{4})\.json$/.exec(name)?.[1])
      .filter((year): year is string => year !== undefined)
      .map(Number)
      .filter((year) => year >= 2025);
    expect(theirs.length).toBeGreaterThan(0);
    const missing = theirs.filter((year) => !arrangedYears().includes(year));
    expect(missing).toEqual([]);
  });
});
