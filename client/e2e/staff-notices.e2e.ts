/**
 * 通知与规则 end to end, in the H5 build on a phone against the real local server: staff of 上海交大
 * copy the current notice, move its calendar to 2027 and change a fee as the 2027 notice prints it,
 * upload that notice's PDF (made by Chromium from the notice's text with the new fee). A fee row
 * that does not add up, a gap in the calendar and a quote the PDF does not print are each named
 * beside their field and in the summary, by 检查 and by the server's refusal when 发布 is pressed
 * anyway, and nothing changes (versions listed, what catalog.rulebook serves). Fixed, it passes;
 * the preview shows the new fee; published after confirming, it is listed and served; a
 * candidate's phone, on the same build, then answers from it (2027 window not 预计, the new fee)
 * while a 2026 date still answers from the 2025 notice; withdrawn, it is listed as withdrawn and
 * no longer served, and the candidate's next launch is back to 预计. A draft survives the page being reloaded.
 *
 * STAFF_SCREENSHOTS=1 also saves the screenshots of docs/staff.md to docs/staff/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, addStaff, fillField, h5BuildFingerprint, launchBrowser, newPhone, requireBrowserTools, ensureH5Build, startServer, tapButton, type RunningServer } from './harness';
import { eligibleFrom, feesShown, textOf, windowChoices } from './candidateFlows';
import { ROUTES, STAFF_ROUTES } from '../src/routes';
import { noticePdf } from '../../cloudfunctions/test/fixtures/noticePdf';

const TODAY = '2026-12-01';
const SHOTS = process.env.STAFF_SCREENSHOTS === '1' ? path.join(REPO_ROOT, 'docs', 'staff') : null;

/** The 2025 notice's fee row 1 as printed (附件3), and as the 2027 notice prints it with the new practical fee. */
const FEE_ROW_2025 = '1\t人工智能训练师\t中级（四级）\t100\t300\t/\t400';
const FEE_ROW_2027 = '1\t人工智能训练师\t中级（四级）\t100\t350\t/\t450';
const FEE_QUOTE_2027 = '1 人工智能训练师 中级（四级） 100 350 / 450';
/** 业务受理's quote with a consultation number the notice does not print (the PDF prints 021-62933821). */
const OFFICE_QUOTE_UNPRINTED = '（三）业务咨询电话：021-62933899';

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
/** A candidate's phone (its own context: not staff), opened once the notice is published. */
let candidate: Page;
let pdf: Buffer;
/** The H5 build the suite started with: the candidate's phone must see the notice without another one. */
let built: string;

beforeAll(async () => {
  requireBrowserTools();
  ensureH5Build();
  built = h5BuildFingerprint();
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

/** The versions notices.list answers for 上海交大 (the page's own list is read once per visit). */
async function listedSjtu(): Promise<{ version: number; status: string }[]> {
  const answer = await staff.evaluate(async () => {
    const response = await fetch('/api/admin', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'notices.list', orgId: 'sjtu' }) });
    return (await response.json()) as { data: { notices: { version: number; status: string }[] } };
  });
  return answer.data.notices.map(({ version, status }) => ({ version, status }));
}

/** A refused draft changed nothing: the 2025 notice alone listed and served, the draft still open. */
async function expectNothingChanged(): Promise<void> {
  expect(await staff.getByTestId('notice-version').count()).toBe(1);
  expect(await listedSjtu()).toEqual([{ version: 1, status: 'published' }]);
  expect(await servedSjtu()).toEqual([{ version: 1, total: 400 }]);
  expect(await staff.getByTestId('notice-draft').count()).toBe(1);
}

/** The problems the page lists in its summary, as “where message”. */
async function summaryProblems(): Promise<string[]> {
  await staff.locator('.notice-summary').waitFor();
  return (await staff.getByTestId('notice-problem').allInnerTexts()).map((p) => p.replace(/\s+/g, ' '));
}

/**
 * 发布 pressed and confirmed with a draft the server must refuse: its NOTICE_INVALID answer to
 * notices.publish (as “where message”), once the page says it did not publish.
 */
async function publishRefused(): Promise<string[]> {
  await tapButton(staff, /^发布$/);
  await staff.locator('.taro-modal__content').waitFor();
  const reply = staff.waitForResponse((response) => response.url().endsWith('/api/admin') && (response.request().postData() ?? '').includes('"action":"notices.publish"'));
  await staff.locator('.taro-model__confirm', { hasText: '发布' }).click();
  const body = (await (await reply).json()) as { ok: boolean; code?: string; details?: { problems?: { where: string; message: string }[] } };
  expect({ ok: body.ok, code: body.code }).toEqual({ ok: false, code: 'NOTICE_INVALID' });
  const problems = body.details?.problems ?? [];
  const refusal = staff.getByText(`未发布：检查发现 ${problems.length} 处问题，已在下方列出。`);
  await refusal.waitFor();
  // Where the message says they are: the summary is below it.
  const [said, summary] = await Promise.all([refusal.boundingBox(), staff.locator('.notice-summary').boundingBox()]);
  expect((summary?.y ?? 0) > (said?.y ?? Infinity)).toBe(true);
  return problems.map((p) => `${p.where} ${p.message}`);
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
  await expectNothingChanged();

  // 发布 pressed anyway: the server refuses it for the same row, and the page shows its refusal.
  const refused = await publishRefused();
  expect(refused).toEqual(['收费标准第1行 合计 人工智能训练师 中级（四级）：理论知识100元 + 操作技能350元 = 450元，与合计400元不符']);
  expect(await summaryProblems()).toEqual(refused);
  expect(await beside.innerText()).toBe('人工智能训练师 中级（四级）：理论知识100元 + 操作技能350元 = 450元，与合计400元不符');
  await expectNothingChanged();

  await fillIn('fee-row-0', '合计（元）', '450');
  expect(await staff.getByTestId('fee-row-0').getByTestId('fee-sum').innerText()).toBe('理论知识 + 操作技能 = 450 元，与合计相符');
  await tapButton(staff, /^检查$/);
  await staff.getByText('检查通过：没有发现问题，可以发布。').waitFor();
  expect(await staff.getByTestId('notice-problem').count()).toBe(0);
});

test('a gap in the calendar is named beside the row’s 受理开始 and in the summary, by 检查 and by 发布; nothing changes', async () => {
  await openPart('part-calendar');
  const row = staff.getByTestId('calendar-row-1');
  const opens = row.locator('taro-input-core[aria-label="受理开始"] input');
  expect(await opens.inputValue()).toBe('2027-02-16');
  await opens.fill('2027-02-20');
  const gap = '时间安排 时间安排表第2行 受理开始 与第1行之间空缺2027-02-16至2027-02-19，没有可申报的窗口';

  await tapButton(staff, /^检查$/);
  await row.locator('.input-error').waitFor();
  expect(await summaryProblems()).toEqual([gap]);
  expect(await row.locator('.input-error').innerText()).toBe('与第1行之间空缺2027-02-16至2027-02-19，没有可申报的窗口');
  expect(await staff.getByTestId('part-calendar').locator('.tag-no').innerText()).toBe('1 处问题');
  await expectNothingChanged();

  expect(await publishRefused()).toEqual([gap]);
  expect(await summaryProblems()).toEqual([gap]);
  expect(await row.locator('.input-error').count()).toBe(1);
  await expectNothingChanged();

  await opens.fill('2027-02-16');
  await tapButton(staff, /^检查$/);
  await staff.getByText('检查通过：没有发现问题，可以发布。').waitFor();
  expect(await row.locator('.input-error').count()).toBe(0);
});

test('a quote the PDF does not print: 发布 is refused by the server, named beside the quote and in the summary; nothing changes', async () => {
  await openPart('part-office');
  const quote = staff.getByTestId('part-office').locator('taro-textarea-core[aria-label="出处原文"] textarea').last();
  const printed = await quote.inputValue();
  expect(printed).toContain('（三）业务咨询电话：021-62933821');
  await quote.fill(OFFICE_QUOTE_UNPRINTED);

  // Straight to 发布, without 检查: what the page shows is the server's refusal alone.
  const refused = await publishRefused();
  expect(refused).toEqual([`业务受理 出处 原文 通知原文中找不到：“${OFFICE_QUOTE_UNPRINTED}”`]);
  expect(await summaryProblems()).toEqual(refused);
  const beside = staff.getByTestId('part-office').locator('.input-error');
  expect(await beside.allInnerTexts()).toEqual([`通知原文中找不到：“${OFFICE_QUOTE_UNPRINTED}”`]);
  expect(await staff.getByTestId('part-office').locator('.tag-no').innerText()).toBe('1 处问题');
  await expectNothingChanged();
  await staff.locator('taro-button-core', { hasText: /^发布$/ }).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await shot('notices-7-refused');

  await quote.fill(printed);
  await tapButton(staff, /^检查$/);
  await staff.getByText('检查通过：没有发现问题，可以发布。').waitFor();
  expect(await beside.count()).toBe(0);
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

test('without another build, a candidate’s phone answers from the published notice; a 2026 date still from the 2025 notice', async () => {
  ({ page: candidate } = await newPhone(browser, server.url));
  await candidate.goto(`${ROUTES.home}?org=sjtu`);
  // The first launch starts from the bundled notices, then takes the served ones.
  await candidate.getByTestId('next-window').filter({ hasNotText: '预计' }).waitFor({ timeout: 15_000 }).catch(() => undefined);
  expect(await textOf(candidate, 'next-window')).toBe('下一期：2027年1月1日 至 2027年2月15日 申报，对应 2027年3月评价');
  // Today's window (2026年11月16日-12月31日) is the 2025 table carried over: 预计.
  expect(await textOf(candidate, 'countdown')).toBe('距本期申报截止还有 30 天 · 对应 2027年1月评价');
  expect(await candidate.getByTestId('countdown').locator('xpath=..').innerText()).toContain('预计');

  expect(await feesShown(candidate, '人工智能训练师')).toMatch(/中级（四级） 理论知识 100 元（考试费） 操作技能 350 元（考试费） 合计 450 元 .*?高级（三级） 理论知识 100 元/);

  const eligible = await eligibleFrom(candidate);
  expect(eligible).toContain('2027年1月1日至2027年2月15日，对应2027年3月评价');
  expect(eligible).not.toContain('预计');
  expect(await windowChoices(candidate)).toEqual(['2027年1月评价（预计）', '2027年3月评价', '2027年4月评价', '2027年5月评价']);

  expect(h5BuildFingerprint()).toBe(built);
}, 120_000);

test('撤回 asks first; withdrawn, the version stays listed as withdrawn, is no longer served, and the candidate’s next launch is back to 预计', async () => {
  await staff.getByTestId('notice-version').first().locator('taro-button-core', { hasText: '撤回' }).click();
  await staff.locator('.taro-model__cancel').click();
  expect((await staff.getByTestId('notice-version').first().innerText()).includes('已撤回')).toBe(false);
  await staff.getByTestId('notice-version').first().locator('taro-button-core', { hasText: '撤回' }).click();
  await staff.locator('.taro-model__confirm', { hasText: '撤回' }).click();
  await staff.getByText('已撤回第2版。').waitFor();
  await staff.getByTestId('notice-version').first().getByText('已撤回').waitFor();
  expect(await servedSjtu()).toEqual([{ version: 1, total: 400 }]);
  // The candidate's next launch starts from the notice it kept, then takes what is served: 预计 again.
  await candidate.goto(`${ROUTES.home}?org=sjtu`);
  await candidate.getByTestId('next-window').filter({ hasText: '预计' }).waitFor({ timeout: 15_000 }).catch(() => undefined);
  expect(await textOf(candidate, 'next-window')).toBe('下一期：2027年1月1日 至 2027年2月15日 申报，对应 2027年3月评价预计');
  expect(await feesShown(candidate, '人工智能训练师')).toMatch(/中级（四级） 理论知识 100 元（考试费） 操作技能 300 元（考试费） 合计 400 元/);
});
