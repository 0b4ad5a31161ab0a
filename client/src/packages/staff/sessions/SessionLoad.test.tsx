import { render, screen } from '@testing-library/react';
import { latestNotice, type RolloverHint, type StaffSession } from '@skills/shared';
import { SessionLoad } from './SessionLoad';

const SJTU_MINIMUM = latestNotice('sjtu').calendar.rolloverMinimum;

function staffSession(load: Partial<StaffSession>): StaffSession {
  return {
    id: 's_1',
    orgId: 'sjtu',
    occupationId: '4-04-05-05',
    occupationName: '人工智能训练师',
    track: 4,
    trackLabel: '四级/中级工',
    month: '2027-01',
    date: '2027-01-09',
    startTime: '09:00',
    endTime: '11:30',
    venue: { name: '法华镇路校区', address: '上海市长宁区法华镇路535号' },
    capacity: 60,
    status: 'scheduled',
    rollovers: [],
    demo: false,
    ticketCount: 40,
    rolloverMinimum: SJTU_MINIMUM,
    rolloverRuleEstimated: false,
    rolloverHints: [],
    ...load,
  };
}

const hintTexts = () => screen.queryAllByTestId('rollover-hint').map((element) => element.textContent);
const below: RolloverHint = { reason: 'below-minimum', byNotice: true };

describe('SessionLoad', () => {
  it('shows tickets against capacity and no hint when neither condition holds', () => {
    render(<SessionLoad session={staffSession({})} />);
    expect(screen.getByText('已发准考证 40 人 / 容量 60 人')).toBeInTheDocument();
    expect(hintTexts()).toEqual([]);
  });

  it('under the notice\'s minimum: 不足30人，按通知可顺延至下月', () => {
    render(<SessionLoad session={staffSession({ ticketCount: 12, rolloverHints: [below] })} />);
    expect(screen.getByText('已发准考证 12 人 / 容量 60 人')).toBeInTheDocument();
    expect(hintTexts()).toEqual([`不足${SJTU_MINIMUM}人，按通知可顺延至下月`]);
  });

  it('over capacity by the notice: how many over, and 预计 where no notice covers the month', () => {
    render(<SessionLoad session={staffSession({ ticketCount: 65, rolloverRuleEstimated: true, rolloverHints: [{ reason: 'over-capacity', byNotice: true }] })} />);
    expect(hintTexts()).toEqual(['超出考场容量 5 人，按通知可顺延至下月预计']);
  });

  it('both at once when the room is smaller than the minimum', () => {
    render(<SessionLoad session={staffSession({ ticketCount: 25, capacity: 20, rolloverHints: [below, { reason: 'over-capacity', byNotice: true }] })} />);
    expect(hintTexts()).toEqual([`不足${SJTU_MINIMUM}人，按通知可顺延至下月`, '超出考场容量 5 人，按通知可顺延至下月']);
  });

  it('kupasi over capacity: a fact, without promising the rollover its notice does not state', () => {
    const kupasi = staffSession({ orgId: 'kupasi', ticketCount: 3, capacity: 2, rolloverMinimum: null, rolloverRuleEstimated: true, rolloverHints: [{ reason: 'over-capacity', byNotice: false }] });
    render(<SessionLoad session={kupasi} />);
    expect(hintTexts()).toEqual(['超出考场容量 1 人（通知未规定是否顺延，请按机构安排）']);
    expect(screen.queryByText(/按通知可顺延/)).toBeNull();
  });
});
