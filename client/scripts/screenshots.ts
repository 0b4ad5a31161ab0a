/**
 * `npm run screenshots --workspace client`: every candidate page at 375×667 against the
 * local server and its demo data, then the key pages at 320×568 with large text (24 px), saved
 * to docs/screenshots/. Today is fixed so the images are reproducible.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_RELEASED, DEMO_RESULTS } from '../../cloudfunctions/src/demo/candidates';
import { REPO_ROOT, bindCandidate as bind, requireBrowserTools, fillField, newPhone, startRig, tapButton } from '../e2e/harness';
import { ROUTES } from '../src/routes';

const OUT = path.join(REPO_ROOT, 'docs', 'screenshots');
const TODAY = '2026-06-10';

interface Shot {
  name: string;
  path: string;
  /** Text that shows the page has its content. */
  ready: string;
  prepare?: (page: Page) => Promise<void>;
  /** Also save the whole length of a long page as `<name>-full.png`. */
  fullPage?: boolean;
}

/** The eligibility form up to its work step, with one job begun on 2021-09-01. */
async function fillEligibilityToWork(page: Page): Promise<void> {
  await tapButton(page, '下一步');
  await fillField(page, '出生日期', '1990-05-01');
  await tapButton(page, '下一步');
  await tapButton(page, '添加一段工作经历');
  await fillField(page, '开始日期', '2021-09-01');
}

const SHOTS: Shot[] = [
  { name: '01-home', path: `${ROUTES.home}?org=sjtu`, ready: '最新公告', fullPage: true },
  { name: '02-projects', path: `${ROUTES.projects}?org=sjtu`, ready: '职业编码' },
  {
    name: '03-eligibility-form',
    path: `${ROUTES.eligibility}?org=sjtu&occupation=4-04-05-05`,
    ready: '想考哪个职业',
    prepare: fillEligibilityToWork,
  },
  {
    name: '04-eligibility-result',
    path: `${ROUTES.eligibility}?org=sjtu&occupation=4-04-05-05`,
    ready: '想考哪个职业',
    prepare: async (page) => {
      await fillEligibilityToWork(page);
      for (let i = 0; i < 3; i += 1) await tapButton(page, '下一步');
      await tapButton(page, '查看结果');
      await page.getByText('满足条件').first().waitFor();
    },
    fullPage: true,
  },
  { name: '05-timeline', path: `${ROUTES.timeline}?org=sjtu`, ready: '准考证发放', fullPage: true },
  {
    name: '06-ticket-bind',
    path: ROUTES.ticket,
    ready: '绑定考生身份',
  },
  {
    name: '07-ticket',
    path: ROUTES.ticket,
    ready: '绑定考生身份',
    prepare: async (page) => {
      await bind(page, DEMO_RELEASED.name, DEMO_RELEASED.idNumber);
      await page.getByTestId('ticket-number').waitFor();
    },
    fullPage: true,
  },
  {
    name: '08-results',
    path: `${ROUTES.results}?org=sjtu`,
    ready: '绑定考生身份',
    prepare: async (page) => {
      await bind(page, DEMO_RESULTS.name, DEMO_RESULTS.idNumber);
      await page.getByText('补考有效期至').first().waitFor();
    },
  },
  { name: '09-documents', path: `${ROUTES.documents}?org=sjtu`, ready: '第 1 版' },
  { name: '10-apply', path: `${ROUTES.apply}?org=sjtu`, ready: '转账附言' },
  { name: '11-conduct', path: `${ROUTES.conduct}?org=sjtu`, ready: '我已阅读并承诺遵守' },
  { name: '12-contact', path: `${ROUTES.contact}?org=sjtu`, ready: '业务监督' },
  { name: '13-home-kupasi', path: `${ROUTES.home}?org=kupasi`, ready: '最新公告' },
  { name: '14-apply-calendar', path: `${ROUTES.apply}?org=sjtu`, ready: '申报及评价时间', prepare: scrollTo('calendar-2025') },
  {
    name: '15-own-exam-date',
    path: `${ROUTES.timeline}?org=sjtu`,
    ready: '我已知道考试日期',
    prepare: async (page) => {
      await fillField(page, '我的考试日期', '2026-10-10');
      await tapButton(page, '推算日期');
      await page.getByTestId('own-exam-dates').scrollIntoViewIfNeeded();
    },
  },
  { name: '16-ticket-kupasi', path: `${ROUTES.ticket}?org=kupasi`, ready: '正式准考证如何领取', prepare: scrollTo('ticket-channels') },
];

/** Large text on a small phone: 320×568 with the root font at 24 px (the browser's own large setting). */
const LARGE: Shot[] = [
  { name: '20-home-320-large', path: `${ROUTES.home}?org=sjtu`, ready: '最新公告' },
  { name: '21-apply-320-large', path: `${ROUTES.apply}?org=sjtu`, ready: '申报及评价时间', prepare: scrollTo('calendar-2025') },
  {
    name: '22-ticket-320-large',
    path: ROUTES.ticket,
    ready: '绑定考生身份',
    prepare: async (page) => {
      await bind(page, DEMO_RELEASED.name, DEMO_RELEASED.idNumber);
      await page.getByTestId('ticket-number').waitFor();
    },
  },
  { name: '23-timeline-320-large', path: `${ROUTES.timeline}?org=sjtu`, ready: '准考证发放', prepare: scrollTo('timeline') },
];

function scrollTo(testId: string): (page: Page) => Promise<void> {
  return async (page) => {
    await page.getByTestId(testId).first().scrollIntoViewIfNeeded();
  };
}

/** Opens the shot's page on a fresh phone (320 px and a 24 px root font when `large`), then saves it. */
async function takeShot(browser: Browser, url: string, shot: Shot, large: boolean): Promise<void> {
  const { context, page } = await newPhone(browser, url);
  const width = large ? 320 : 375;
  const height = large ? 568 : 667;
  await page.setViewportSize({ width, height });
  if (large) {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.style.fontSize = '24px';
      });
    });
  }
  await page.goto(shot.path);
  await page.getByText(shot.ready).first().waitFor();
  if (shot.prepare) await shot.prepare(page);
  // Let the page transition and images settle before the picture.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(900);
  await page.screenshot({ path: path.join(OUT, `${shot.name}.png`) });
  if (shot.fullPage) {
    // Taro's H5 page scrolls inside its own container, so a full-length picture needs a taller viewport.
    const full = Number(
      await page.evaluate("Math.max(...Array.from(document.querySelectorAll('.taro_page, .page')).map((el) => el.scrollHeight), 667)"),
    );
    await page.setViewportSize({ width, height: Math.min(full, 6000) });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, `${shot.name}-full.png`) });
    await page.setViewportSize({ width, height });
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(`${shot.name}.png${overflow > 0 ? `  ⚠ 横向溢出 ${overflow}px` : ''}`);
  await context.close();
}

async function main(): Promise<void> {
  requireBrowserTools();
  fs.mkdirSync(OUT, { recursive: true });
  const { server, browser, close } = await startRig({ today: TODAY });
  try {
    for (const shot of LARGE) await takeShot(browser, server.url, shot, true);
    for (const shot of SHOTS) await takeShot(browser, server.url, shot, false);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
