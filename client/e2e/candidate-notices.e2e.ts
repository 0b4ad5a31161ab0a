/**
 * The candidate pages against the notices and for every way of using them: each organisation's
 * own words on tickets and the calendar, the own-exam-date answers, keyboard-only binding,
 * axe-core on every page, pasted IDs, double taps, a form kept across back and reload, a page
 * whose code cannot be downloaded, compressed responses, large text on a 320 px phone.
 * Expected dates are worked by hand from the notices and the State Council's arrangements.
 */
import type { Page, Request } from 'playwright-core';
import { DEMO_KUPASI, DEMO_RELEASED } from '../../cloudfunctions/src/demo/candidates';
import { axeFindings } from './axe';
import { CANDIDATE_PAGES, bindCandidate, fillField, suiteRig, tapButton } from './harness';
import { ROUTES } from '../src/routes';

const TODAY = '2026-06-10';

const { phone, newPhone: openPhone } = suiteRig(TODAY);

/** The page's visible text with runs of white space made one space. */
async function bodyText(page: Page): Promise<string> {
  return (await page.locator('body').innerText()).replace(/\s+/g, ' ');
}

function isBindRequest(request: Request): boolean {
  return request.url().endsWith('/api/tickets') && (request.postData() ?? '').includes('"action":"bind"');
}

describe('each organisation’s own words', () => {
  test('上海交大: ticket page and timeline quote how each channel gets the ticket, with the download site', async () => {
    const page = await phone();
    await page.goto(`${ROUTES.ticket}?org=sjtu`);
    await page.getByTestId('ticket-channels').waitFor();
    let text = await bodyText(page);
    expect(text).toContain('由所在培训机构、职业院校于考试前五个工作日通过网站 https://gjzs.sjtu.edu.cn/skill 下载考生准考证，打印准考证发放至考生');
    expect(text).toContain('于考前一周通过 https://gjzs.sjtu.edu.cn/skill 下载准考证，自行打印准考证');
    expect(text).not.toContain('入场时出示');

    await page.goto(`${ROUTES.timeline}?org=sjtu`);
    await page.getByTestId('ticket-channels').waitFor();
    text = await bodyText(page);
    expect(text).toContain('自行打印准考证');
    expect(text).toContain('https://gjzs.sjtu.edu.cn/skill');
  });

  test('库帕思: its own rule (考试前3天), no 上海交大 site, 最低学历 not in 上海交大’s words, 返回首页 stays with 库帕思', async () => {
    const page = await phone();
    await page.goto(`${ROUTES.ticket}?org=kupasi`);
    await page.getByTestId('ticket-channels').waitFor();
    const text = await bodyText(page);
    expect(text).toContain('在考试前3天发给考生本人确认，然后再发给考核点备份的');
    expect(text).toContain('在考试前3天发送给相关报名渠道方');
    expect(text).not.toContain('gjzs.sjtu.edu.cn');

    await page.goto(`${ROUTES.projects}?org=kupasi`);
    await page.getByText('最低学历').first().waitFor();
    expect(await bodyText(page)).not.toContain('普通受教育程度');

    await tapButton(page, '‹ 返回首页');
    await page.getByText('上海库帕思科技有限公司').first().waitFor();
    expect(page.url()).toContain('org=kupasi');
  });

  test('a bound 库帕思 candidate’s ticket page follows the candidate’s organisation and labels the view a copy', async () => {
    const page = await phone();
    await page.goto(`${ROUTES.ticket}?org=sjtu`);
    await bindCandidate(page, DEMO_KUPASI.name, DEMO_KUPASI.idNumber);
    await page.getByTestId('ticket-copy').waitFor();
    expect(await page.getByTestId('ticket-copy').innerText()).toContain('副本');
    await page.getByText('上海库帕思科技有限公司 准考证（副本）').waitFor();
    expect(await bodyText(page)).not.toContain('gjzs.sjtu.edu.cn');
  });

  test('如何报名: the whole table as printed (last row 明年1月, no February) and 2026 estimated rows marked 预计', async () => {
    const page = await phone();
    await page.goto(`${ROUTES.apply}?org=sjtu`);
    const printed = page.getByTestId('calendar-2025');
    await printed.waitFor();
    const rows = (await printed.locator('[role="row"]').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      '申报时间 评价时间',
      '1月1日-2月15日 3月',
      '2月16日-3月15日 4月',
      '3月16日-4月15日 5月',
      '4月16日-5月15日 6月',
      '5月16日-6月15日 7月',
      '6月16日-7月15日 8月',
      '7月16日-8月15日 9月',
      '8月16日-9月15日 10月',
      '9月16日-10月15日 11月',
      '10月16日-11月15日 12月',
      '11月16日-12月31日 明年1月',
    ]);
    expect(await page.getByTestId('months-without-assessment').innerText()).toBe('表中没有2月评价：1月1日-2月15日申报的，对应3月评价。');
    const estimated = (await page.getByTestId('calendar-2026').locator('[role="row"]').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
    expect(estimated[1]).toBe('1月1日-2月15日 2026年3月预计');
    expect(estimated[11]).toBe('11月16日-12月31日 2027年1月预计');
    await page.getByTestId('calendar-2027').waitFor();

    await page.goto(`${ROUTES.apply}?org=kupasi`);
    const kupasiLast = await page.getByTestId('calendar-2025').locator('[role="row"]').last().innerText();
    expect(kupasiLast.replace(/\s+/g, ' ').trim()).toBe('11月16日-12月31日 2026年1月');
  });

  test('考生须知 renders 附件2 as printed: section 一 with the 报名表 duty, numbered items, nothing added', async () => {
    const page = await phone();
    await page.goto(`${ROUTES.conduct}?org=sjtu`);
    const first = page.getByTestId('conduct-一');
    await first.waitFor();
    expect((await first.innerText()).replace(/\s+/g, '')).toBe(
      '一、参评人员申报职业技能评价时须了解申报要求，并承诺提供的申报材料均真实、有效，经系统生成的报名表应由参评人员确认所填信息无误并签字后，提交原件至评价机构。一经查实存在不符合申报条件或申报材料虚假伪造的，将取消其考试资格及考试成绩，虚假材料及考核评价费不予退还，已获得的证书作无效处理。',
    );
    const text = await bodyText(page);
    expect(text).toContain('1、携带禁携物品');
    expect(text).not.toContain('处理：');
  });
});

describe('我的时间表: my own exam date', () => {
  async function ask(page: Page, date: string, channel: '团体申报' | '个人申报'): Promise<Record<string, string>> {
    await fillField(page, '我的考试日期', date);
    await page.locator('[aria-label="申报方式"] taro-button-core', { hasText: channel }).click();
    await tapButton(page, '推算日期');
    await page.getByTestId('own-exam-dates').waitFor();
    const answers: Record<string, string> = {};
    for (const key of ['ticket', 'results', 'results-marking', 'retake']) {
      answers[key] = (await page.getByTestId(`own-${key}`).innerText()).replace(/\s+/g, ' ');
    }
    return answers;
  }

  test('2026-10-10 (the Saturday after 国庆, a make-up working day), 上海交大 四级', async () => {
    const page = await phone();
    await page.goto(`${ROUTES.timeline}?org=sjtu`);
    await page.getByText('我已知道考试日期').waitFor();
    const group = await ask(page, '2026-10-10', '团体申报');
    // 考试前五个工作日: 10/9, 10/8, then 国庆 10/1-10/7, 9/30, 9/29, 9/28.
    expect(group.ticket).toContain('2026年9月28日');
    expect(group.ticket).toContain('考试前五个工作日');
    // 20 working days after: 10/12 … 11/6; 30: … 11/20.
    expect(group.results).toContain('2026年11月6日');
    expect(group.results).toContain('一般20个工作日内');
    expect(group['results-marking']).toContain('2026年11月20日');
    // 四级 成绩有效期两年.
    expect(group.retake).toContain('2028年10月9日');
    expect(group.retake).toContain('四级、三级成绩有效期均为两年');
    const individual = await ask(page, '2026/10/10', '个人申报');
    expect(individual.ticket).toContain('2026年10月3日');
    expect(individual.ticket).toContain('考前一周');
  });

  test('2027-10-09: estimated from the statutory holidays (国庆 10/1-10/3, 10/4 and 10/5 in lieu of the weekend), marked 预计', async () => {
    const page = await phone();
    await page.goto(`${ROUTES.timeline}?org=sjtu`);
    await page.getByText('我已知道考试日期').waitFor();
    const answers = await ask(page, '2027-10-09', '团体申报');
    expect(answers.ticket).toContain('2027年9月29日');
    expect(answers.ticket).toContain('预计');
    expect(answers.results).toContain('2027年11月5日');
    expect(answers.results).toContain('预计');
  });
});

describe('keyboard and screen readers', () => {
  test('binding by keyboard alone: Tab reaches both fields and the button, Enter submits', async () => {
    const page = await phone();
    await page.goto(ROUTES.ticket);
    await page.getByText('绑定考生身份').waitFor();
    const focused = () => page.evaluate('(() => { const el = document.activeElement; const host = el && el.closest("taro-input-core, taro-button-core"); return host ? (host.getAttribute("aria-label") || host.textContent.trim()) : (el ? el.tagName : ""); })()');
    const reach = async (name: string) => {
      for (let i = 0; i < 30 && (await focused()) !== name; i += 1) await page.keyboard.press('Tab');
      expect(await focused()).toBe(name);
    };
    await reach('姓名');
    await page.keyboard.type(DEMO_RELEASED.name);
    await reach('身份证号');
    await page.keyboard.type(DEMO_RELEASED.idNumber);
    await reach('绑定并查看准考证');
    // A visible focus ring on the focused button.
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.getByTestId('ticket-qr').locator('img').getAttribute('alt')).toBe(`二维码，内容为准考证号 ${DEMO_RELEASED.ticketNumber}、考试日期、考场和座位，带评价机构签名`);
  });

  test('axe-core: no critical or serious finding on any candidate page (and the bound ticket)', async () => {
    const found: string[] = [];
    const audit = async (label: string, page: Page) => {
      await page.waitForLoadState('networkidle');
      // Past the page transition (about 800 ms), so axe sees the page as it stays.
      await page.waitForTimeout(900);
      for (const finding of await axeFindings(page)) {
        if (finding.impact === 'critical' || finding.impact === 'serious') found.push(`${label}: ${finding.impact} ${finding.id} ${finding.targets.join(', ')}`);
      }
    };
    for (const org of ['sjtu', 'kupasi']) {
      const { context, page } = await openPhone();
      for (const pagePath of CANDIDATE_PAGES) {
        await page.goto(`${pagePath}?org=${org}`);
        await page.locator('.page').first().waitFor();
        await audit(`${pagePath}?org=${org}`, page);
      }
      await context.close();
    }
    const { context, page } = await openPhone();
    await page.goto(ROUTES.ticket);
    await bindCandidate(page, DEMO_RELEASED.name, DEMO_RELEASED.idNumber);
    await page.getByTestId('ticket-number').waitFor();
    await audit('ticket (bound)', page);
    await context.close();
    expect(found).toEqual([]);
  }, 400000);
});

describe('input and network', () => {
  test('an ID pasted with spaces binds; a double tap sends one request', async () => {
    const page = await phone();
    await page.goto(ROUTES.ticket);
    await page.getByText('绑定考生身份').waitFor();
    const binds: Request[] = [];
    page.on('request', (request) => {
      if (isBindRequest(request)) binds.push(request);
    });
    await fillField(page, '姓名', DEMO_RELEASED.name);
    await fillField(page, '身份证号', '310101 19950315 1237');
    await page.locator('taro-button-core', { hasText: '绑定并查看准考证' }).dblclick();
    await page.getByTestId('ticket-number').waitFor();
    expect(binds).toHaveLength(1);
    expect(JSON.parse(binds[0].postData() ?? '{}').idNumber).toBe(DEMO_RELEASED.idNumber);
  });

  test('the eligibility form survives reload, and back after leaving it, until cleared', async () => {
    const page = await phone();
    await page.goto(`${ROUTES.eligibility}?org=sjtu`);
    await page.getByText('想考哪个职业').waitFor();
    await tapButton(page, '下一步');
    await fillField(page, '出生日期', '1990-05-01');
    await tapButton(page, '下一步');
    await tapButton(page, '添加一段工作经历');
    await fillField(page, '开始日期', '2021-09-01');

    await page.reload();
    await page.getByText('第 3 步，共 7 步').waitFor();
    expect(await page.locator('taro-input-core[aria-label="开始日期"] input').inputValue()).toBe('2021-09-01');

    await page.goto(ROUTES.home);
    await page.getByText('最新公告').waitFor();
    await page.goBack();
    await page.getByText('第 3 步，共 7 步').waitFor();
    await tapButton(page, '上一步');
    expect(await page.locator('taro-input-core[aria-label="出生日期"] input').inputValue()).toBe('1990-05-01');

    await tapButton(page, '清空重填');
    await page.getByText('第 1 步，共 7 步').waitFor();
    await page.reload();
    await page.getByText('第 1 步，共 7 步').waitFor();
  });

  test('a page whose code cannot be downloaded says so and offers 重试', async () => {
    const { context, page } = await openPhone();
    await page.goto(`${ROUTES.home}?org=sjtu`);
    await page.getByText('最新公告').waitFor();
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await tapButton(page, '如何报名');
    await page.getByText('页面加载失败').waitFor();
    await context.setOffline(false);
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('calendar-2025').waitFor();
    await context.close();
  });

  test('text assets come compressed; no request of a page load fails; an unknown address shows the way home', async () => {
    const page = await phone();
    const failed: string[] = [];
    const encodings = new Map<string, string>();
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('response', async (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
      if (/\.(js|css)$/.test(new URL(response.url()).pathname)) encodings.set(response.url(), (await response.allHeaders())['content-encoding'] ?? 'none');
    });
    await page.goto(ROUTES.home);
    await page.getByText('最新公告').waitFor();
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    expect(encodings.size).toBeGreaterThan(0);
    expect([...encodings.values()].every((encoding) => encoding === 'br' || encoding === 'gzip')).toBe(true);

    await page.goto('/packages/guide/nothing-here/index');
    await page.getByText('没有这个页面').waitFor();
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.getByText('最新公告').waitFor();
  });
});

describe('large text on a 320 px phone', () => {
  test('the home grid becomes one column and no date breaks across lines', async () => {
    const { context, page } = await openPhone();
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto(`${ROUTES.home}?org=sjtu`);
    await page.getByText('最新公告').waitFor();
    const lefts = async () => page.locator('.grid-item').evaluateAll((items) => [...new Set(items.map((item) => Math.round(item.getBoundingClientRect().left)))]);
    expect((await lefts()).length).toBe(2);
    await page.evaluate('document.documentElement.style.fontSize = "24px"');
    expect((await lefts()).length).toBe(1);
    for (const pagePath of [`${ROUTES.home}?org=sjtu`, `${ROUTES.apply}?org=sjtu`, `${ROUTES.timeline}?org=sjtu`]) {
      await page.goto(pagePath);
      await page.locator('.page').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.evaluate('document.documentElement.style.fontSize = "24px"');
      const split = await page.locator('.nowrap').evaluateAll((items) =>
        items.filter((item) => item.getClientRects().length > 1 || item.getBoundingClientRect().height > parseFloat(getComputedStyle(item).lineHeight) * 1.5).map((item) => item.textContent),
      );
      expect(split).toEqual([]);
    }
    await context.close();
  });
});
