/**
 * The candidate's flows in the H5 build against the real local server and its demo data,
 * on a 375×667 phone: eligibility, timeline (.ics), handbook download (sha256), ticket
 * binding (wrong ID, right ID, not yet released) and results.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_PENDING, DEMO_RELEASED, DEMO_RESULTS } from '../../cloudfunctions/src/demo/candidates';
import { CANDIDATE_PAGES, bindCandidate as bind, fillField, suiteRig, tapButton } from './harness';
import { answerWithFourthLevelCertificate } from './candidateFlows';
import { ROUTES } from '../src/routes';

const TODAY = '2026-06-10';

const { phone, newPhone: openPhone } = suiteRig(TODAY);

test('eligibility: work alone qualifies on a future date; a related diploma qualifies now, with clause 4-3 quoted', async () => {
  const page = await phone();
  await page.goto(`${ROUTES.eligibility}?org=sjtu&occupation=4-04-05-05`);
  await page.getByText('想考哪个职业').waitFor();
  await tapButton(page, '下一步');
  await fillField(page, '出生日期', '1990-05-01');
  await tapButton(page, '下一步');
  await page.getByText('工作经历').first().waitFor();
  await tapButton(page, '添加一段工作经历');
  await fillField(page, '开始日期', '2021-09-01');
  await tapButton(page, '下一步'); // to certificates
  await page.getByText('已有的职业技能证书').waitFor();
  await tapButton(page, '下一步'); // to titles
  await page.getByText('职称（专业技术人员职业资格）').first().waitFor();
  await tapButton(page, '下一步'); // to schooling
  await page.getByText('与本职业对应的专业').waitFor();
  await tapButton(page, '查看结果');

  await page.getByText('你将于 2026年9月1日 满足条件').waitFor();
  await expectVisible(page, '你将于 2031年9月1日 满足条件');

  await tapButton(page, '返回修改');
  await tapButton(page, '添加学历');
  await tapButton(page, '查看结果');
  await page.getByText('可以报考').first().waitFor();
  await expectVisible(page, '取得本专业或相关专业的技工院校或中等及以上职业院校、专科及以上普通高等学校毕业证书（含在读应届毕业生）。');
  await expectVisible(page, '四级/中级工 第（3）条');
});

test('eligibility: a wrong 身份证号 is refused on the device with a clear message', async () => {
  const page = await phone();
  await page.goto(`${ROUTES.eligibility}?org=sjtu`);
  await tapButton(page, '下一步');
  await tapButton(page, '用身份证号');
  await fillField(page, '身份证号', '310101199503151230');
  await tapButton(page, '下一步');
  await page.getByText('身份证号不正确').waitFor();
});

test('timeline: deadline, exam date and ticket release, and an .ics file with those dates', async () => {
  const page = await phone();
  await page.goto(`${ROUTES.timeline}?org=sjtu`);
  await page.getByTestId('timeline').waitFor();
  await expectVisible(page, '申报截止（含缴费）');
  await expectVisible(page, '准考证发放');
  const downloadPromise = page.waitForEvent('download');
  await tapButton(page, '下载到日历');
  const download = await downloadPromise;
  const text = fs.readFileSync((await download.path()) as string, 'utf8');
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).toContain('SUMMARY:申报截止（含缴费）');
  expect(text).toMatch(/DTSTART;VALUE=DATE:2026\d{4}/);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
});

test('documents: a handbook downloads with the bytes its published sha256 names', async () => {
  const page = await phone();
  await page.goto(`${ROUTES.documents}?org=sjtu`);
  const item = page.getByTestId('document-item').filter({ hasText: '考核指导手册' }).first();
  await item.waitFor();
  const published = await item.getAttribute('data-sha256');
  expect(published).toMatch(/^[0-9a-f]{64}$/);
  const downloadPromise = page.waitForEvent('download');
  await item.locator('taro-button-core', { hasText: '下载' }).click();
  const download = await downloadPromise;
  const bytes = fs.readFileSync((await download.path()) as string);
  expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(published);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
});

test('ticket: a wrong ID is refused, the right one shows the ticket with its QR code', async () => {
  const page = await phone();
  await page.goto(ROUTES.ticket);
  await page.getByText('绑定考生身份').waitFor();
  // A valid 身份证号 that is not this candidate's: the server says it does not match.
  await bind(page, DEMO_RELEASED.name, DEMO_PENDING.idNumber);
  await page.getByText('姓名与身份证号未匹配到考生信息').waitFor();
  await bind(page, DEMO_RELEASED.name, DEMO_RELEASED.idNumber);
  await expect(page.getByTestId('ticket-number').textContent()).resolves.toBe(DEMO_RELEASED.ticketNumber);
  await page.getByTestId('ticket-qr').waitFor();
  await expectVisible(page, `${DEMO_RELEASED.idNumber.slice(0, 4)}`);
  const body = await page.locator('body').innerText();
  expect(body).not.toContain(DEMO_RELEASED.idNumber);
});

test('ticket: before its release date, the date it will appear (上海交通大学 （五）1. 团体申报…于考试前五个工作日…下载考生准考证: exam 2026-07-10, a Friday → 2026年7月3日)', async () => {
  const page = await phone();
  await page.goto(ROUTES.ticket);
  await bind(page, DEMO_PENDING.name, DEMO_PENDING.idNumber);
  // The demo's pending candidate sits 30 days after today (2026-06-10): 2026-07-10.
  expect(DEMO_PENDING.examOffsetDays).toBe(30);
  await page.getByTestId('ticket-pending').waitFor();
  expect(await page.getByTestId('ticket-pending').innerText()).toContain('准考证将于 2026年7月3日 发放');
});

test('results: each subject with pass or fail, and the retake deadline of the failed one (上海交通大学 成绩有效期: 四级、三级成绩有效期均为两年: exam 2026-05-01 → 2028年4月30日)', async () => {
  const page = await phone();
  await page.goto(ROUTES.results);
  await bind(page, DEMO_RESULTS.name, DEMO_RESULTS.idNumber);
  await page.getByText('不合格').first().waitFor();
  // The demo's candidate with results sat a 四级 exam 40 days before today (2026-06-10): 2026-05-01.
  expect([DEMO_RESULTS.examOffsetDays, DEMO_RESULTS.track]).toEqual([-40, 4]);
  await expectVisible(page, '补考有效期至 2028年4月30日');
  await expectVisible(page, '合格');
});

test('ticket: repeated wrong details end in the rate-limit message', async () => {
  const page = await phone();
  await page.goto(ROUTES.ticket);
  await page.getByText('绑定考生身份').waitFor();
  // A well-formed number that belongs to no demo candidate, so no other test's binding is limited.
  const stranger = '11010519491231002X'; // GB 11643 check character of 11010519491231002 is X
  const limited = page.getByText('尝试次数过多');
  for (let attempt = 0; attempt < 8 && !(await limited.isVisible()); attempt += 1) {
    await bind(page, '无此人', stranger);
    await page.locator('[role="alert"]').first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  await limited.waitFor();
  expect(await page.locator('body').innerText()).not.toMatch(/RATE_LIMITED|\{"ok"/);
});

test('320 px wide: no page scrolls sideways', async () => {
  const { context, page } = await openPhone();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflowing: string[] = [];
  for (const pagePath of CANDIDATE_PAGES) {
    await page.goto(pagePath);
    await page.locator('.page').first().waitFor();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    if (Number(overflow) > 0) overflowing.push(`${pagePath} (+${String(overflow)}px)`);
  }
  expect(overflowing).toEqual([]);
  await context.close();
});

test('offline: a clear message and a retry, no raw error', async () => {
  const { context, page } = await openPhone();
  await page.goto(`${ROUTES.documents}?org=sjtu`);
  await page.getByTestId('document-item').first().waitFor();
  await context.setOffline(true);
  await page.locator('taro-button-core', { hasText: '库帕思' }).click();
  await page.getByText('网络未连接').first().waitFor();
  await expectVisible(page, '重试');
  await context.setOffline(false);
  await tapButton(page, '重试');
  await page.getByTestId('document-item').first().waitFor();
  await context.close();
});

test('inputs: a tap near the bottom edge of the 48 px box focuses it (the whole box is the touch target)', async () => {
  const page = await phone();
  await page.goto(ROUTES.results);
  await page.getByText('绑定并查看成绩').first().waitFor();
  const box = await page.locator('taro-input-core[aria-label="身份证号"]').boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  if (!box) return;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 4);
  expect(await page.evaluate('document.activeElement?.closest("taro-input-core")?.getAttribute("aria-label")')).toBe('身份证号');
});

test('eligibility: a 四级 certificate and work typed as months (2022-06, 2023年1月) give 三级 on the date four years of work are reached', async () => {
  const page = await phone();
  await answerWithFourthLevelCertificate(page);
  await page.getByText('你将于 2027年1月1日 满足条件').waitFor();
  // The window that date falls in (1月1日-2月15日) and the month it leads to (3月, none in February).
  expect((await page.getByTestId('eligible-from').filter({ hasText: '2027年1月1日' }).first().innerText()).replace(/\s+/g, '')).toContain('2027年1月1日至2027年2月15日，对应2027年3月评价');
  await expectVisible(page, '如何报名');
});

test('large font on a 320 px phone: every ticket detail stays inside its row', async () => {
  const { context, page } = await openPhone();
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(ROUTES.ticket);
  await bind(page, DEMO_RELEASED.name, DEMO_RELEASED.idNumber);
  await page.getByTestId('ticket-number').waitFor();
  await page.evaluate('document.documentElement.style.fontSize = "24px"');
  const sticking = await page.evaluate(`(() => {
    return [...document.querySelectorAll('.ticket .field-value, .ticket .field-value *')]
      .filter((el) => el.getBoundingClientRect().right > el.closest('.field-row').getBoundingClientRect().right + 0.5)
      .map((el) => el.textContent);
  })()`);
  expect(sticking).toEqual([]);
  await context.close();
});

async function expectVisible(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 10000 });
}
