import { applicationWindow, getOrganisation, monthsWithoutAssessment, upcomingWindows, windowsForYear, type Calendar } from '../src';

/**
 * The 2025 table as both notices print it (sjtu 二（三）, kupasi 附件1), each row with the day
 * before it opens, which the previous row (or last year's table) closes on.
 */
const ROWS_2025: [string, string, string, string, string][] = [
  ['1月1日-2月15日 → 3月', '2025-01-01', '2025-02-15', '2025-03', '2024-12-31'],
  ['2月16日-3月15日 → 4月', '2025-02-16', '2025-03-15', '2025-04', '2025-02-15'],
  ['3月16日-4月15日 → 5月', '2025-03-16', '2025-04-15', '2025-05', '2025-03-15'],
  ['4月16日-5月15日 → 6月', '2025-04-16', '2025-05-15', '2025-06', '2025-04-15'],
  ['5月16日-6月15日 → 7月', '2025-05-16', '2025-06-15', '2025-07', '2025-05-15'],
  ['6月16日-7月15日 → 8月', '2025-06-16', '2025-07-15', '2025-08', '2025-06-15'],
  ['7月16日-8月15日 → 9月', '2025-07-16', '2025-08-15', '2025-09', '2025-07-15'],
  ['8月16日-9月15日 → 10月', '2025-08-16', '2025-09-15', '2025-10', '2025-08-15'],
  ['9月16日-10月15日 → 11月', '2025-09-16', '2025-10-15', '2025-11', '2025-09-15'],
  ['10月16日-11月15日 → 12月', '2025-10-16', '2025-11-15', '2025-12', '2025-10-15'],
  ['11月16日-12月31日 → 明年1月（库帕思：2026年1月）', '2025-11-16', '2025-12-31', '2026-01', '2025-11-15'],
];

describe.each(['sjtu', 'kupasi'])('%s 2025 申报时间 → 评价时间', (orgId) => {
  it('encodes exactly the printed rows', () => {
    const [notice] = getOrganisation(orgId).notices;
    expect(notice.calendar.year).toBe(2025);
    expect(notice.calendar.rows).toEqual(ROWS_2025.map(([, opens, closes, assessmentMonth]) => ({ opens, closes, assessmentMonth })));
  });

  it.each(ROWS_2025)('%s', (_row, opens, closes, assessmentMonth, dayBefore) => {
    const expected = { opens, closes, assessmentMonth, estimated: false };
    expect(applicationWindow(orgId, opens)).toEqual(expected);
    expect(applicationWindow(orgId, closes)).toEqual(expected);
    // The day before a window opens belongs to the previous one (or to last year's table).
    expect(applicationWindow(orgId, dayBefore).closes).toBe(dayBefore);
  });

  it('covers every day of the year without gaps or overlaps', () => {
    expect(windowsForYear(orgId, 2025)).toEqual(
      ROWS_2025.map(([, opens, closes, assessmentMonth]) => ({ opens, closes, assessmentMonth, estimated: false })),
    );
    expect(ROWS_2025[0][1]).toBe('2025-01-01');
    expect(ROWS_2025[ROWS_2025.length - 1][2]).toBe('2025-12-31');
    for (let i = 1; i < ROWS_2025.length; i += 1) expect(ROWS_2025[i][4]).toBe(ROWS_2025[i - 1][2]);
  });

  it('repeats the 2025 pattern for 2026, marked estimated (no 2026 notice yet)', () => {
    expect(applicationWindow(orgId, '2026-02-16')).toEqual({
      opens: '2026-02-16',
      closes: '2026-03-15',
      assessmentMonth: '2026-04',
      estimated: true,
    });
    expect(applicationWindow(orgId, '2026-12-31')).toEqual({
      opens: '2026-11-16',
      closes: '2026-12-31',
      assessmentMonth: '2027-01',
      estimated: true,
    });
  });

  it('answers a year before the first notice from it too, marked estimated', () => {
    expect(applicationWindow(orgId, '2024-12-01')).toEqual({
      opens: '2024-11-16',
      closes: '2024-12-31',
      assessmentMonth: '2025-01',
      estimated: true,
    });
  });
});

describe('upcomingWindows', () => {
  it('starts with the open window and crosses into the estimated year', () => {
    expect(upcomingWindows('sjtu', '2025-11-20', 3)).toEqual([
      { opens: '2025-11-16', closes: '2025-12-31', assessmentMonth: '2026-01', estimated: false },
      { opens: '2026-01-01', closes: '2026-02-15', assessmentMonth: '2026-03', estimated: true },
      { opens: '2026-02-16', closes: '2026-03-15', assessmentMonth: '2026-04', estimated: true },
    ]);
  });

  it.each([0, 25, 1.5])('rejects count %p', (count) => {
    expect(() => upcomingWindows('sjtu', '2025-03-01', count)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('errors', () => {
  it('UNKNOWN_ORG for an unknown organisation', () => {
    expect(() => applicationWindow('fudan', '2025-03-01')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ORG' }));
  });
  it.each(['2025-02-29', '2025-3-1', ''])('INVALID_INPUT for the date %p', (date) => {
    expect(() => applicationWindow('sjtu', date)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('monthsWithoutAssessment', () => {
  const table2025 = getOrganisation('sjtu').notices[0].calendar;
  const withRows = (rows: Calendar['rows']): Calendar => ({ ...table2025, rows });
  const row = (opens: string, closes: string, assessmentMonth: string) => ({ opens, closes, assessmentMonth });
  it.each<[string, Calendar, { month: number; next: string }[]]>([
    // Neither notice's table has a row for 2月: 1月1日-2月15日 leads to 3月.
    ['both 2025 notices: 表中没有2月评价, 1月1日-2月15日申报的对应3月', table2025, [{ month: 2, next: '2025-03' }]],
    ['库帕思 2025 the same', getOrganisation('kupasi').notices[0].calendar, [{ month: 2, next: '2025-03' }]],
    [
      'a table with a row for every month: none',
      withRows(Array.from({ length: 12 }, (_, i) => row(`2027-${String(i + 1).padStart(2, '0')}-01`, `2027-${String(i + 1).padStart(2, '0')}-28`, `2027-${String(i + 1).padStart(2, '0')}`))),
      [],
    ],
    [
      'two rows (6月, 12月): the other months go to the next of them, 12月 wrapping to 6月',
      withRows([row('2027-01-01', '2027-04-30', '2027-06'), row('2027-05-01', '2027-12-31', '2027-12')]),
      [1, 2, 3, 4, 5].map((month) => ({ month, next: '2027-06' })).concat([7, 8, 9, 10, 11].map((month) => ({ month, next: '2027-12' }))),
    ],
    ['no rows: nothing to say', withRows([]), []],
  ])('%s', (_case, calendar, expected) => {
    expect(monthsWithoutAssessment(calendar).map(({ month, next }) => ({ month, next: next.assessmentMonth }))).toEqual(expected);
  });
});
