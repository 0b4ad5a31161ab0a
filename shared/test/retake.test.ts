import { retakeValidUntil, type Track } from '../src';

describe('补考有效期: valid through the day before the anniversary', () => {
  it.each([
    ['sjtu', 4, '2025-03-15', '2027-03-14', '上交 四级 两年'],
    ['sjtu', 3, '2025-03-15', '2027-03-14', '上交 三级 两年'],
    ['sjtu', 2, '2025-03-15', '2028-03-14', '上交 二级 三年'],
    ['sjtu', 1, '2025-03-15', '2028-03-14', '上交 一级 三年'],
    ['sjtu', 3, '2025-01-01', '2026-12-31', '上交 三级 from New Year'],
    ['sjtu', 3, '2024-02-29', '2026-02-27', '上交 三级 on 2月29日: anniversary 2026-02-28 (month end)'],
    ['sjtu', 2, '2024-02-29', '2027-02-27', '上交 二级 on 2月29日'],
    ['sjtu', 4, '2026-02-28', '2028-02-27', '上交 四级 anniversary in a leap year'],
    ['kupasi', 'special', '2025-06-20', '2027-06-19', '库帕思 专项 两年'],
    ['kupasi', 'special', '2028-02-29', '2030-02-27', '库帕思 专项 on 2月29日'],
  ] as [string, Track, string, string, string][])('%s %s %s → %s (%s)', (orgId, track, examDate, expected) => {
    expect(retakeValidUntil(orgId, track, examDate)).toBe(expected);
  });

  it.each([
    ['sjtu', 'special'],
    ['sjtu', 5],
    ['kupasi', 4],
  ] as [string, Track][])('%s %s: a track the retake rule does not name → NOT_OFFERED', (orgId, track) => {
    expect(() => retakeValidUntil(orgId, track, '2025-06-20')).toThrow(expect.objectContaining({ code: 'NOT_OFFERED' }));
  });

  it('errors', () => {
    expect(() => retakeValidUntil('x', 4, '2025-06-20')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ORG' }));
    expect(() => retakeValidUntil('sjtu', 7 as Track, '2025-06-20')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => retakeValidUntil('sjtu', 4, '2025-06-31')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
