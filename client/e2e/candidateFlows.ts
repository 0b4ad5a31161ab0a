/** Candidate flows more than one suite goes through. */
import type { Page } from 'playwright-core';
import { fillField, tapButton } from './harness';
import { ROUTES } from '../src/routes';

/**
 * 上海交大 人工智能训练师: born 1995-03-15, working since 2023年1月, a 四级 certificate of 2022-06, then
 * 查看结果. The answer: 三级 from 2027年1月1日 (four years of work after the 四级 certificate), 四级 from
 * 2028年1月1日 (five years of work).
 */
export async function answerWithFourthLevelCertificate(page: Page): Promise<void> {
  await page.goto(`${ROUTES.eligibility}?org=sjtu&occupation=4-04-05-05`);
  await page.getByText('想考哪个职业').waitFor();
  await tapButton(page, '下一步');
  await fillField(page, '出生日期', '1995-03-15');
  await tapButton(page, '下一步');
  await tapButton(page, '添加一段工作经历');
  await fillField(page, '开始日期', '2023年1月');
  await tapButton(page, '下一步');
  await tapButton(page, '添加一本证书');
  await page.locator('[aria-label="证书等级"] taro-button-core', { hasText: '四级' }).click();
  await fillField(page, '取证日期', '2022-06');
  await tapButton(page, '下一步');
  await tapButton(page, '下一步');
  await tapButton(page, '查看结果');
}

/** The visible text of the first element with this test id, runs of white space made one space. */
export async function textOf(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).first().innerText()).replace(/\s+/g, ' ');
}

/** The eligibility answer whose 三级 date is “2027年1月1日 满足条件”. */
export async function eligibleFrom(page: Page): Promise<string> {
  await answerWithFourthLevelCertificate(page);
  return eligibleFromShown(page);
}

/** The eligibility answer's “满足条件” date 2027年1月1日 with its window, as shown (spaces removed). */
export async function eligibleFromShown(page: Page): Promise<string> {
  const answer = page.getByTestId('eligible-from').filter({ hasText: '2027年1月1日' }).first();
  await answer.waitFor();
  return (await answer.innerText()).replace(/\s+/g, '');
}

/** The timeline page's 申报批次 choices, as labelled (预计 ones say so). */
export async function windowChoices(page: Page): Promise<string[]> {
  await page.goto(`${ROUTES.timeline}?org=sjtu`);
  await page.getByText('我已知道考试日期').waitFor();
  const labels = await page.locator('[aria-label="申报批次"] taro-button-core').allInnerTexts();
  return labels.map((label) => label.replace(/\s+/g, ''));
}

/** 评价项目, opened from the home page within the launch: the occupation's card with its fees, as shown. */
export async function feesShown(page: Page, occupation: string): Promise<string> {
  await page.locator('taro-button-core', { hasText: '评价项目' }).click();
  const card = page.locator('.card', { hasText: occupation }).first();
  await card.waitFor();
  return (await card.innerText()).replace(/\s+/g, ' ');
}
