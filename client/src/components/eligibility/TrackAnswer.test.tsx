import { render, screen } from '@testing-library/react';
import { AGE_RULE, ELIGIBILITY_CLAUSES } from '@skills/shared';
import { TrackAnswer } from './TrackAnswer';

const ageOnly = { eligible: true, clauses: [AGE_RULE.id], eligibleFrom: null, unmet: [] };

describe('TrackAnswer: the clauses met, quoted from the right notice', () => {
  test.each([
    ['上海库帕思', 'kupasi', '人工智能数据标注专项职业能力', '人工智能训练师'],
    ['上海交大', 'sjtu', '人工智能训练师', '人工智能数据标注'],
  ])('%s: 年满16周岁 quoted from its own notice', (_name, orgId, own, other) => {
    render(<TrackAnswer orgId={orgId} label='专项职业能力' result={ageOnly} />);
    expect(screen.getAllByText(new RegExp(`年满\\s?16\\s?周岁且符合${own}`))).toHaveLength(1);
    expect(screen.queryByText(new RegExp(other))).toBeNull();
  });

  test('a 附件1 clause is quoted in full with its level and number', () => {
    const clause = ELIGIBILITY_CLAUSES.find((item) => item.id === '4-3');
    render(<TrackAnswer orgId='sjtu' label='中级（四级）' result={{ ...ageOnly, clauses: ['4-3'] }} />);
    expect(screen.getAllByText(clause?.text ?? 'missing')).toHaveLength(1);
    expect(screen.getAllByText(/第（3）条/)).toHaveLength(1);
  });
});

describe('TrackAnswer: the date time alone makes a candidate eligible', () => {
  test('names the application window that date falls in and the month it leads to (2027-06-01 → 5月16日至6月15日, 7月)', () => {
    render(<TrackAnswer orgId='sjtu' label='高级（三级）' result={{ eligible: false, clauses: [], eligibleFrom: '2027-06-01', unmet: [] }} />);
    const text = screen.getByTestId('eligible-from').textContent?.replace(/\s+/g, '') ?? '';
    expect(text).toContain('你将于2027年6月1日满足条件');
    expect(text).toContain('2027年5月16日至2027年6月15日，对应2027年7月评价');
    expect(text).toContain('预计');
  });
});
