import { act, fireEvent, render, screen } from '@testing-library/react';
import { type } from '@test/helpers';
import type { Session } from '@skills/shared';
import { callApi } from '@/services/api';
import { ApiError } from '@/services/errors';
import { SessionForm } from './SessionForm';
import { RolloverForm } from './RolloverForm';
import { DocumentForm } from '../documents/DocumentForm';
import { RulebookProvider } from '@/hooks/useRulebook';
import { createRulebook, type StaffSession } from '@skills/shared';

jest.mock('@/services/api', () => ({ callApi: jest.fn() }));
const mockedCallApi = callApi as jest.MockedFunction<typeof callApi>;

beforeEach(() => mockedCallApi.mockReset());

async function fillAndSave(): Promise<void> {
  await type('考试日期', '2027-01-09');
  await type('考点名称', '法华镇路校区');
  await type('考点地址', '上海市长宁区法华镇路535号');
  await type('容量（人）', '60');
  await act(async () => {
    fireEvent.click(screen.getByText('保存考期'));
  });
}

describe('SessionForm', () => {
  it('sends the session and hands back the saved one', async () => {
    const saved = { id: 's_1', occupationName: '人工智能训练师' } as Session;
    mockedCallApi.mockResolvedValue({ session: saved } as never);
    const onSaved = jest.fn();
    render(<SessionForm orgId='sjtu' onSaved={onSaved} onCancel={jest.fn()} />);
    await fillAndSave();
    expect(mockedCallApi).toHaveBeenCalledWith('admin', 'sessions.upsert', {
      orgId: 'sjtu',
      session: expect.objectContaining({ date: '2027-01-09', startTime: '09:00', endTime: '11:00', capacity: 60, venue: { name: '法华镇路校区', address: '上海市长宁区法华镇路535号' } }),
    });
    expect(onSaved).toHaveBeenCalledWith(saved);
  });

  it('shows why the server refused, and keeps what was typed', async () => {
    const refusal = new ApiError('NOT_OFFERED', '该机构不开展此职业（工种）或等级的评价');
    mockedCallApi.mockRejectedValue(refusal);
    const onSaved = jest.fn();
    render(<SessionForm orgId='sjtu' onSaved={onSaved} onCancel={jest.fn()} />);
    await fillAndSave();
    expect((await screen.findByRole('alert')).textContent).toBe(refusal.message);
    expect(refusal.message).toContain('不开展');
    expect(onSaved).not.toHaveBeenCalled();
    expect((document.querySelector('taro-input-core[aria-label="考点名称"] input') as HTMLInputElement).value).toBe('法华镇路校区');
  });

  it('checks the draft before anything is sent', async () => {
    render(<SessionForm orgId='sjtu' onSaved={jest.fn()} onCancel={jest.fn()} />);
    await act(async () => {
      fireEvent.click(screen.getByText('保存考期'));
    });
    expect(screen.getByText('请按 2026-12-05 的格式填写日期')).toBeInTheDocument();
    expect(mockedCallApi).not.toHaveBeenCalled();
  });
});

describe('an organisation with no notice in force (just added by the operator)', () => {
  // A rulebook without the new organisation: what its staff's console has until they publish.
  const book = createRulebook({});
  const inBook = (element: JSX.Element) => render(<RulebookProvider book={book}>{element}</RulebookProvider>);

  it('the session form says to publish the notice first, and 返回 leaves', () => {
    const onCancel = jest.fn();
    inBook(<SessionForm orgId='acme' onSaved={jest.fn()} onCancel={onCancel} />);
    expect(screen.getByTestId('no-notice-yet').textContent).toContain('请先在“通知与规则”中发布本机构的通知');
    fireEvent.click(screen.getByText('返回'));
    expect(onCancel).toHaveBeenCalled();
  });

  it('the rollover form of a session kept from a withdrawn notice says the same', () => {
    const session = { id: 's_1', occupationName: '人工智能训练师', trackLabel: '中级（四级）', month: '2027-03' } as StaffSession;
    inBook(<RolloverForm orgId='acme' session={session} onDone={jest.fn()} onCancel={jest.fn()} />);
    expect(screen.getByTestId('no-notice-yet').textContent).toContain('本机构还没有生效的通知');
  });

  it('the document form offers 全机构通用 only, so the notice PDF can be uploaded before the first notice', () => {
    inBook(<DocumentForm orgId='acme' kind='notice' onDone={jest.fn()} onCancel={jest.fn()} />);
    expect(screen.getAllByRole('radio').map((option) => option.textContent)).toContain('全机构通用');
    expect(screen.queryByText('人工智能训练师')).toBeNull();
  });
});
