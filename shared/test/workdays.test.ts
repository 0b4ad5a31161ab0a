import days2025 from 'chinese-days/dist/years/2025.json';
import days2026 from 'chinese-days/dist/years/2026.json';
import { addDays, addWorkdays, arrangedYears, dayOfWeek, HOLIDAY_ARRANGEMENTS, isWorkday } from '../src';

/** chinese-days's own tables (an independent transcription of the same State Council notices). */
const INDEPENDENT: Record<number, { holidays: Record<string, string>; workdays: Record<string, string> }> = {
  2025: days2025,
  2026: days2026,
};

describe.each(HOLIDAY_ARRANGEMENTS.map((a) => [a.reference, a] as const))('%s', (_reference, arrangement) => {
  const independent = INDEPENDENT[arrangement.year];

  it('has an independent table to compare with', () => {
    expect(independent).toBeDefined();
  });

  it('agrees with chinese-days on every day of the year', () => {
    const mismatches: string[] = [];
    for (let date = `${arrangement.year}-01-01`; date <= `${arrangement.year}-12-31`; date = addDays(date, 1)) {
      const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
      const theirs = date in independent.workdays ? true : date in independent.holidays ? false : !weekend;
      const ours = isWorkday(date);
      expect(ours.estimated).toBe(false);
      if (ours.workday !== theirs) mismatches.push(date);
    }
    expect(mismatches).toEqual([]);
  });

  it('lists exactly the make-up working days chinese-days lists', () => {
    expect([...arrangement.makeUpWorkdays].sort()).toEqual(Object.keys(independent.workdays).sort());
  });

  it('makes every make-up working day a Saturday or Sunday', () => {
    for (const date of arrangement.makeUpWorkdays) expect([0, 6]).toContain(dayOfWeek(date));
  });
});

describe('isWorkday', () => {
  it.each([
    ['国庆节、中秋节 2025-10-01', '2025-10-01', false],
    ['国庆节、中秋节 last day 2025-10-08', '2025-10-08', false],
    ['调休上班 2025-09-28 (周日)', '2025-09-28', true],
    ['调休上班 2025-10-11 (周六)', '2025-10-11', true],
    ['ordinary Saturday 2025-10-18', '2025-10-18', false],
    ['ordinary Monday 2025-10-13', '2025-10-13', true],
    ['元旦 2026-01-02', '2026-01-02', false],
    ['调休上班 2026-01-04 (周日)', '2026-01-04', true],
  ])('%s', (_name, date, workday) => {
    expect(isWorkday(date)).toEqual({ workday, estimated: false });
  });

  it('answers a year without an arrangement from the statutory holidays, marked estimated', () => {
    expect(arrangedYears()).not.toContain(2027);
    expect(isWorkday('2027-10-01')).toEqual({ workday: false, estimated: true });
    expect(isWorkday('2027-10-02')).toEqual({ workday: false, estimated: true });
    expect(isWorkday('2027-10-06')).toEqual({ workday: true, estimated: true });
    expect(isWorkday('2024-10-01')).toEqual({ workday: true, estimated: true });
  });

  it('rejects a bad date', () => {
    expect(() => isWorkday('2025-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('addWorkdays: the n-th working day after or before, not counting the date itself', () => {
  it.each([
    ['the day after a Friday is Monday', '2025-10-17', 1, '2025-10-20'],
    ['国庆 skipped going forward', '2025-09-30', 1, '2025-10-09'],
    ['调休上班 Saturday counted', '2025-10-10', 1, '2025-10-11'],
    ['5 before 2025-10-09, 9月28日 counted', '2025-10-09', -5, '2025-09-25'],
    ['5 before 2025-10-11 (调休周六)', '2025-10-11', -5, '2025-09-28'],
    ['5 before 2025-09-28 (调休周日)', '2025-09-28', -5, '2025-09-22'],
    ['back across 元旦 into 2025', '2026-01-05', -5, '2025-12-26'],
    ['春节 2026 skipped', '2026-02-13', 1, '2026-02-14'],
    ['after 2026-02-14 comes 2026-02-24', '2026-02-14', 1, '2026-02-24'],
    ['counting from a holiday', '2025-10-03', 1, '2025-10-09'],
  ])('%s', (_name, date, n, expected) => {
    expect(addWorkdays(date, n)).toEqual({ date: expected, estimated: false });
  });

  it('marks answers that step into a year without an arrangement', () => {
    expect(addWorkdays('2026-12-30', 1)).toEqual({ date: '2026-12-31', estimated: false });
    expect(addWorkdays('2026-12-31', 1)).toEqual({ date: '2027-01-04', estimated: true });
    expect(addWorkdays('2027-03-10', -5)).toEqual({ date: '2027-03-03', estimated: true });
  });

  it.each([0, 1.5, Number.NaN, 4000])('rejects n = %p', (n) => {
    expect(() => addWorkdays('2025-03-03', n)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('the arrangements’ wording agrees with their dates', () => {
  const WEEKDAYS = '日一二三四五六';
  /** Every “M月D日（…周X）” and “至D日（…周X）” in a holiday's wording, with the weekday it names. */
  const marks = HOLIDAY_ARRANGEMENTS.flatMap((arrangement) =>
    arrangement.holidays.flatMap((holiday) =>
      [...holiday.quote.matchAll(/(?:(\d+)月)?(\d+)日（[^）]*?周(.)）/g)].map((m) => {
        const month = m[1] ?? holiday.to.slice(5, 7);
        const date = `${arrangement.year}-${month.padStart(2, '0')}-${m[2].padStart(2, '0')}`;
        return [date, m[3], holiday.quote] as const;
      }),
    ),
  );

  it('names a weekday for every day it mentions (about 40)', () => {
    expect(marks.length).toBeGreaterThan(35);
  });

  it.each(marks)('%s is 周%s', (date, weekday) => {
    expect(WEEKDAYS[dayOfWeek(date)]).toBe(weekday);
  });
});

/**
 * The State Council's arrangements as announced, item by item: each block of days off, its
 * “共N天”, and the weekend days worked instead (“…上班”), with the working day on either side.
 */
describe('国务院办公厅关于2025年/2026年部分节假日安排的通知, item by item', () => {
  /** Every date from `from` to `to`, stepped in UTC here so the case does not lean on the module's own date arithmetic. */
  const datesFrom = (from: string, to: string): string[] => {
    const days: string[] = [];
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
    return days;
  };

  it.each([
    ['国办发明电〔2024〕12号 元旦：1月1日（周三）放假1天，不调休。', '2025-01-01', '2025-01-01', 1, [], '2024-12-31', '2025-01-02'],
    ['国办发明电〔2024〕12号 春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。', '2025-01-28', '2025-02-04', 8, ['2025-01-26', '2025-02-08'], '2025-01-27', '2025-02-05'],
    ['国办发明电〔2024〕12号 清明节：4月4日（周五）至6日（周日）放假，共3天。', '2025-04-04', '2025-04-06', 3, [], '2025-04-03', '2025-04-07'],
    ['国办发明电〔2024〕12号 劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。', '2025-05-01', '2025-05-05', 5, ['2025-04-27'], '2025-04-30', '2025-05-06'],
    ['国办发明电〔2024〕12号 端午节：5月31日（周六）至6月2日（周一）放假，共3天。', '2025-05-31', '2025-06-02', 3, [], '2025-05-30', '2025-06-03'],
    ['国办发明电〔2024〕12号 国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。', '2025-10-01', '2025-10-08', 8, ['2025-09-28', '2025-10-11'], '2025-09-30', '2025-10-09'],
    ['国办发明电〔2025〕7号 元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。', '2026-01-01', '2026-01-03', 3, ['2026-01-04'], '2025-12-31', '2026-01-04'],
    ['国办发明电〔2025〕7号 春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。', '2026-02-15', '2026-02-23', 9, ['2026-02-14', '2026-02-28'], '2026-02-14', '2026-02-24'],
    ['国办发明电〔2025〕7号 清明节：4月4日（周六）至6日（周一）放假，共3天。', '2026-04-04', '2026-04-06', 3, [], '2026-04-03', '2026-04-07'],
    ['国办发明电〔2025〕7号 劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。', '2026-05-01', '2026-05-05', 5, ['2026-05-09'], '2026-04-30', '2026-05-06'],
    ['国办发明电〔2025〕7号 端午节：6月19日（周五）至21日（周日）放假，共3天。', '2026-06-19', '2026-06-21', 3, [], '2026-06-18', '2026-06-22'],
    ['国办发明电〔2025〕7号 中秋节：9月25日（周五）至27日（周日）放假，共3天。', '2026-09-25', '2026-09-27', 3, [], '2026-09-24', '2026-09-28'],
    ['国办发明电〔2025〕7号 国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。', '2026-10-01', '2026-10-07', 7, ['2026-09-20', '2026-10-10'], '2026-09-30', '2026-10-08'],
  ] as [string, string, string, number, string[], string, string][])('%s', (_item, from, to, days, worked, dayBefore, dayAfter) => {
    const off = datesFrom(from, to);
    expect(off).toHaveLength(days);
    for (const date of off) expect(isWorkday(date)).toEqual({ workday: false, estimated: false });
    for (const date of worked) expect(isWorkday(date)).toEqual({ workday: true, estimated: false });
    expect(isWorkday(dayBefore).workday).toBe(true);
    expect(isWorkday(dayAfter).workday).toBe(true);
  });
});
