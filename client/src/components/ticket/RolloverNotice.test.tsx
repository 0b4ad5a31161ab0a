import { render, screen } from '@testing-library/react';
import type { PendingTicket } from '@skills/shared';
import { TicketView } from './TicketView';

const rolledOver: PendingTicket = {
  id: 't1',
  orgId: 'sjtu',
  orgName: '上海交通大学',
  occupationId: '4-04-05-05',
  occupationName: '人工智能训练师',
  track: 4,
  trackLabel: '四级/中级工',
  channel: 'group',
  examDate: null,
  releaseDate: '2027-02-22',
  estimated: true,
  sessionStatus: 'rolled-over',
  rollovers: [{ fromMonth: '2027-01', fromDate: '2027-01-09', toMonth: '2027-03', reason: '当月申报人数不足30人', at: '2026-12-20T02:00:00.000Z' }],
  demo: false,
  released: false,
};

describe('a rolled-over session told to the candidate', () => {
  it('says 顺延至 the month, the staff\'s reason, 待定, and the expected ticket date marked 预计', () => {
    render(<TicketView ticket={rolledOver} />);
    const notice = screen.getByTestId('rollover-notice');
    expect(notice).toHaveTextContent('考试已顺延至 2027年3月');
    expect(notice).toHaveTextContent('原因：当月申报人数不足30人');
    expect(notice).toHaveTextContent('新的考试日期：待定');
    expect(notice).toHaveTextContent('准考证预计 2027年2月22日 前后发放预计');
  });

  it('with the new date set: that date, and no estimate', () => {
    render(<TicketView ticket={{ ...rolledOver, examDate: '2027-03-13', releaseDate: '2027-03-06', estimated: false }} />);
    const notice = screen.getByTestId('rollover-notice');
    expect(notice).toHaveTextContent('新的考试日期：2027年3月13日');
    expect(notice).not.toHaveTextContent('预计');
  });

  it('nothing for a session that was not moved', () => {
    render(<TicketView ticket={{ ...rolledOver, rollovers: [], sessionStatus: 'scheduled', examDate: '2027-01-09', estimated: false }} />);
    expect(screen.queryByTestId('rollover-notice')).not.toBeInTheDocument();
  });
});
