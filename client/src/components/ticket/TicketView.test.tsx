import { render, screen } from '@testing-library/react';
import type { PendingTicket, ReleasedTicket } from '@skills/shared';
import { TicketView } from './TicketView';
import { BindForm } from './BindForm';
import { stubApi, tap, type } from '@test/helpers';
import { makeQr } from '@/lib/qr';

const common = {
  id: 't1',
  orgId: 'sjtu',
  orgName: '上海交通大学',
  occupationId: '4-04-05-05',
  occupationName: '人工智能训练师',
  track: 4 as const,
  trackLabel: '四级/中级工',
  channel: 'individual' as const,
  examDate: '2026-06-13',
  releaseDate: '2026-06-06',
  estimated: false,
  sessionStatus: 'scheduled' as const,
  rollovers: [],
  demo: true,
};

const released: ReleasedTicket = {
  ...common,
  released: true,
  ticketNumber: 'YS-SJTU-0001',
  name: '李演示',
  maskedIdNumber: '3101**********1237',
  examTime: '09:00-11:30',
  venue: { name: '上海交通大学徐汇校区', address: '上海市华山路1954号', latitude: 31.2, longitude: 121.43 },
  room: '第3考场',
  seat: '12',
  subjects: [
    { subject: 'theory', label: '理论知识' },
    { subject: 'practical', label: '操作技能' },
  ],
  bring: ['准考证', '身份证原件'],
  code: 'AQRzanR1DFlTLVNKVFUtMDAwMRpp',
};

describe('TicketView', () => {
  test('a released ticket shows every detail, a masked ID and a QR code of the ticket number', () => {
    render(<TicketView ticket={released} />);
    expect(screen.getByTestId('ticket-number').textContent).toBe('YS-SJTU-0001');
    expect(screen.getByText('3101**********1237')).toBeInTheDocument();
    expect(screen.getByText('上海交通大学徐汇校区')).toBeInTheDocument();
    expect(screen.getByText('第3考场 / 12', { normalizer: (t) => t.replace(/\s+/g, ' ').trim() })).toBeInTheDocument();
    expect(screen.getByText('理论知识、操作技能')).toBeInTheDocument();
    expect(screen.getByText('09:00-11:30').style.whiteSpace).toBe('nowrap');
    expect(screen.getByText('☐ 身份证原件', { normalizer: (t) => t.trim() })).toBeInTheDocument();
    const qr = screen.getByTestId('ticket-qr');
    expect(qr.getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
    expect(screen.getByText('打印 / 另存为 PDF')).toBeInTheDocument();
    expect(screen.getByText('查看考点地图')).toBeInTheDocument();
  });

  test('the QR encodes the signed ticket code; two codes give two different QR codes', () => {
    const { unmount } = render(<TicketView ticket={released} />);
    const first = screen.getByTestId('ticket-qr').getAttribute('src');
    expect(first).toBe(makeQr(released.code).dataUrl(6));
    unmount();
    render(<TicketView ticket={{ ...released, ticketNumber: 'YS-SJTU-0002', code: 'AQRzanR1DFlTLVNKVFUtMDAwMhpp' }} />);
    expect(screen.getByTestId('ticket-qr').getAttribute('src')).not.toBe(first);
  });

  test('an exam already held says so above the ticket; one still to come does not', () => {
    const { unmount } = render(<TicketView ticket={released} today='2026-06-20' />);
    expect(screen.getByTestId('ticket-past').textContent).toContain('本场考试已于 2026年6月13日 举行');
    unmount();
    render(<TicketView ticket={released} today='2026-06-13' />);
    expect(screen.queryByTestId('ticket-past')).toBeNull();
  });

  test('the checklist is headed 考前准备: it holds the ticket to bring and the rule on prohibited items', () => {
    render(<TicketView ticket={{ ...released, bring: ['准考证', '不得将禁携物品带入座位（或考位）'] }} />);
    expect(screen.getByText('考前准备')).toBeInTheDocument();
    expect(screen.queryByText('请携带')).toBeNull();
  });

  test('before release: the date it will appear, marked 预计 when estimated', () => {
    const pending: PendingTicket = { ...common, released: false, releaseDate: '2027-01-04', estimated: true };
    render(<TicketView ticket={pending} />);
    expect(screen.getByTestId('ticket-pending').textContent).toContain('准考证将于 2027年1月4日 发放');
    expect(screen.getByText('预计')).toBeInTheDocument();
    expect(screen.queryByTestId('ticket-number')).toBeNull();
  });
});

describe('TicketView: the notice’s words on how the official ticket is got', () => {
  test('a released ticket is labelled a copy, quotes its channel’s rule with the link, and the QR line says what it holds', () => {
    render(<TicketView ticket={released} />);
    expect(screen.getByText('上海交通大学 准考证（副本）')).toBeInTheDocument();
    expect(screen.getByTestId('ticket-channels').textContent).toContain('于考前一周通过 https://gjzs.sjtu.edu.cn/skill 下载准考证，自行打印准考证');
    expect(screen.getByText('https://gjzs.sjtu.edu.cn/skill')).toBeInTheDocument();
    expect(screen.getByText('二维码内容：准考证号 YS-SJTU-0001、考试日期、考场和座位，带评价机构签名，供考场签到核对')).toBeInTheDocument();
    expect(screen.queryByText(/入场时出示/)).toBeNull();
  });

  test('a pending group ticket quotes 考试前五个工作日 and says nothing of subscribing', () => {
    render(<TicketView ticket={{ ...common, channel: 'group', released: false }} />);
    expect(screen.getByTestId('ticket-channels').textContent).toContain('由所在培训机构、职业院校于考试前五个工作日');
    expect(screen.queryByText(/订阅/)).toBeNull();
  });

  test('库帕思: its own rule (考试前3天发给考生本人确认), no link', () => {
    render(<TicketView ticket={{ ...common, orgId: 'kupasi', orgName: '上海库帕思科技有限公司', released: false }} />);
    expect(screen.getByTestId('ticket-channels').textContent).toContain('在考试前3天发给考生本人确认');
    expect(screen.queryByText(/gjzs\.sjtu/)).toBeNull();
  });
});

describe('BindForm', () => {
  test('a 身份证号 with a wrong check digit is refused on the device, nothing is sent', async () => {
    const { sent } = stubApi({});
    render(<BindForm onBound={jest.fn()} />);
    await type('姓名', '李演示');
    await type('身份证号', '310101199503151230');
    tap('绑定并查看准考证');
    expect(await screen.findByText(/身份证号不正确/)).toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });

  test.each([
    ['BINDING_MISMATCH', 400, '姓名与身份证号未匹配到考生信息，请核对是否与报名时填写的一致。'],
    ['RATE_LIMITED', 429, '尝试次数过多，为保护考生信息，请 15 分钟后再试。'],
  ])('the server answers %s: a clear Chinese message, no code', async (code, status, message) => {
    stubApi({ 'tickets.bind': () => ({ status, body: { ok: false, code, message: 'server words' } }) });
    const onBound = jest.fn();
    render(<BindForm onBound={onBound} />);
    await type('姓名', '李演示');
    await type('身份证号', '310101199503151237');
    tap('绑定并查看准考证');
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByText(code)).toBeNull();
    expect(onBound).not.toHaveBeenCalled();
  });

  test('the right details bind once, with the normalised number', async () => {
    const { sent } = stubApi({
      'tickets.bind': () => ({ status: 200, body: { ok: true, data: { bound: true, name: '张演示', maskedIdNumber: '3101**********789X' } } }),
    });
    const onBound = jest.fn();
    render(<BindForm onBound={onBound} />);
    await type('姓名', ' 张演示 ');
    await type('身份证号', '31011219920108789x');
    tap('绑定并查看准考证');
    await screen.findByText('绑定并查看准考证');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onBound).toHaveBeenCalledTimes(1);
    expect(sent[0].event).toEqual({ action: 'bind', name: '张演示', idNumber: '31011219920108789X' });
  });

  test('a double tap sends one request; a number pasted with spaces is sent normalised', async () => {
    const pending: (() => void)[] = [];
    const { sent } = stubApi({
      'tickets.bind': () => ({ status: 200, body: { ok: true, data: { bound: true, name: '李演示', maskedIdNumber: '3101**********1237' } } }),
    });
    const slow = globalThis.fetch;
    (globalThis as { fetch: unknown }).fetch = (...args: Parameters<typeof fetch>) =>
      new Promise((resolve) => {
        pending.push(() => resolve(slow(...args)));
      });
    render(<BindForm onBound={jest.fn()} />);
    await type('姓名', '李演示');
    await type('身份证号', '310101 19950315 1237');
    const button = screen.getByText('绑定并查看准考证', { selector: 'taro-button-core' });
    tap(button);
    tap(button);
    await new Promise((resolve) => setTimeout(resolve, 0));
    pending.forEach((release) => release());
    await screen.findByText('绑定并查看准考证');
    expect(sent).toHaveLength(1);
    expect(sent[0].event).toMatchObject({ idNumber: '310101199503151237' });
  });

  test('on the results page the button promises results', async () => {
    stubApi({});
    render(<BindForm onBound={jest.fn()} submitLabel='绑定并查看成绩' />);
    expect(screen.getByText('绑定并查看成绩')).toBeInTheDocument();
    expect(screen.queryByText('绑定并查看准考证')).toBeNull();
  });

  test('offline: says so in Chinese', async () => {
    (globalThis as { fetch: unknown }).fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    render(<BindForm onBound={jest.fn()} />);
    await type('姓名', '李演示');
    await type('身份证号', '310101199503151237');
    tap('绑定并查看准考证');
    expect(await screen.findByText(/网络未连接/)).toBeInTheDocument();
  });
});
