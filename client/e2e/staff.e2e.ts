/**
 * Issue 5 end to end, in the H5 build against the real local server (no demo data, today
 * fixed through the server's SKILLS_TODAY): an operator adds a browser as staff with the
 * staff command; staff schedule two sessions, import a ticket file with one bad row
 * (nothing written, the row reported), fix it and import again (written); a candidate binds
 * and sees the ticket whose release date has come, another sees only when theirs will be
 * released; staff see the session's ticket count and the notice's rollover hint, roll the
 * session over and the candidate's timeline shows it; staff export the month, publish and
 * withdraw an announcement, and upload a PDF that a candidate downloads byte for byte.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { makeDemoPdf } from '../../cloudfunctions/src/demo/pdf';
import { REPO_ROOT, requireBrowserTools, ensureH5Build, fillField, launchBrowser, newPhone, startServer, tapButton, type RunningServer } from './harness';
import { ROUTES, STAFF_ROUTES } from '../src/routes';

const TODAY = '2026-06-10';
/** A Saturday three days on: both channels' ticket release dates (5 working days / a week before) have come. */
const EXAM_DATE = '2026-06-13';
/** Two weeks later: its ticket is not released yet (a week before, for individual applicants). */
const LATER_DATE = '2026-06-27';
const ROLLED_DATE = '2026-07-11';
const DESKTOP = { width: 1280, height: 800 };

/** A 身份证号 with a correct GB 11643 check digit. */
function idNumber(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
  return body17 + '10X98765432'[sum % 11];
}

const CHEN = { name: '陈晓明', idNumber: idNumber('11010519850615123'), ticketNumber: '2026060001', examDate: EXAM_DATE };
const LIU = { name: '刘芳', idNumber: idNumber('31011519920101456'), ticketNumber: '2026060002', examDate: LATER_DATE };
/** The same person with the last digit mistyped: the checksum fails. */
const LIU_TYPO = { ...LIU, idNumber: LIU.idNumber.slice(0, 17) + (LIU.idNumber.endsWith('0') ? '1' : '0') };

let server: RunningServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let staff: Page;

beforeAll(async () => {
  requireBrowserTools();
  ensureH5Build();
  server = await startServer({ today: TODAY, env: { SKILLS_DEMO: '0' } });
  ({ browser, close: closeBrowser } = await launchBrowser());
  // Staff work at a desktop browser through the H5 build.
  const context = await browser.newContext({ baseURL: server.url, viewport: DESKTOP, locale: 'zh-CN', acceptDownloads: true });
  staff = await context.newPage();
}, 600000);

afterAll(async () => {
  await closeBrowser?.();
  await server?.stop();
});

async function phone(): Promise<Page> {
  return (await newPhone(browser, server.url)).page;
}

/**
 * The 准考证 template's header row as an office has it saved (the columns this product has
 * offered since the template was published): renaming one on the server breaks every saved
 * file, so the test keeps its own copy rather than reading the server's.
 */
const TICKET_HEADERS = ['准考证号', '姓名', '身份证号', '职业（工种）', '等级', '申报方式', '考试日期', '考试时间', '考点', '考场', '座位号'];

async function ticketFile(people: { name: string; idNumber: string; ticketNumber: string; examDate: string }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('准考证');
  sheet.addRow(['上海交通大学 2026年6月 评价认定准考证信息']);
  sheet.mergeCells('A1:K1');
  sheet.addRow(TICKET_HEADERS);
  people.forEach((person, index) => {
    sheet.addRow([person.ticketNumber, person.name, person.idNumber, '人工智能训练师', '四级', '个人', person.examDate, '09:00-11:00', '法华镇路校区', '第1考场', String(index + 1).padStart(2, '0')]);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function chooseFile(page: Page, button: string, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await tapButton(page, button);
  await (await chooser).setFiles({ name, mimeType, buffer });
}

async function bindTicket(page: Page, name: string, id: string): Promise<void> {
  await page.goto(ROUTES.ticket);
  await page.getByText('绑定考生身份').waitFor();
  await fillField(page, '姓名', name);
  await fillField(page, '身份证号', id);
  await tapButton(page, '绑定并查看准考证');
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('a browser that is not staff sees no console; after the operator adds it with the staff command, it does', async () => {
  await staff.goto(STAFF_ROUTES.home);
  await staff.getByText('仅限评价机构工作人员').waitFor();
  const identity = ((await staff.locator('.copy-value').first().textContent()) ?? '').trim();
  expect(identity.length).toBeGreaterThan(8);
  execFileSync('npm', ['run', 'staff', '--workspace', 'cloudfunctions', '--', 'add', '--org', 'sjtu', '--identity', identity], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: server.dataDir },
    stdio: 'pipe',
  });
  await staff.reload();
  await staff.getByText('上海交通大学 · 机构工作台').waitFor();
  await staff.getByText('考期安排').first().waitFor();

  // The way in from the candidate side shows only to staff.
  const candidate = await phone();
  await candidate.goto(`${ROUTES.contact}?org=sjtu`);
  await candidate.getByText('业务咨询', { exact: true }).waitFor();
  await candidate.waitForLoadState('networkidle');
  expect(await candidate.getByText('机构工作台（工作人员）').count()).toBe(0);
  await staff.goto(`${ROUTES.contact}?org=sjtu`);
  await staff.getByText('机构工作台（工作人员）').click();
  await staff.getByText('上海交通大学 · 机构工作台').waitFor();
});

test('staff schedule two sessions for the month', async () => {
  await staff.goto(`${STAFF_ROUTES.sessions}?org=sjtu`);
  await staff.getByText('2026年6月的考期').waitFor();
  await staff.getByText('这个月还没有安排考期').waitFor();
  for (const [date, shown] of [[EXAM_DATE, '2026年6月13日'], [LATER_DATE, '2026年6月27日']]) {
    await tapButton(staff, '新增考期');
    await tapButton(staff, '人工智能训练师');
    await fillField(staff, '考试日期', date);
    await fillField(staff, '考点名称', '法华镇路校区');
    await fillField(staff, '考点地址', '上海市长宁区法华镇路535号');
    await fillField(staff, '容量（人）', '60');
    await tapButton(staff, '保存考期');
    await staff.getByText('已保存 人工智能训练师').waitFor();
    await staff.getByTestId('session-row').filter({ hasText: shown }).waitFor();
  }
});

test('a ticket file with one bad row writes nothing and names the row; fixed, it is written', async () => {
  await staff.goto(`${STAFF_ROUTES.imports}?org=sjtu`);
  await staff.getByText('1. 选择要导入的内容').waitFor();

  const download = staff.waitForEvent('download');
  await tapButton(staff, '下载“准考证”模板');
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile((await (await download).path()) as string);
  expect(template.worksheets[0].getRow(1).values).toEqual([undefined, ...TICKET_HEADERS]);

  await chooseFile(staff, '选择文件', '6月准考证.xlsx', XLSX, await ticketFile([CHEN, LIU_TYPO]));
  await staff.getByText('需要改正的地方').waitFor();
  const problems = await staff.getByTestId('import-problems').innerText();
  expect(problems).toContain('第 4 行 · 身份证号');
  expect(problems).not.toContain('第 3 行');
  // The recognised rows line up: every value starts where its column's header starts.
  const sampleRows = staff.locator('.staff-sample-row');
  const headerLefts = await sampleRows.first().locator('.staff-sample-cell').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().left));
  const valueLefts = await sampleRows.nth(1).locator('.staff-sample-cell').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().left));
  expect(valueLefts).toEqual(headerLefts);
  expect(await staff.locator('taro-button-core', { hasText: '确认导入' }).count()).toBe(0);

  // Nothing was written: the good row's candidate is not there either.
  const candidate = await phone();
  await bindTicket(candidate, CHEN.name, CHEN.idNumber);
  await candidate.getByText('姓名与身份证号未匹配到考生信息').waitFor();

  await chooseFile(staff, '选择文件', '6月准考证（改）.xlsx', XLSX, await ticketFile([CHEN, LIU]));
  await staff.getByText('共读到 2 行数据，其中 2 行无误').waitFor();
  await tapButton(staff, '确认导入 2 行');
  await staff.getByText('已导入：新增 2 行').waitFor();
});

test('a candidate binds and sees the ticket once its release date has come; before it, only the date (上海交通大学 （五）2. 个人申报…于考前一周…下载准考证: exam 2026-06-27 → 2026年6月20日)', async () => {
  const candidate = await phone();
  await bindTicket(candidate, CHEN.name, CHEN.idNumber);
  await expect(candidate.getByTestId('ticket-number').textContent()).resolves.toBe(CHEN.ticketNumber);
  expect(await candidate.locator('body').innerText()).not.toContain(CHEN.idNumber);

  const waiting = await phone();
  await bindTicket(waiting, LIU.name, LIU.idNumber);
  await waiting.getByTestId('ticket-pending').waitFor();
  expect(await waiting.getByTestId('ticket-pending').innerText()).toContain('准考证将于 2026年6月20日 发放');
  expect(await waiting.getByTestId('ticket-number').count()).toBe(0);
  expect(await waiting.locator('body').innerText()).not.toContain(LIU.ticketNumber);
});

test('staff roll the session over; the candidate timeline shows the new month and the reason', async () => {
  await staff.goto(`${STAFF_ROUTES.sessions}?org=sjtu`);
  const row = staff.getByTestId('session-row').filter({ hasText: '2026年6月13日' });
  // The imported ticket is counted against the capacity, and the notice's minimum is not met.
  await row.getByText('已发准考证 1 人 / 容量 60 人').waitFor();
  await row.getByTestId('rollover-hint').filter({ hasText: '不足30人，按通知可顺延至下月' }).waitFor();
  await row.locator('taro-button-core', { hasText: '顺延' }).click();
  await staff.getByText('原评价月份：2026年6月，顺延至').waitFor();
  await staff.getByText('本场已发准考证 1 人 / 容量 60 人').waitFor();
  await fillField(staff, '新的考试日期（选填）', ROLLED_DATE);
  await tapButton(staff, '确认顺延');
  await staff.getByText('已顺延至 2026年7月。涉及 1 张准考证').waitFor();
  await staff.getByTestId('session-row').filter({ hasText: '由 2026年6月 顺延至 2026年7月' }).waitFor();

  const candidate = await phone();
  await candidate.goto(`${ROUTES.timeline}?org=sjtu`);
  await candidate.getByTestId('timeline').waitFor();
  await candidate.getByText('已顺延至 2026年7月：当月申报人数不足30人').first().waitFor();

  await staff.goto(`${STAFF_ROUTES.audit}?org=sjtu`);
  await staff.getByTestId('audit-row').filter({ hasText: '考期顺延 · 涉及 1 张准考证' }).filter({ hasText: '操作人 我（' }).waitFor();
  await staff.getByTestId('audit-row').filter({ hasText: '确认导入 · 2 行' }).waitFor();
});

test('staff export the month the session moved to: its ticket, the new date, the ID number masked', async () => {
  await staff.goto(`${STAFF_ROUTES.exports}?org=sjtu`);
  await staff.getByText('2026年6月 准考证名单').waitFor();
  await tapButton(staff, '下月');
  await staff.getByText('2026年7月 准考证名单').waitFor();
  const download = staff.waitForEvent('download');
  await tapButton(staff, '导出准考证名单（Excel）');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await file.path()) as string);
  const rows = workbook.worksheets[0].getSheetValues().slice(2) as unknown[][];
  expect(rows.map((row) => row[1])).toEqual([CHEN.ticketNumber]);
  expect(rows[0]).toContain(ROLLED_DATE);
  expect(JSON.stringify(rows)).not.toContain(CHEN.idNumber);
  await staff.getByText(/已导出 .*：1 行/).waitFor();
});

test('staff publish an announcement, candidates see it on the home page; withdrawn, it is gone', async () => {
  const title = '2026年7月评价认定安排';
  await staff.goto(`${STAFF_ROUTES.announcements}?org=sjtu`);
  await tapButton(staff, '发布公告');
  await fillField(staff, '标题', title);
  await staff.locator('textarea').fill('6月13日的人工智能训练师四级考试顺延至7月11日，考点不变。');
  await tapButton(staff, '发布');
  await staff.getByText(`已发布“${title}”。`).waitFor();

  const candidate = await phone();
  await candidate.goto(`${ROUTES.home}?org=sjtu`);
  await candidate.getByText(title).waitFor();

  await staff.locator('.staff-row', { hasText: title }).locator('taro-button-core', { hasText: '撤回' }).click();
  // Taro's H5 showModal: confirm in its own dialog.
  await staff.locator('.taro-model__confirm', { hasText: '撤回' }).click();
  await staff.getByText(`已撤回“${title}”。`).waitFor();
  await candidate.reload();
  await candidate.getByText('最新公告').waitFor();
  await candidate.getByText('暂无公告').waitFor();
  expect(await candidate.getByText(title).count()).toBe(0);
});

test('staff upload a handbook (PDF); a candidate downloads exactly those bytes', async () => {
  const pdf = Buffer.from(makeDemoPdf(['Handbook 2026', 'AI trainer, level 4']));
  const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
  await staff.goto(`${STAFF_ROUTES.documents}?org=sjtu`);
  await staff.getByText('还没有发布文件').waitFor();
  await tapButton(staff, '上传文件（PDF）');
  await fillField(staff, '标题', '人工智能训练师考核指导手册（2026版）');
  await staff.locator('[aria-label="适用职业（工种）"] taro-button-core', { hasText: '人工智能训练师' }).click();
  await chooseFile(staff, '选择 PDF 文件', '人工智能训练师手册.pdf', 'application/pdf', pdf);
  await staff.getByTestId('picked-file').waitFor();
  await tapButton(staff, '上传并发布');
  await staff.getByText('已发布“人工智能训练师考核指导手册（2026版）”第 1 版').waitFor();

  const candidate = await phone();
  await candidate.goto(`${ROUTES.documents}?org=sjtu`);
  const item = candidate.getByTestId('document-item').filter({ hasText: '人工智能训练师考核指导手册（2026版）' });
  await item.waitFor();
  expect(await item.getAttribute('data-sha256')).toBe(sha256);
  const download = candidate.waitForEvent('download');
  await item.locator('taro-button-core', { hasText: '下载' }).click();
  const bytes = fs.readFileSync((await (await download).path()) as string);
  expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
});
