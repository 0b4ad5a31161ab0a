import { act, fireEvent, render, screen } from '@testing-library/react';
import { type } from '@test/helpers';
import { latestNotice, type StaffSession } from '@skills/shared';
import { callApi } from '@/services/api';
import { RolloverForm } from './RolloverForm';

jest.mock('@/services/api', () => ({ callApi: jest.fn() }));
const mockedCallApi = callApi as jest.MockedFunction<typeof callApi>;

function session(orgId: string, load: Partial<StaffSession> = {}): StaffSession {
  return {
    id: 's_1',
    orgId,
    occupationId: orgId === 'sjtu' ? '4-04-05-05' : 'ai-data-annotation',
    occupationName: '人工智能训练师',
    track: 4,
    trackLabel: '四级/中级工',
    month: '2026-12',
    date: '2026-12-12',
    startTime: '09:00',
    endTime: '11:00',
    venue: { name: '法华镇路校区', address: '上海市长宁区法华镇路535号' },
    capacity: 60,
    status: 'scheduled',
    rollovers: [],
    demo: false,
    ticketCount: 12,
    rolloverMinimum: latestNotice(orgId).calendar.rolloverMinimum,
    rolloverRuleEstimated: false,
    rolloverHints: [],
    ...load,
  };
}

beforeEach(() => mockedCallApi.mockReset());

describe('RolloverForm', () => {
  it("offers the notice's own reason and rolls over to the next month by default (across the year)", async () => {
    const rolled = { ...session('sjtu'), month: '2027-01', date: null, status: 'rolled-over' as const };
    mockedCallApi.mockResolvedValue({ session: rolled, affectedTickets: 3 } as never);
    const onDone = jest.fn();
    render(<RolloverForm orgId='sjtu' session={session('sjtu')} onDone={onDone} onCancel={jest.fn()} />);
    expect(screen.getByText('2027年1月')).toBeInTheDocument();
    expect(screen.getByText(/若当月申请评价认定申报人数不足30人/)).toBeInTheDocument();
    fireEvent.click(screen.getByText('确认顺延'));
    await screen.findByText('确认顺延');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mockedCallApi).toHaveBeenCalledWith('admin', 'sessions.rollover', { orgId: 'sjtu', sessionId: 's_1', toMonth: '2027-01', reason: '当月申报人数不足30人' });
    expect(onDone).toHaveBeenCalledWith(rolled, 3);
  });

  it('refuses a new date outside the chosen month, sending nothing', async () => {
    render(<RolloverForm orgId='sjtu' session={session('sjtu')} onDone={jest.fn()} onCancel={jest.fn()} />);
    await type('新的考试日期（选填）', '2027-02-06');
    fireEvent.click(screen.getByText('确认顺延'));
    await screen.findByText(/新的考试日期应是 2027年1月 里的一天/);
    expect(mockedCallApi).not.toHaveBeenCalled();
  });

  it('shows the session\'s tickets against capacity and, over capacity, chooses that reason first', async () => {
    mockedCallApi.mockResolvedValue({ session: session('sjtu'), affectedTickets: 65 } as never);
    const over = session('sjtu', { ticketCount: 65, rolloverHints: [{ reason: 'over-capacity', byNotice: true }] });
    render(<RolloverForm orgId='sjtu' session={over} onDone={jest.fn()} onCancel={jest.fn()} />);
    expect(screen.getByText('本场已发准考证 65 人 / 容量 60 人')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByText('确认顺延'));
    });
    expect(mockedCallApi).toHaveBeenCalledWith('admin', 'sessions.rollover', { orgId: 'sjtu', sessionId: 's_1', toMonth: '2027-01', reason: '超出考场承载范围' });
  });

  it('where the notice states no rollover rule, says so in its words and asks for the reason', async () => {
    render(<RolloverForm orgId='kupasi' session={session('kupasi')} onDone={jest.fn()} onCancel={jest.fn()} />);
    expect(screen.queryByText(/申报人数不足 \d+ 人/)).toBeNull();
    expect(screen.getByText('本通知未规定当月申报人数不足或超出考场承载范围时是否顺延至下月，请写清原因。')).toBeInTheDocument();
    fireEvent.click(screen.getByText('确认顺延'));
    await screen.findByText('请填写顺延原因，考生会在时间线上看到它。');
    expect(mockedCallApi).not.toHaveBeenCalled();
  });
});
