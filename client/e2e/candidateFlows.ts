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
