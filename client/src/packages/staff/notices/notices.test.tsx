import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { tap, type } from '@test/helpers';
import { BUNDLED_NOTICES, type DocumentInfo, type NoticeDocument } from '@skills/shared';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- a test: the stub server answers with the server's own checks
import { calendarProblems, coverageProblems, feeProblems } from '@skills/shared/src/notice/checks';
import { callApi } from '@/services/api';
import { ApiError } from '@/services/errors';
import { forgetWhoami } from '@/services/whoami';
import type { NoticeVersion } from '@/services/staff';
import StaffNotices from './index';
import { draftKey } from './draft';

jest.mock('@/services/api', () => ({ callApi: jest.fn() }));
const mockedCallApi = callApi as jest.MockedFunction<typeof callApi>;

const SJTU = BUNDLED_NOTICES.find((document) => document.orgId === 'sjtu') as NoticeDocument;
const BUNDLED: NoticeVersion = {
  orgId: 'sjtu',
  version: 1,
  origin: 'bundled',
  status: 'published',
  effectiveFrom: SJTU.effectiveFrom,
  coversYears: SJTU.coversYears,
  publishedAt: null,
  pdfDocumentId: null,
  withdrawnAt: null,
  document: SJTU,
};
const PDF: DocumentInfo = {
  id: 'doc_notice',
  orgId: 'sjtu',
  occupationId: null,
  kind: 'notice',
  title: '2027年评价认定通知',
  fileName: 'notice-2027.pdf',
  version: 1,
  size: 120000,
  sha256: 'a'.repeat(64),
  publishedOn: '2026-12-01',
  demo: false,
};

/** What the server's check finds in a document (the same checks it runs, less the PDF's quotes). */
function serverProblems(document: NoticeDocument) {
  return [...feeProblems(document), ...calendarProblems(document), ...coverageProblems(document)];
}

const showModal = jest.fn();
let publishAnswer: (params: { document: NoticeDocument }) => unknown;

beforeEach(() => {
  forgetWhoami();
  localStorage.clear();
  mockedCallApi.mockReset();
  mockedCallApi.mockImplementation(async (_fn, action, params) => {
    const p = params as { document: NoticeDocument };
    switch (action as string) {
      case 'whoami':
        return { identity: 'u_staff', staffOf: [{ orgId: 'sjtu', name: '上海交通大学' }] } as never;
      case 'notices.list':
        return { notices: [BUNDLED] } as never;
      case 'documents.list':
        return { documents: [PDF] } as never;
      case 'notices.check':
        return { problems: serverProblems(p.document) } as never;
      case 'notices.publish':
        return publishAnswer(p) as never;
      default:
        throw new ApiError('OFFLINE');
    }
  });
  publishAnswer = ({ document }) => ({ notice: { ...BUNDLED, origin: 'published', version: document.version, effectiveFrom: document.effectiveFrom, document } });
  // The test's answer to each confirmation (the shim has no modal).
  (Taro as unknown as { showModal: jest.Mock }).showModal = showModal;
  showModal.mockReset();
  showModal.mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' });
});

/** Opens a folded section of the form by its title. */
function open(title: string): void {
  fireEvent.click(screen.getByText(title).closest('taro-button-core') as HTMLElement);
}

function sentWith(action: string) {
  return mockedCallApi.mock.calls.filter(([, name]) => name === action).map(([, , params]) => params as { document: NoticeDocument; pdfDocumentId: string });
}

async function startFromCopy(): Promise<void> {
  render(<StaffNotices />);
  tap(await screen.findByText('以当前通知为底稿（第1版）', { selector: 'taro-button-core' }));
  await screen.findByText('草稿：第2版');
}

// The flow tests render the whole page and type through it: allow for a busy machine.
jest.setTimeout(30_000);

describe('通知与规则', () => {
  it('copy → fee changed (the sum says it no longer adds up as it is typed) → check names the row beside 合计 → fixed → moved to 2027 → published after confirming', async () => {
    await startFromCopy();
    open('收费标准');
    await type('操作技能（元）', '350');
    expect(screen.getAllByTestId('fee-sum')[0].textContent).toBe('理论知识 + 操作技能 = 450 元，与合计 400 元不符');

    // No PDF yet: nothing is sent.
    tap('检查');
    expect((await screen.findByText(/请先附上通知 PDF/)).textContent).toContain('出处原文');
    expect(sentWith('notices.check')).toHaveLength(0);

    tap(screen.getByText('2027年评价认定通知（第1版 2026年12月1日）', { selector: 'taro-button-core' }));
    tap('检查');
    await screen.findByText('检查发现 1 处问题');
    expect(sentWith('notices.check')[0]).toMatchObject({ orgId: 'sjtu', pdfDocumentId: 'doc_notice' });
    expect(sentWith('notices.check')[0].document.notice.offerings[0].subjects[1].amount).toBe(350);
    // Beside the field it names, and in the summary with its row and field.
    const beside = screen.getAllByRole('alert').find((node) => node.textContent?.includes('与合计400元不符'));
    expect(beside?.textContent).toBe('人工智能训练师 中级（四级）：理论知识100元 + 操作技能350元 = 450元，与合计400元不符');
    expect(screen.getByTestId('notice-problem').textContent).toContain('收费标准第1行 合计');
    expect(screen.getByText('1 处问题')).toBeInTheDocument();

    expect(screen.queryByText(/检查之后草稿又有修改/)).toBeNull();
    await type('合计（元）', '450');
    expect(screen.getAllByTestId('fee-sum')[0].textContent).toBe('理论知识 + 操作技能 = 450 元，与合计相符');
    // The result shown is from before this edit: it says so until the next check.
    expect(screen.getByText(/检查之后草稿又有修改/)).toBeInTheDocument();

    open('版本与生效日期');
    await type('改为哪一年的通知', '2027');
    tap('移到 2027 年');
    tap('检查');
    await screen.findByText('检查通过：没有发现问题，可以发布。');
    expect(screen.queryByText(/检查之后草稿又有修改/)).toBeNull();

    tap('发布');
    await screen.findByText('已发布第2版，2027年1月1日起生效。');
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '发布第2版通知', content: expect.stringContaining('将从2027年1月1日起生效，适用2027年') }));
    const [published] = sentWith('notices.publish');
    expect(published.document.notice.calendar.rows[0]).toEqual({ opens: '2027-01-01', closes: '2027-02-15', assessmentMonth: '2027-03' });
    expect(published.document.notice.offerings[0].total).toBe(450);
    expect(published.pdfDocumentId).toBe('doc_notice');
    // The version list is read again, and the draft is gone from the page and from storage.
    await waitFor(() => expect(mockedCallApi.mock.calls.filter(([, name]) => name === 'notices.list')).toHaveLength(2));
    expect(screen.queryByTestId('notice-draft')).toBeNull();
    await waitFor(() => expect(localStorage.getItem(draftKey('sjtu'))).toBeNull());
  });

  it('a publish refused with NOTICE_INVALID shows the problems the check finds, beside their fields, and keeps the draft', async () => {
    publishAnswer = () => {
      throw new ApiError('NOTICE_INVALID');
    };
    await startFromCopy();
    tap(screen.getByText('2027年评价认定通知（第1版 2026年12月1日）', { selector: 'taro-button-core' }));
    open('申报与评价时间安排');
    await type('受理开始', '2025-02-20', 1);
    tap('发布');
    const refusal = await screen.findByText('未发布：检查发现 1 处问题，已在下方列出。');
    // Where the message says: the summary follows it on the page.
    expect(refusal.compareDocumentPosition(screen.getByTestId('notice-problem')) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(screen.getByTestId('notice-problem').textContent).toBe('时间安排 时间安排表第2行 受理开始与第1行之间空缺2025-02-16至2025-02-19，没有可申报的窗口');
    expect(screen.getByTestId('calendar-row-1').textContent).toContain('空缺2025-02-16至2025-02-19');
    expect(screen.getByTestId('notice-draft')).toBeInTheDocument();
  });

  it('keeps the draft in storage: a page closed and opened again has the edits and the PDF', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      await startFromCopy();
      tap(screen.getByText('2027年评价认定通知（第1版 2026年12月1日）', { selector: 'taro-button-core' }));
      open('收费标准');
      await type('操作技能（元）', '350');
      act(() => jest.advanceTimersByTime(1000));
      const { unmount } = render(<span />);
      unmount();
    } finally {
      jest.useRealTimers();
    }
    document.body.innerHTML = '';
    render(<StaffNotices />);
    await screen.findByText(/已恢复 .* 保存在本机的草稿/);
    open('收费标准');
    expect(screen.getAllByTestId('fee-sum')[0].textContent).toContain('= 450 元');
    expect(screen.getByText('2027年评价认定通知（第1版 2026年12月1日）', { selector: 'taro-button-core' }).getAttribute('aria-checked')).toBe('true');
  });

  it('withdraws a published version only after confirming', async () => {
    const published: NoticeVersion = { ...BUNDLED, origin: 'published', version: 2, publishedAt: '2026-12-01T02:00:00.000Z', pdfDocumentId: 'doc_notice' };
    mockedCallApi.mockImplementation(async (_fn, action) => {
      if ((action as string) === 'whoami') return { identity: 'u_staff', staffOf: [{ orgId: 'sjtu', name: '上海交通大学' }] } as never;
      if ((action as string) === 'notices.list') return { notices: [BUNDLED, published] } as never;
      if ((action as string) === 'documents.list') return { documents: [PDF] } as never;
      if ((action as string) === 'notices.withdraw') return { notices: [BUNDLED, { ...published, status: 'withdrawn' }] } as never;
      throw new ApiError('OFFLINE');
    });
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    render(<StaffNotices />);
    const rows = await screen.findAllByTestId('notice-version');
    expect(rows[0].textContent).toContain('第 2 版');
    expect(rows[0].textContent).toContain('通知 PDF：2027年评价认定通知');
    expect(rows[1].textContent).toContain('内置');
    tap('撤回');
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1));
    expect(mockedCallApi.mock.calls.some(([, name]) => name === 'notices.withdraw')).toBe(false);
    tap('撤回');
    await screen.findByText('已撤回第2版。');
    expect(mockedCallApi).toHaveBeenCalledWith('admin', 'notices.withdraw', { orgId: 'sjtu', version: 2 });
  });

  it('an organisation without a notice starts from a blank draft with its id and name, version 1', async () => {
    mockedCallApi.mockImplementation(async (_fn, action) => {
      if ((action as string) === 'whoami') return { identity: 'u_staff', staffOf: [{ orgId: 'pudong-skills', name: '浦东技能评价中心' }] } as never;
      if ((action as string) === 'notices.list') return { notices: [] } as never;
      if ((action as string) === 'documents.list') return { documents: [] } as never;
      throw new ApiError('OFFLINE');
    });
    render(<StaffNotices />);
    await screen.findByText('还没有通知');
    tap(await screen.findByText('从空白草稿开始', { selector: 'taro-button-core' }));
    await screen.findByText('草稿：第1版');
    expect(screen.getByText(/还没有上传过通知 PDF/)).toBeInTheDocument();
    open('开展的职业（工种）');
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    await type('名称', '无人机装调检修工');
    await waitFor(() => expect(screen.getByText('无人机装调检修工')).toBeInTheDocument());
  });
});
