import { listOrganisations, resultsExpectedBy, RESULTS_WORKDAYS, RESULTS_WORKDAYS_WITH_MARKING } from '../src';

describe('成绩查询: 一般20个工作日内；涉及阅卷及工件检测的项目30个工作日内', () => {
  it.each([
    ['exam on a Saturday before 国庆', '2025-09-20', false, '2025-10-23'],
    ['the same with 阅卷及工件检测', '2025-09-20', true, '2025-11-06'],
    ['ordinary March exam', '2025-03-15', false, '2025-04-14'],
    ['ordinary March exam with marking (清明 skipped, 4月27日调休上班 counted)', '2025-03-15', true, '2025-04-27'],
    ['across 元旦 into 2026 (1月4日调休上班 counted)', '2025-12-20', false, '2026-01-19'],
  ])('%s: %s (marking %s) → %s', (_name, examDate, marking, expected) => {
    expect(resultsExpectedBy(examDate, { marking })).toEqual({ date: expected, estimated: false });
  });

  it('defaults to no marking', () => {
    expect(resultsExpectedBy('2025-03-15')).toEqual(resultsExpectedBy('2025-03-15', { marking: false }));
  });

  it('is estimated when the days counted reach a year without an arrangement', () => {
    expect(resultsExpectedBy('2026-12-10').estimated).toBe(true);
    expect(resultsExpectedBy('2026-11-20').estimated).toBe(false);
  });

  it('matches what every notice says: 三 “一般20个工作日内…（涉及阅卷及工件检测的项目，一般可在完成所有科目评价后的30个工作日内进行查询。）”', () => {
    expect([RESULTS_WORKDAYS, RESULTS_WORKDAYS_WITH_MARKING]).toEqual([20, 30]);
    for (const org of listOrganisations()) {
      for (const notice of org.notices) {
        expect([notice.results.workdays, notice.results.workdaysWithMarking]).toEqual([20, 30]);
        expect(notice.results.source.quote.replace(/\s+/g, '')).toContain('一般20个工作日内');
        expect(notice.results.source.quote.replace(/\s+/g, '')).toContain('30个工作日内进行查询');
      }
    }
  });

  it('rejects a bad date', () => {
    expect(() => resultsExpectedBy('2025-13-01')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
