import { render, screen } from '@testing-library/react';
import type { PendingResult, PublishedResult } from '@skills/shared';
import { ResultCard } from './ResultCard';

/** A sentence whose date sits in its own unbreakable span: matched on the text element's whole content. */
function sentence(pattern: RegExp) {
  return (_: string, element: Element | null) =>
    element?.tagName.toLowerCase() === 'taro-text-core' && pattern.test((element.textContent ?? '').replace(/\s+/g, ' ').trim());
}

const pending: PendingResult = {
  ticketId: 't1',
  orgId: 'sjtu',
  occupationId: '4-04-05-05',
  occupationName: '人工智能训练师',
  track: 4,
  trackLabel: '四级/中级工',
  examDate: '2026-11-24',
  demo: false,
  published: false,
  expectedBy: '2026-12-22',
  estimated: false,
};

describe('ResultCard before publication', () => {
  test('within the notice: the date in the notice’s own word (一般), and no 预计', () => {
    render(<ResultCard result={pending} />);
    expect(screen.getByText(sentence(/^成绩尚未发布，一般在 2026年12月22日 前可查询/))).toBeInTheDocument();
    expect(screen.queryByText(/预计/)).toBeNull();
  });

  test('past what the notice covers: the 预计 tag', () => {
    render(<ResultCard result={{ ...pending, examDate: '2027-01-09', expectedBy: '2027-02-05', estimated: true }} />);
    expect(screen.getByText('预计')).toBeInTheDocument();
  });
});

describe('ResultCard after publication', () => {
  const failed: PublishedResult = {
    ...pending,
    published: true,
    passed: false,
    subjects: [
      { subject: 'theory', label: '理论知识', outcome: 'pass' },
      { subject: 'practical', label: '操作技能', outcome: 'fail', retakeValidUntil: '2028-11-23' },
    ],
  };

  test('a failed subject: its retake deadline, and the notice’s warning that a new application gives up the retake', () => {
    render(<ResultCard result={failed} />);
    expect(screen.getByText(sentence(/^补考有效期至 2028年11月23日$/))).toBeInTheDocument();
    expect(screen.getByText(/视为放弃补考机会，之前的合格科目成绩不再保留/)).toBeInTheDocument();
  });

  test('all passed: no retake warning', () => {
    render(<ResultCard result={{ ...failed, passed: true, subjects: [{ subject: 'theory', label: '理论知识', outcome: 'pass' }] }} />);
    expect(screen.getByText(/全部科目合格/)).toBeInTheDocument();
    expect(screen.queryByText(/放弃补考/)).toBeNull();
  });
});
