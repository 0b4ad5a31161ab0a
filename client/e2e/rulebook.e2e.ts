/**
 * Notices as live data, from the candidate's side, in the H5 build against the real local server:
 * 上海交通大学's staff publish a 2027 notice (the 2025 table moved to 2027, 人工智能训练师 中级 理论知识
 * 100 → 120 元, total 420 元, effective 2027-01-01) and, with the same build (never rebuilt in between),
 * the next launch answers from it: the home's next window, 评价项目's fee, the eligibility answer's
 * window and the timeline are no longer 预计, while a 2026 date still answers from the 2025 notice
 * (预计). Then the operator registers a third organisation and, once its staff publish, it is in
 * the home page's picker. Screenshots go to the temporary directory (SCREENSHOT_DIR to keep them).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import type { NoticeDocument } from '@skills/shared';
import { SJTU_TEXT, sjtu2027 } from '../../cloudfunctions/test/fixtures/notices';
import { noticePdf } from '../../cloudfunctions/test/fixtures/noticePdf';
import { REPO_ROOT, addStaff, ensureWeappBuild, fillField, h5BuildFingerprint, newPhone, startRig, tapButton, type E2eRig } from './harness';
import { eligibleFrom, eligibleFromShown, feesShown, textOf, windowChoices } from './candidateFlows';
import { WeChatRuntime } from '../scripts/wechat/runtime';
import { WEAPP_DIR } from '../scripts/weapp';
import { ROUTES } from '../src/routes';

// December 2026: today's window (11月16日-12月31日) is the 2025 table carried over; the next is 2027's.
const TODAY = '2026-12-01';
const SHOTS = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'skills-rulebook-shots-'));
const ACME_NAME = '上海某职业技能评价中心';

let rig: E2eRig;
let staff: BrowserContext;

beforeAll(async () => {
  rig = await startRig({ today: TODAY });
  staff = (await newPhone(rig.browser, rig.server.url)).context;
}, 600_000);

afterAll(async () => {
  await rig?.close();
});

async function post(request: APIRequestContext, fn: string, event: object): Promise<Record<string, unknown>> {
  const response = await request.post(`/api/${fn}`, { data: event });
  const body = (await response.json()) as { ok: boolean; data?: Record<string, unknown>; code?: string; message?: string };
  if (!body.ok || !body.data) throw new Error(`${fn}.${String((event as { action?: unknown }).action)}: ${String(body.code)} ${String(body.message)}`);
  return body.data;
}

/**
 * What an office's staff do to publish a notice, through the local server's admin API: the browser
 * `staff` is put on the organisation's staff list by the operator's command, then publishes.
 * The one place this suite publishes, so a change of the publish contract is made here alone.
 */
async function publishNotice(orgId: string, document: NoticeDocument, noticeText: string): Promise<void> {
  const { identity } = (await post(staff.request, 'admin', { action: 'whoami' })) as { identity: string };
  addStaff(rig.server, orgId, identity);
  // The notice as the office received it: its text printed to PDF by Chromium, uploaded as a 通知 document.
  const pdf = await noticePdf({ kind: 'text', text: noticeText });
  const upload = { action: 'documents.upload', orgId, kind: 'notice', title: document.notice.title, fileName: `${document.notice.id}.pdf`, fileBase64: Buffer.from(pdf).toString('base64') };
  const { document: uploaded } = (await post(staff.request, 'admin', upload)) as { document: { id: string } };
  await post(staff.request, 'admin', { action: 'notices.publish', orgId, document, pdfDocumentId: uploaded.id });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(900); // past the page transition, so the picture is the page as it stays
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function ownExamDate(page: Page, date: string): Promise<{ ticket: string; retake: string }> {
  await fillField(page, '我的考试日期', date);
  await page.locator('[aria-label="申报方式"] taro-button-core', { hasText: '团体申报' }).click();
  await tapButton(page, '推算日期');
  await page.getByTestId('own-exam-dates').filter({ hasText: date.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日') }).waitFor();
  return { ticket: await textOf(page, 'own-ticket'), retake: await textOf(page, 'own-retake') };
}

describe('a 2027 notice published while candidates use the app', () => {
  let built: string;
  let candidate: Page;

  test('before: the 2027 windows are the 2025 table carried over, all 预计', async () => {
    built = h5BuildFingerprint();
    ({ page: candidate } = await newPhone(rig.browser, rig.server.url));
    await candidate.goto(`${ROUTES.home}?org=sjtu`);
    await candidate.getByTestId('next-window').waitFor();
    expect(await textOf(candidate, 'next-window')).toBe('下一期：2027年1月1日 至 2027年2月15日 申报，对应 2027年3月评价预计');
    expect(await eligibleFrom(candidate)).toContain('2027年1月1日至2027年2月15日，对应2027年3月评价预计');
    expect(await windowChoices(candidate)).toEqual(['2027年1月评价（预计）', '2027年3月评价（预计）', '2027年4月评价（预计）', '2027年5月评价（预计）']);
  }, 120_000);

  test('after: the next launch answers from it (home, 评价项目, eligibility, timeline); 2026 stays the 2025 notice’s, 预计', async () => {
    await publishNotice('sjtu', sjtu2027(), SJTU_TEXT);

    const rulebookCalls: string[] = [];
    candidate.on('request', (request) => {
      if (request.url().endsWith('/api/catalog') && (request.postData() ?? '').includes('"action":"rulebook"')) rulebookCalls.push(request.url());
    });
    // A new launch of the same build.
    await candidate.goto(`${ROUTES.home}?org=sjtu`);
    await candidate.getByTestId('next-window').filter({ hasNotText: '预计' }).waitFor();
    expect(await textOf(candidate, 'next-window')).toBe('下一期：2027年1月1日 至 2027年2月15日 申报，对应 2027年3月评价');
    // Today's window (a 2026 date) still answers from the 2025 notice: 预计.
    expect(await textOf(candidate, 'countdown')).toBe('距本期申报截止还有 30 天 · 对应 2027年1月评价');
    expect(await candidate.getByTestId('countdown').locator('xpath=..').innerText()).toContain('预计');
    await shot(candidate, '1-home-after-2027-notice');

    // Within the launch, pages do not ask again.
    const fees = await feesShown(candidate, '人工智能训练师');
    expect(fees).toMatch(/中级（四级） 理论知识 120 元.*? 合计 420 元 .*?高级（三级） 理论知识 100 元/);
    await shot(candidate, '2-projects-new-fee');
    expect(rulebookCalls).toHaveLength(1);

    // The answers the candidate filled in before are kept on the device: the page answers them again.
    await candidate.goto(`${ROUTES.eligibility}?org=sjtu&occupation=4-04-05-05`);
    const eligible = await eligibleFromShown(candidate);
    expect(eligible).toContain('2027年1月1日至2027年2月15日，对应2027年3月评价');
    expect(eligible).not.toContain('预计');
    await shot(candidate, '3-eligibility-2027-window');

    expect(await windowChoices(candidate)).toEqual(['2027年1月评价（预计）', '2027年3月评价', '2027年4月评价', '2027年5月评价']);
    await candidate.locator('[aria-label="申报批次"] taro-button-core', { hasText: '2027年3月评价' }).click();
    await candidate.getByText('对应 2027年3月评价').waitFor();
    const deadline = (await candidate.locator('.timeline-item', { hasText: '申报截止' }).first().innerText()).replace(/\s+/g, ' ');
    expect(deadline).toContain('2027年2月15日');
    expect(deadline).not.toContain('预计');
    await shot(candidate, '4-timeline-2027-window');
    // An exam in March 2027: the 2027 notice's retake rule, not 预计 (2029年3月19日, 四级 两年).
    const march = await ownExamDate(candidate, '2027-03-20');
    expect(march.retake).toContain('2029年3月19日');
    expect(march.retake).not.toContain('预计');
    // An exam in December 2026: the 2025 notice, 预计.
    const december = await ownExamDate(candidate, '2026-12-19');
    expect(december.retake).toContain('2028年12月18日');
    expect(december.retake).toContain('预计');
    await shot(candidate, '5-timeline-own-dates-2027-and-2026');

    expect(h5BuildFingerprint()).toBe(built);
  }, 180_000);

  test('the WeChat build launched after it answers from it too, and keeps it on the device', async () => {
    ensureWeappBuild();
    const wechat = new WeChatRuntime({ dir: WEAPP_DIR, server: rig.server.url });
    wechat.launch();
    await wechat.open(`${ROUTES.home}?org=sjtu`);
    const home = wechat.text().replace(/\s+/g, '');
    expect(home).toContain('下一期：2027年1月1日至2027年2月15日申报，对应2027年3月评价');
    expect(home).not.toContain('对应2027年3月评价预计');
    expect(home).toContain('对应2027年1月评价预计');
    expect(wechat.callsOf('setStorageSync').filter((call) => JSON.stringify(call.args).startsWith('["skills.rulebook"'))).toHaveLength(1);
    await wechat.open(`${ROUTES.projects}?org=sjtu`);
    expect(wechat.text().replace(/\s+/g, '')).toMatch(/中级（四级）理论知识120元.*?合计420元/);
    expect(wechat.errors).toEqual([]);
    expect(wechat.failures).toEqual([]);
  }, 300_000);
});

test('a third organisation: registered by the operator, in the picker once its staff publish its notice', async () => {
  const { page } = await newPhone(rig.browser, rig.server.url);
  await page.goto(ROUTES.home);
  await page.getByRole('radio').first().waitFor();
  expect(await page.getByRole('radio').allInnerTexts()).toEqual(['上海交大', '库帕思']);

  execFileSync('npm', ['run', 'org', '--workspace', 'cloudfunctions', '--', 'add', '--id', 'acme', '--name', ACME_NAME], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: rig.server.dataDir },
    stdio: 'pipe',
  });
  await page.reload();
  await page.getByRole('radio').first().waitFor();
  await page.waitForLoadState('networkidle');
  // Registered, but nothing published yet: not shown to candidates.
  expect(await page.getByRole('radio').allInnerTexts()).toEqual(['上海交大', '库帕思']);

  // Its notice: the 上海交大 one's wording under its own name (a test stand-in for its own text).
  await publishNotice('acme', { ...sjtu2027(), orgId: 'acme', name: ACME_NAME, shortName: '某评价中心', version: 1 }, `${ACME_NAME}\n${SJTU_TEXT}`);
  await page.reload();
  await page.getByRole('radio', { name: '某评价中心' }).waitFor();
  expect(await page.getByRole('radio').allInnerTexts()).toEqual(['上海交大', '库帕思', '某评价中心']);
  await page.getByRole('radio', { name: '某评价中心' }).click();
  await page.getByText(ACME_NAME).first().waitFor();
  await shot(page, '6-home-third-organisation');
  // The choice is kept for the next launch.
  await page.goto(ROUTES.home);
  await page.getByText(ACME_NAME).first().waitFor();
}, 120_000);
