import { feeFor, getOrganisation, type Track } from '../src';

describe('考务费 / 考核费', () => {
  it.each([
    ['sjtu', '4-04-05-05', 4, { theory: 100, practical: 300, total: 400 }, '1 人工智能训练师 中级（四级） 100 300 / 400'],
    ['sjtu', '4-04-05-05', 3, { theory: 100, practical: 400, total: 500 }, '2 人工智能训练师 高级（三级） 100 400 / 500'],
    ['sjtu', '4-04-04-02', 4, { theory: 100, practical: 400, total: 500 }, '3 网络与信息安全管理员 中级（四级） 100 400 / 500'],
    ['sjtu', '4-04-04-02', 3, { theory: 100, practical: 450, total: 550 }, '4 网络与信息安全管理员 高级（三级） 100 450 / 550'],
    ['kupasi', 'ai-data-annotation', 'special', { theory: 95, practical: 385, total: 480 }, '1 人工智能数据标注 专项职业能力 95 385 480'],
    ['kupasi', 'ai-model-application', 'special', { theory: 95, practical: 385, total: 480 }, '2 人工智能模型运用 专项职业能力 95 385 480'],
  ] as [string, string, Track, object, string][])('%s %s %s', (orgId, occupationId, track, expected) => {
    expect(feeFor(orgId, occupationId, track)).toEqual(expected);
  });

  it('every offering adds up: subjects sum to the printed total', () => {
    for (const orgId of ['sjtu', 'kupasi']) {
      for (const notice of getOrganisation(orgId).notices) {
        for (const offering of notice.offerings) {
          expect(offering.subjects.reduce((sum, s) => sum + s.amount, 0)).toBe(offering.total);
        }
      }
    }
  });

  it('answers from the notice in effect on a given date', () => {
    expect(feeFor('sjtu', '4-04-05-05', 4, '2025-06-01')).toEqual({ theory: 100, practical: 300, total: 400 });
  });

  it.each([
    ['sjtu', '4-04-05-05', 2, 'NOT_OFFERED'],
    ['sjtu', '4-04-05-05', 'special', 'NOT_OFFERED'],
    ['sjtu', 'ai-data-annotation', 'special', 'NOT_OFFERED'],
    ['kupasi', 'ai-data-annotation', 4, 'NOT_OFFERED'],
    ['kupasi', '4-04-05-05', 'special', 'NOT_OFFERED'],
    ['tongji', '4-04-05-05', 4, 'UNKNOWN_ORG'],
    ['sjtu', '4-04-05-05', 'level-4', 'INVALID_INPUT'],
    ['sjtu', '4-04-05-05', 0, 'INVALID_INPUT'],
  ] as [string, string, Track, string][])('%s %s %p → %s', (orgId, occupationId, track, code) => {
    expect(() => feeFor(orgId, occupationId, track)).toThrow(expect.objectContaining({ code }));
  });
});
