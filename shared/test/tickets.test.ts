import { ticketReleaseDate, type Channel } from '../src';

describe('准考证 release', () => {
  it.each([
    // sjtu 团体: “考试前五个工作日”, the 5th working day before, the exam day not counted.
    ['sjtu', 'group', '2025-03-14', '2025-03-07', '上交 团体 ordinary Friday'],
    ['sjtu', 'group', '2025-10-09', '2025-09-25', '上交 团体 right after 国庆 (9月28日调休上班 counts)'],
    ['sjtu', 'group', '2025-10-11', '2025-09-28', '上交 团体 on 调休 Saturday 10月11日'],
    ['sjtu', 'group', '2025-09-28', '2025-09-22', '上交 团体 on 调休 Sunday 9月28日'],
    ['sjtu', 'group', '2025-05-06', '2025-04-25', '上交 团体 right after 劳动节 (4月27日调休上班 counts)'],
    ['sjtu', 'group', '2026-01-05', '2025-12-26', '上交 团体 January exam of the 11月16日-12月31日 window, after 元旦'],
    // sjtu 个人: “考前一周”, 7 calendar days.
    ['sjtu', 'individual', '2025-10-09', '2025-10-02', '上交 个人 一周 even inside 国庆'],
    ['sjtu', 'individual', '2025-03-01', '2025-02-22', '上交 个人 across month end'],
    // kupasi: “考试前3天”, both channels.
    ['kupasi', 'group', '2025-10-09', '2025-10-06', '库帕思 团体 3 days'],
    ['kupasi', 'individual', '2025-10-11', '2025-10-08', '库帕思 个人 3 days'],
    ['kupasi', 'individual', '2025-03-02', '2025-02-27', '库帕思 个人 across February'],
  ] as [string, Channel, string, string, string][])('%s %s %s → %s (%s)', (orgId, channel, examDate, expected) => {
    expect(ticketReleaseDate(orgId, examDate, channel)).toEqual({ date: expected, estimated: false });
  });

  it.each([
    ['sjtu', 'group', '2026-03-20', '2026-03-13', 'no 2026 notice: estimated although 2026 working days are published'],
    ['sjtu', 'group', '2027-03-10', '2027-03-03', 'no notice and no working-day arrangement'],
    ['kupasi', 'individual', '2026-05-10', '2026-05-07', 'no 2026 notice'],
  ] as [string, Channel, string, string, string][])('%s %s %s → %s, estimated (%s)', (orgId, channel, examDate, expected) => {
    expect(ticketReleaseDate(orgId, examDate, channel)).toEqual({ date: expected, estimated: true });
  });

  it('errors', () => {
    expect(() => ticketReleaseDate('nobody', '2025-03-01', 'group')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ORG' }));
    expect(() => ticketReleaseDate('sjtu', '2025-02-29', 'group')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => ticketReleaseDate('sjtu', '2025-03-01', 'online' as Channel)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
