/**
 * 通知与规则 end to end, in the H5 build on a phone against the real local server: staff of 上海交大
 * copy the current notice, move its calendar to 2027 and change a fee as the 2027 notice prints it,
 * upload that notice's PDF (made by Chromium from the notice's text with the new fee), and check:
 * the fee row that no longer adds up is named beside its 合计; fixed, it passes; the preview shows
 * the new fee; published after confirming, it is listed and served in catalog.rulebook; withdrawn,
 * it is listed as withdrawn and no longer served. A draft survives the page being reloaded.
 *
 * STAFF_SCREENSHOTS=1 also saves the screenshots of docs/staff.md to docs/staff/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, addStaff, fillField, launchBrowser, newPhone, requireBrowserTools, ensureH5Build, startServer, tapButton, type RunningServer } from './harness';
import { STAFF_ROUTES } from '../src/routes';
import { noticePdf } from '../../cloudfunctions/test/fixtures/noticePdf';

const TODAY = '2026-12-01';
const SHOTS = process.env.STAFF_SCREENSHOTS === '1' ? path.join(REPO_ROOT, 'docs', 'staff') : null;

/** The 2025 notice's fee row 1 as printed (附件3), and as the 2027 notice prints it with the new practical fee. */
const FEE_ROW_2025 = '1\t人工智能训练师\t中级（四级）\t100\t300\t/\t400';
const FEE_ROW_2027 = '1\t人工智能训练师\t中级（四级）\t100\t350\t/\t450';
const FEE_QUOTE_2027 = '1 人工智能训练师 中级（四级） 100 350 / 450';

/** The 2027 notice's text: the 2025 one with the new fee (everything else as printed). */
function notice2027Text(): string {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'shared', 'notices', 'sjtu-2025.txt'), 'utf8');
  if (!text.includes(FEE_ROW_2025)) throw new Error('the 2025 notice no longer prints fee row 1 as expected');
  return text.replace(FEE_ROW_2025, FEE_ROW_2027);
}

let server: RunningServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let staff: Page;
let pdf: Buffer;

beforeAll(async () => {
  requireBrowserTools();
  ensureH5Build();
  server = await startServer({ today: TODAY, env: { SKILLS_DEMO: '0' } });
  ({ browser, close: closeBrowser } = await launchBrowser());
  staff = (await newPhone(browser, server.url)).page;
  // The notice as the office receives it: a PDF, printed by Chromium from its text.
  pdf = Buffer.from(await noticePdf({ kind: 'text', text: notice2027Text() }));
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
}, 600000);

afterAll(async () => {
  await closeBrowser?.();
  await server?.stop();
});

async function shot(name: string, fullPage = false): Promise<void> {
  if (!SHOTS) return;
  // Let a modal finish fading in (the picture only; no assertion waits on time).
  await staff.waitForTimeout(800);
  await staff.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

/** Opens a folded part of the draft by its title. */
async function openPart(testId: string): Promise<void> {
  const part = staff.getByTestId(testId);
  if ((await part.locator('.notice-section-body').count()) === 0) await part.locator('.notice-section-head').click();
}

async function fillIn(scope: string, label: string, value: string): Promise<void> {
  await staff.getByTestId(scope).locator(`taro-input-core[aria-label="${label}"] input`).first().fill(value);
}

async function fillLong(scope: string, label: string, value: string): Promise<void> {
  await staff.getByTestId(scope).locator(`taro-textarea-core[aria-label="${label}"] textarea`).first().fill(value);
}

/** What catalog.rulebook serves for 上海交大 (what candidates' apps fetch at launch). */
async function servedSjtu(): Promise<{ version: number; total: number }[]> {
  const answer = await staff.evaluate(async () => {
    const response = await fetch('/api/catalog', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'rulebook' }) });
    return (await response.json()) as { data: { notices: { orgId: string; version: number; notice: { offerings: { total: number }[] } }[] } };
  });
  return answer.data.notices.filter((n) => n.orgId === 'sjtu').map((n) => ({ version: n.version, total: n.notice.offerings[0].total }));
}

test('staff of 上海交大 open 通知与规则 and see the bundled 2025 notice', async () => {
  await staff.goto(STAFF_ROUTES.home);
  await staff.getByText('仅限评价机构工作人员').waitFor();
  const identity = ((await staff.locator('.copy-value').first().textContent()) ?? '').trim();
  addStaff(server, 'sjtu', identity);
  await staff.goto(`${STAFF_ROUTES.notices}?org=sjtu`);
  const version = staff.getByTestId('notice-version');
  await version.first().waitFor();
  expect(await version.count()).toBe(1);
  const row = (await version.first().innerText()).replace(/\s+/g, ' ');
  expect(row).toContain('第 1 版');
  expect(row).toContain('内置');
  expect(row).toContain('2025年1月1日起生效 · 适用 2025 年');
  expect(await servedSjtu()).toEqual([{ version: 1, total: 400 }]);
  await shot('notices-1-versions');
});

test('a copy of the notice, moved to 2027, with the new fee and the notice PDF attached; a reload keeps the draft', async () => {
  await tapButton(staff, '以当前通知为底稿（第1版）');
  await staff.getByText('草稿：第2版').waitFor();

  await tapButton(staff, '上传通知 PDF');
  await fillField(staff, '标题', '上海交通大学 2027 年社会化职业技能评价通知');
  const chooser = staff.waitForEvent('filechooser');
  await tapButton(staff, '选择 PDF 文件');
  await (await chooser).setFiles({ name: 'sjtu-2027.pdf', mimeType: 'application/pdf', buffer: pdf });
  await tapButton(staff, '上传并发布');
  const attached = staff.locator('[aria-label="通知 PDF"] taro-button-core[aria-checked="true"]');
  await attached.waitFor();
  expect(await attached.innerText()).toContain('上海交通大学 2027 年社会化职业技能评价通知');
  await shot('notices-2-draft', true);

  await openPart('part-version');
  await fillIn('part-version', '改为哪一年的通知', '2027');
  await tapButton(staff, '移到 2027 年');
  expect(await staff.getByTestId('part-version').locator('taro-input-core[aria-label="生效日期"] input').inputValue()).toBe('2027-01-01');
  await openPart('part-calendar');
  expect(await staff.getByTestId('calendar-row-0').locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual([
    '2027-01-01',
    '2027-02-15',
    '2027-03',
  ]);

  await openPart('part-fees');
  await fillIn('fee-row-0', '操作技能（元）', '350');
  await fillLong('fee-row-0', '出处原文', FEE_QUOTE_2027);
  const sum = staff.getByTestId('fee-row-0').getByTestId('fee-sum');
  expect(await sum.innerText()).toBe('理论知识 + 操作技能 = 450 元，与合计 400 元不符');
  await staff.getByTestId('fee-row-0').scrollIntoViewIfNeeded();
  await shot('notices-3-fee-as-typed');

  // Closed and opened again (after the draft is written: it waits for typing to pause).
  await staff.waitForTimeout(1500);
  await staff.reload();
  await staff.getByText(/已恢复 .* 保存在本机的草稿/).waitFor();
  await openPart('part-fees');
  expect(await staff.getByTestId('fee-row-0').locator('taro-input-core[aria-label="操作技能（元）"] input').inputValue()).toBe('350');
  expect(await staff.locator('[aria-label="通知 PDF"] taro-button-core[aria-checked="true"]').count()).toBe(1);
});

test('检查 names the fee row that does not add up beside its 合计 and in the summary; fixed, the check passes', async () => {
  await tapButton(staff, /^检查$/);
  const summary = staff.locator('.notice-summary');
  await summary.waitFor();
  const problems = await staff.getByTestId('notice-problem').allInnerTexts();
  expect(problems.map((p) => p.replace(/\s+/g, ' '))).toEqual(['收费标准第1行 合计 人工智能训练师 中级（四级）：理论知识100元 + 操作技能350元 = 450元，与合计400元不符']);
  const beside = staff.getByTestId('fee-row-0').locator('.input-error');
  expect(await beside.innerText()).toBe('人工智能训练师 中级（四级）：理论知识100元 + 操作技能350元 = 450元，与合计400元不符');
  expect(await staff.getByTestId('part-fees').locator('.tag-no').innerText()).toBe('1 处问题');
  await summary.scrollIntoViewIfNeeded();
  await shot('notices-4-check-problems');
  await staff.getByTestId('fee-row-0').scrollIntoViewIfNeeded();
  await shot('notices-5-problem-beside-field');

  await fillIn('fee-row-0', '合计（元）', '450');
  expect(await staff.getByTestId('fee-row-0').getByTestId('fee-sum').innerText()).toBe('理论知识 + 操作技能 = 450 元，与合计相符');
  await tapButton(staff, /^检查$/);
  await staff.getByText('检查通过：没有发现问题，可以发布。').waitFor();
  expect(await staff.getByTestId('notice-problem').count()).toBe(0);
});

test('the preview shows the candidate pages as of a 2027 date with the draft: the new fee and the 2027 window', async () => {
  await tapButton(staff, /^预览$/);
  await fillField(staff, '预览日期', '2027-01-10');
  const preview = staff.getByTestId('notice-preview');
  await preview.waitFor();
  const text = (await preview.innerText()).replace(/\s+/g, ' ');
  expect(text).toContain('2027年1月1日 至 2027年2月15日');
  expect(text).toContain('对应 2027年3月评价');
  expect(text).toContain('操作技能 350 元');
  expect(text).toContain('合计 450 元');
  expect(await preview.getByTestId('calendar-2027').count()).toBe(1);
  await preview.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await shot('notices-6-preview');
  // The window comes from the draft, which covers 2027: not 预计.
  expect(await preview.locator('.card-accent .tag-estimated').count()).toBe(0);
  await tapButton(staff, '收起预览');
});

test('发布 asks first, naming the effective date; published, the version is listed and served to candidates', async () => {
  await tapButton(staff, /^发布$/);
  const modal = staff.locator('.taro-modal__content');
  await modal.waitFor();
  expect((await modal.innerText()).replace(/\s+/g, '')).toContain('将从2027年1月1日起生效，适用2027年');
  await shot('notices-7-confirm');
  await staff.locator('.taro-model__confirm', { hasText: '发布' }).click();
  await staff.getByText('已发布第2版，2027年1月1日起生效。').waitFor();
  const newest = staff.getByTestId('notice-version').first();
  await newest.getByText('已发布').waitFor();
  const row = (await newest.innerText()).replace(/\s+/g, ' ');
  expect(row).toContain('第 2 版');
  expect(row).toContain('2027年1月1日起生效 · 适用 2027 年');
  expect(row).toContain('通知 PDF：上海交通大学 2027 年社会化职业技能评价通知');
  expect(await staff.getByTestId('notice-version').count()).toBe(2);
  expect(await staff.getByTestId('notice-draft').count()).toBe(0);
  expect(await servedSjtu()).toEqual([
    { version: 1, total: 400 },
    { version: 2, total: 450 },
  ]);
  await shot('notices-8-published');
});

test('撤回 asks first; withdrawn, the version stays listed as withdrawn and is no longer served', async () => {
  await staff.getByTestId('notice-version').first().locator('taro-button-core', { hasText: '撤回' }).click();
  await staff.locator('.taro-model__cancel').click();
  expect((await staff.getByTestId('notice-version').first().innerText()).includes('已撤回')).toBe(false);
  await staff.getByTestId('notice-version').first().locator('taro-button-core', { hasText: '撤回' }).click();
  await staff.locator('.taro-model__confirm', { hasText: '撤回' }).click();
  await staff.getByText('已撤回第2版。').waitFor();
  await staff.getByTestId('notice-version').first().getByText('已撤回').waitFor();
  expect(await servedSjtu()).toEqual([{ version: 1, total: 400 }]);
});
