import { BUNDLED_RULEBOOK, addWorkdays, applicationWindow, resultsExpectedBy, retakeValidUntil, ticketReleaseDate, type Session } from '@skills/shared';
import { normalizeDateInput, normalizeMonthOrDateInput } from './dateInput';
import { buildIcs, utf8Length } from './ics';
import { buildTimeline, datesForExam } from './timeline';
import { chineseDate, chineseMonth, chineseWeekday, fileSize } from './format';
import { deviceTodayInChina } from '@/services/today';
import { messageFor } from '@/services/errors';
import { normalizeIdInput } from './idInput';

describe('normalizeDateInput', () => {
  test.each([
    ['2015-09-01', '2015-09-01'],
    ['2015/9/1', '2015-09-01'],
    ['2015.9.1', '2015-09-01'],
    ['20150901', '2015-09-01'],
    ['2015年9月1日', '2015-09-01'],
    [' ２０１５-０９-０１ ', '2015-09-01'],
    ['２０１５／９／１', '2015-09-01'],
    ['２０１５．９．１', '2015-09-01'],
    ['2024-02-29', '2024-02-29'],
  ])('%j → %s', (typed, expected) => expect(normalizeDateInput(typed)).toBe(expected));

  test.each(['', '2015-13-01', '2023-02-29', '2015-9', 'abc', '1899-01-01', '2015-04-31'])('%j is not a date', (typed) =>
    expect(normalizeDateInput(typed)).toBeNull(),
  );
});

describe('normalizeMonthOrDateInput', () => {
  test.each([
    ['2018-03', '2018-03-01'],
    ['2018年3月', '2018-03-01'],
    ['2018.3', '2018-03-01'],
    ['201803', '2018-03-01'],
    ['2018-03-15', '2018-03-15'],
    ['20180315', '2018-03-15'],
  ])('%j → %s', (typed, expected) => expect(normalizeMonthOrDateInput(typed)).toBe(expected));

  test.each(['', '2018', '2018-13', '2018-00', '18-03', '2018-02-30'])('%j is neither a month nor a date', (typed) =>
    expect(normalizeMonthOrDateInput(typed)).toBeNull(),
  );
});

describe('format', () => {
  test('Chinese dates, months and weekdays, whatever the time zone', () => {
    expect(chineseDate('2026-09-01')).toBe('2026年9月1日');
    expect(chineseMonth('2027-01')).toBe('2027年1月');
    expect(chineseWeekday('2026-09-01')).toBe('周二');
    expect(chineseDate('2026-02-30')).toBe('2026-02-30');
    expect(fileSize(1536)).toBe('1.5 KB');
  });

  test('today in China from the device clock: 23:30 UTC is already the next day in Shanghai', () => {
    expect(deviceTodayInChina(new Date('2026-06-09T23:30:00Z'))).toBe('2026-06-10');
    expect(deviceTodayInChina(new Date('2026-06-10T15:59:00Z'))).toBe('2026-06-10');
  });
});

describe('messageFor', () => {
  test('known codes have Chinese wording; raw codes never come through', () => {
    expect(messageFor('RATE_LIMITED')).toContain('15 分钟');
    // The service-wide limit says so in the server's own words.
    expect(messageFor('RATE_LIMITED', '当前尝试的人数过多，请稍后再试')).toBe('当前尝试的人数过多，请稍后再试');
    expect(messageFor('SOMETHING_NEW', 'internal detail')).toBe(messageFor('INTERNAL'));
    expect(messageFor('BAD_REQUEST', '出生日期格式不正确')).toBe('出生日期格式不正确');
    expect(messageFor('BAD_REQUEST', 'birthDate: expected string')).toBe(messageFor('BAD_REQUEST'));
  });
});

const session: Session = {
  id: 's1',
  orgId: 'sjtu',
  occupationId: '4-04-05-05',
  occupationName: '人工智能训练师',
  track: 4,
  trackLabel: '四级/中级工',
  month: '2025-07',
  date: '2025-07-12',
  startTime: '09:00',
  endTime: '11:30',
  venue: { name: '考点', address: '地址' },
  capacity: 30,
  status: 'scheduled',
  rollovers: [],
  demo: true,
};

describe('buildTimeline', () => {
  const window = applicationWindow('sjtu', '2025-06-01');

  test('with an announced session: every date comes from the rules module', () => {
    const events = buildTimeline({ orgId: 'sjtu', track: 4, window, session, today: '2025-06-01', book: BUNDLED_RULEBOOK });
    const byKey = Object.fromEntries(events.map((event) => [event.key, event]));
    expect(byKey.closes.date).toBe(window.closes);
    expect(byKey.exam.date).toBe('2025-07-12');
    const group = ticketReleaseDate('sjtu', '2025-07-12', 'group').date;
    const individual = ticketReleaseDate('sjtu', '2025-07-12', 'individual').date;
    expect(byKey.ticket.date).toBe(group < individual ? group : individual);
    expect(byKey.ticket.detail).toContain(`团体申报：${chineseDate(group)}`);
    expect(byKey.results.date).toBe(resultsExpectedBy('2025-07-12').date);
    expect(byKey.results.detail).toContain(chineseDate(resultsExpectedBy('2025-07-12', { marking: true }).date));
    expect(byKey.retake.date).toBe(retakeValidUntil('sjtu', 4, '2025-07-12'));
    expect(byKey.opens).toBeUndefined();
  });

  test('库帕思 releases to both channels 考试前3天: the one date is said once', () => {
    const kupasiWindow = applicationWindow('kupasi', '2025-06-01');
    const kupasiSession = { ...session, orgId: 'kupasi', occupationId: 'ai-data-annotation', track: 'special' as const };
    const events = buildTimeline({ orgId: 'kupasi', track: 'special', window: kupasiWindow, session: kupasiSession, today: '2025-06-01', book: BUNDLED_RULEBOOK });
    const ticket = events.find((event) => event.key === 'ticket');
    expect(ticket?.date).toBe(ticketReleaseDate('kupasi', '2025-07-12', 'group').date);
    expect(ticket?.detail).toBe('团体申报、个人申报同日发放');
  });

  test('before the date is announced: no guessed dates after the exam', () => {
    const events = buildTimeline({ orgId: 'sjtu', track: 4, window, session: null, today: '2025-06-01', book: BUNDLED_RULEBOOK });
    expect(events.map((event) => event.key)).toEqual(['closes', 'exam']);
    expect(events[1].date).toBeNull();
    expect(events[1].detail).toBe('2025年7月，具体认定时间由上海交通大学统一安排并另行通知');
  });

  test('库帕思, date not announced: says its notice is silent instead of borrowing 上海交大\'s words', () => {
    const kupasiWindow = applicationWindow('kupasi', '2025-06-01');
    const events = buildTimeline({ orgId: 'kupasi', track: 'special', window: kupasiWindow, session: null, today: '2025-06-01', book: BUNDLED_RULEBOOK });
    expect(events[1].detail).toBe('2025年7月，本通知未说明具体考试日期的通知方式，请向评价机构咨询');
  });

  test('a rolled-over session says where it went and why', () => {
    const rolled: Session = {
      ...session,
      status: 'rolled-over',
      date: null,
      rollovers: [{ fromMonth: '2025-07', fromDate: '2025-07-12', toMonth: '2025-08', reason: '报名人数不足30人', at: '2025-06-20T00:00:00Z' }],
    };
    const events = buildTimeline({ orgId: 'sjtu', track: 4, window, session: rolled, today: '2025-06-01', book: BUNDLED_RULEBOOK });
    expect(events.find((event) => event.key === 'exam')?.detail).toBe('已顺延至 2025年8月：报名人数不足30人');
  });
});

describe('buildIcs', () => {
  test('all-day events with folded lines and escaped text; undated events left out', () => {
    const text = buildIcs(
      [
        { key: 'closes', title: '申报截止', date: '2025-06-15', estimated: false, detail: '对应 2025年7月评价; 含缴费' },
        { key: 'exam', title: '考试日期', date: null, estimated: false },
        { key: 'results', title: '可查询成绩', date: addWorkdays('2025-07-12', 20).date, estimated: true },
      ],
      '我的时间表',
      '20250601T000000Z',
    );
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('DTSTART;VALUE=DATE:20250615\r\nDTEND;VALUE=DATE:20250616');
    expect(text).toContain('DESCRIPTION:对应 2025年7月评价\\; 含缴费');
    expect(text).toContain('SUMMARY:可查询成绩（预计）');
    expect(text).not.toContain('考试日期');
    expect(text.split('\r\n').every((line) => [...line].reduce((n, c) => n + utf8Length(c), 0) <= 75)).toBe(true);
    expect(Buffer.byteLength('申报截止', 'utf8')).toBe([...'申报截止'].reduce((n, c) => n + utf8Length(c), 0));
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});

describe('datesForExam: an exam date the candidate already knows', () => {
  // Worked by hand from the notices and the 2026 arrangement (国庆 10月1日至7日, 10月10日 周六上班).
  // Every 2026 answer is 预计: the rules are the 2025 notice's, carried over.
  test('2026-10-10, 上海交大 团体申报, 四级', () => {
    const dates = datesForExam('sjtu', 4, 'group', '2026-10-10', BUNDLED_RULEBOOK);
    expect(dates.map(({ key, date, estimated }) => [key, date, estimated])).toEqual([
      ['ticket', '2026-09-28', true], // 考试前五个工作日: 10/9, 10/8, (国庆) 9/30, 9/29, 9/28 (10/10 itself not counted)
      ['results', '2026-11-06', true], // 一般20个工作日内
      ['results-marking', '2026-11-20', true], // 30个工作日内
      ['retake', '2028-10-09', true], // 四级 成绩有效期两年
    ]);
    expect(dates[0].quote).toContain('考试前五个工作日');
    expect(dates[1].quote).toContain('一般20个工作日内');
    expect(dates[2].quote).toContain('30个工作日内');
    expect(dates[3].quote).toContain('四级、三级成绩有效期均为两年');
  });

  test('2026-10-10, 个人申报: 考前一周', () => {
    expect(datesForExam('sjtu', 4, 'individual', '2026-10-10', BUNDLED_RULEBOOK)[0]).toMatchObject({ date: '2026-10-03', estimated: true });
  });

  test('2027-10-09: past the arrangements, estimated from the statutory holidays (国庆 10/1-10/3 and 10/4-10/5 in lieu)', () => {
    const dates = datesForExam('sjtu', 4, 'group', '2027-10-09', BUNDLED_RULEBOOK);
    expect(dates[0]).toMatchObject({ date: '2027-09-29', estimated: true });
    expect(dates[1]).toMatchObject({ date: '2027-11-05', estimated: true });
  });
});

describe('normalizeIdInput: a 身份证号 as typed or pasted', () => {
  test.each([
    ['310101 19950315 1237', '310101199503151237'],
    ['310101-19950315-1237', '310101199503151237'],
    ['３１０１０１１９９５０３１５１２３７', '310101199503151237'],
    ['31011219920108789x', '31011219920108789X'],
    ['310112　19920108　789Ｘ', '31011219920108789X'],
  ])('%j → %s', (typed, expected) => expect(normalizeIdInput(typed)).toBe(expected));

  test('the length is that of the number, not of the way it was written (19 digits stay 19)', () => {
    expect(normalizeIdInput('310101 19950315 12377')).toHaveLength(19);
  });
});
