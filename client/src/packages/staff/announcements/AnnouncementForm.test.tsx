import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { tap, type } from '@test/helpers';
import type { Announcement } from '@skills/shared';
import { callApi } from '@/services/api';
import { ApiError } from '@/services/errors';
import { AnnouncementForm } from './AnnouncementForm';

jest.mock('@/services/api', () => ({ callApi: jest.fn() }));
const mockedCallApi = callApi as jest.MockedFunction<typeof callApi>;

const STORED: Announcement = {
  id: 'a_1',
  orgId: 'sjtu',
  title: '12月评价安排',
  body: '请按准考证时间到场。',
  publishedAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  withdrawn: false,
  demo: false,
};

/** Types into the body (Taro's textarea renders late and carries the event on its inner element). */
async function typeBody(value: string): Promise<void> {
  const textarea = await waitFor(() => {
    const found = document.querySelector('taro-textarea-core[aria-label="正文"] textarea');
    if (!found) throw new Error('no body textarea');
    return found;
  });
  fireEvent.input(textarea, { target: { value } });
}

function button(label: string): HTMLElement {
  return screen.getByText(label, { selector: 'taro-button-core' });
}

beforeEach(() => mockedCallApi.mockReset());

describe('AnnouncementForm', () => {
  it('asks for the title first and sends nothing', async () => {
    render(<AnnouncementForm orgId='sjtu' onDone={jest.fn()} onCancel={jest.fn()} />);
    tap('发布');
    expect((await screen.findByRole('alert')).textContent).toBe('请填写公告标题。');
    expect(mockedCallApi).not.toHaveBeenCalled();
  });

  it('publishes the trimmed title and body and reports it as new', async () => {
    mockedCallApi.mockResolvedValue({ announcement: STORED } as never);
    const onDone = jest.fn();
    render(<AnnouncementForm orgId='sjtu' onDone={onDone} onCancel={jest.fn()} />);
    await type('标题', '  12月评价安排 ');
    await typeBody(' 请按准考证时间到场。 ');
    tap('发布');
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(STORED, true));
    expect(mockedCallApi).toHaveBeenCalledWith('admin', 'announcements.publish', { orgId: 'sjtu', title: '12月评价安排', body: '请按准考证时间到场。' });
  });

  it('edits in place: 保存修改 updates the same announcement', async () => {
    const edited = { ...STORED, body: '改到下午场。' };
    mockedCallApi.mockResolvedValue({ announcement: edited } as never);
    const onDone = jest.fn();
    render(<AnnouncementForm orgId='sjtu' editing={STORED} onDone={onDone} onCancel={jest.fn()} />);
    await typeBody('改到下午场。');
    tap('保存修改');
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(edited, false));
    expect(mockedCallApi).toHaveBeenCalledWith('admin', 'announcements.update', { orgId: 'sjtu', announcementId: 'a_1', title: '12月评价安排', body: '改到下午场。' });
  });

  it('a refused request is shown in words and the buttons work again', async () => {
    let refuse: (error: unknown) => void = () => undefined;
    mockedCallApi.mockReturnValue(new Promise((_resolve, reject) => (refuse = reject)));
    const onDone = jest.fn();
    render(<AnnouncementForm orgId='sjtu' editing={STORED} onDone={onDone} onCancel={jest.fn()} />);
    tap('保存修改');
    // While the answer is out, neither button can be pressed again.
    await waitFor(() => expect(button('保存修改').hasAttribute('disabled')).toBe(true));
    expect(button('取消').hasAttribute('disabled')).toBe(true);
    refuse(new ApiError('FORBIDDEN'));
    expect((await screen.findByRole('alert')).textContent).toBe('您没有该机构的工作人员权限。');
    await waitFor(() => expect(button('保存修改').hasAttribute('disabled')).toBe(false));
    expect(onDone).not.toHaveBeenCalled();
  });
});
