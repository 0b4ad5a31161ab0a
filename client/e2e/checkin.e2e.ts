/**
 * Venue check-in end to end, in the H5 build against the real local server (demo data,
 * today fixed): staff import three more candidates into the demo session, each candidate's
 * ticket answer carries its signed code; on the exam morning a staff device downloads the
 * roster and keys, goes offline, checks in two candidates by code and one by typed
 * number, refuses a forged code and a second scan, comes back online and syncs; the
 * attendance and the results template pre-filled with 缺考 show who came.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type ApiAnswer, type ReleasedTicket, type TicketsMineData } from '@skills/shared';
import { DEMO_RELEASED } from '../../cloudfunctions/src/demo/candidates';
import { REPO_ROOT, requireBrowserTools, ensureH5Build, fillField, launchBrowser, startServer, tapButton, type RunningServer } from './harness';
import { STAFF_ROUTES } from '../src/routes';

const TODAY = '2026-06-10';
/** The demo's released candidate sits 3 days after today: the session the staff check in. */
const EXAM_DATE = '2026-06-13';
/** 08:50 in Shanghai on the exam day, as the staff device's clock reads. */
const EXAM_MORNING = new Date(`${EXAM_DATE}T00:50:00Z`);
const DESKTOP = { width: 1280, height: 800 };

function idNumber(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
  return body17 + '10X98765432'[sum % 11];
}

const PEOPLE = [
  { name: '周签到', idNumber: idNumber('31010419900101123'), ticketNumber: '2026069001', seat: '11' },
  { name: '吴签到', idNumber: idNumber('31010419910202234'), ticketNumber: '2026069002', seat: '12' },
  { name: '郑签到', idNumber: idNumber('31010419920303345'), ticketNumber: '2026069003', seat: '13' },
];

let server: RunningServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let staffContext: BrowserContext;
let staff: Page;

beforeAll(async () => {
  requireBrowserTools();
  ensureH5Build();
  server = await startServer({ today: TODAY });
  ({ browser, close: closeBrowser } = await launchBrowser());
  staffContext = await browser.newContext({ baseURL: server.url, viewport: DESKTOP, locale: 'zh-CN', acceptDownloads: true });
  // The door's check reads the device's clock: it is the exam morning on this device.
  await staffContext.clock.setFixedTime(EXAM_MORNING);
  staff = await staffContext.newPage();
}, 600000);

afterAll(async () => {
  await closeBrowser?.();
  await server?.stop();
});

async function api<T>(context: BrowserContext, fn: string, event: object): Promise<T> {
  const response = await context.request.post(`/api/${fn}`, { data: event });
  const answer = (await response.json()) as ApiAnswer<T>;
  if (!answer.ok) throw new Error(`${fn}.${String((event as { action: string }).action)}: ${answer.code} ${answer.message}`);
  return answer.data;
}

async function ticketFile(): Promise<string> {
  const lines = ['准考证号,姓名,身份证号,职业（工种）,等级,申报方式,考试日期,考试时间,考点,考场,座位号'];
  for (const p of PEOPLE) lines.push(`${p.ticketNumber},${p.name},${p.idNumber},人工智能训练师,四级,个人,${EXAM_DATE},09:00-11:30,徐汇校区,第1考场,${p.seat}`);
  return Buffer.from(`${lines.join('\n')}\n`).toString('base64');
}

/** A candidate's own browser binds and reads the signed code from the ticket answer. */
async function codeOf(person: { name: string; idNumber: string }): Promise<string> {
  const context = await browser.newContext({ baseURL: server.url });
  try {
    await api(context, 'tickets', { action: 'bind', name: person.name, idNumber: person.idNumber });
    const mine = await api<TicketsMineData>(context, 'tickets', { action: 'mine' });
    const ticket = mine.tickets.find((t): t is ReleasedTicket => t.released && t.examDate === EXAM_DATE);
    if (!ticket) throw new Error(`no released ticket for ${person.name}`);
    return ticket.code;
  } finally {
    await context.close();
  }
}

async function admit(text: string): Promise<string> {
  await fillField(staff, '准考证号或二维码内容', text);
  await tapButton(staff, /^签到$/);
  const verdict = staff.getByTestId('door-verdict');
  await verdict.waitFor();
  return (await verdict.textContent()) ?? '';
}

test('staff download a roster, check in offline by code and by number, refuse a forged code, sync, and see attendance and the 缺考 template', async () => {
  await staff.goto(STAFF_ROUTES.home);
  await staff.getByText('仅限评价机构工作人员').waitFor();
  const identity = ((await staff.locator('.copy-value').first().textContent()) ?? '').trim();
  execFileSync('npm', ['run', 'staff', '--workspace', 'cloudfunctions', '--', 'add', '--org', 'sjtu', '--identity', identity], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: server.dataDir },
    stdio: 'pipe',
  });
  const preview = await api<{ previewId: string | null }>(staffContext, 'admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: '签到考生.csv', fileBase64: await ticketFile() });
  expect(preview.previewId).not.toBeNull();
  await api(staffContext, 'admin', { action: 'import.confirm', orgId: 'sjtu', previewId: preview.previewId });
  const [first, second] = [await codeOf(PEOPLE[0]), await codeOf(PEOPLE[1])];
  expect(first).toMatch(/^[A-Za-z0-9_-]+$/);

  // Before the exam, with network: the session's roster and keys onto the device.
  await staff.goto(`${STAFF_ROUTES.checkin}?org=sjtu`);
  const row = staff.getByTestId('checkin-session').filter({ hasText: '（4 人）' });
  await row.locator('taro-button-core', { hasText: '下载签到名单' }).click();
  await staff.getByTestId('door-counts').waitFor();
  expect(await staff.getByTestId('door-counts').textContent()).toContain('已签到 0 / 4 人');

  // At the door, without network.
  await staffContext.setOffline(true);
  const one = await admit(first);
  expect(one).toContain('已签到');
  expect(one).toContain(PEOPLE[0].name);
  expect(one).toContain('请核对身份证');
  expect(one).toContain('第1考场 / 11');
  expect(await admit(second)).toContain(PEOPLE[1].name);
  const typed = await admit(PEOPLE[2].ticketNumber);
  expect(typed).toContain('已签到');
  expect(typed).toContain(PEOPLE[2].name);
  const forged = first.slice(0, -3) + (first.slice(-3) === 'AAA' ? 'BBB' : 'AAA');
  expect(await admit(forged)).toContain('签名无效');
  expect(await admit(first)).toContain('重复签到');
  await staff.getByText('已签到 3 / 4 人 · 待同步 3 条').waitFor();
  await staff.getByTestId('door-sync').filter({ hasText: '暂未同步' }).first().waitFor();

  // Back online: the device syncs by itself.
  await staffContext.setOffline(false);
  await staff.getByTestId('door-sync').filter({ hasText: '已同步' }).waitFor();
  await staff.getByText('已签到 3 / 4 人 · 待同步 0 条').waitFor();

  await tapButton(staff, '查看出勤');
  await staff.getByTestId('attendance-counts').filter({ hasText: '实到 3 人，缺考 1 人' }).waitFor();
  const absentRow = staff.getByTestId('attendance-row').filter({ hasText: '✗ 未到' });
  expect(await absentRow.textContent()).toContain(DEMO_RELEASED.ticketNumber);
  expect(await staff.getByTestId('attendance-row').filter({ hasText: PEOPLE[2].ticketNumber }).textContent()).toContain('（手工输入）');

  const download = staff.waitForEvent('download');
  await tapButton(staff, '下载成绩模板（预填缺考）');
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(file!) as never);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  const [header, ...body] = rows;
  const column = (name: string) => header.indexOf(name);
  const byNumber = new Map(body.map((r) => [r[column('准考证号')], r]));
  expect(byNumber.size).toBe(4);
  expect(byNumber.get(DEMO_RELEASED.ticketNumber)?.[column('理论知识')]).toBe('缺考');
  expect(byNumber.get(DEMO_RELEASED.ticketNumber)?.[column('操作技能')]).toBe('缺考');
  for (const p of PEOPLE) expect(byNumber.get(p.ticketNumber)?.[column('理论知识')] ?? '').toBe('');
});
