/**
 * `npx tsx scripts/axe-audit.ts` in client/: axe-core's findings on every candidate page (and the
 * bound ticket and results), by impact. Prints figures; the e2e suite asserts none are critical
 * or serious.
 */
import { DEMO_RELEASED, DEMO_RESULTS } from '../../cloudfunctions/src/demo/candidates';
import { CANDIDATE_PAGES, bindCandidate, newPhone, startRig } from '../e2e/harness';
import { axeFindings, countByImpact } from '../e2e/axe';
import { ROUTES } from '../src/routes';

async function main(): Promise<void> {
  const { server, browser, close } = await startRig({ today: '2026-06-10' });
  const totals: Record<string, number> = {};
  const audit = async (label: string, open: (page: import('playwright-core').Page) => Promise<void>) => {
    const { context, page } = await newPhone(browser, server.url);
    await open(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(900);
    const findings = await axeFindings(page);
    const counts = countByImpact(findings);
    for (const [impact, n] of Object.entries(counts)) totals[impact] = (totals[impact] ?? 0) + n;
    console.log(`${label}: ${JSON.stringify(counts)} ${findings.map((f) => `${f.impact}:${f.id}`).join(' ')}`);
    await context.close();
  };
  try {
    for (const pagePath of CANDIDATE_PAGES) await audit(pagePath, (page) => page.goto(pagePath).then(() => undefined));
    await audit('ticket (bound)', async (page) => {
      await page.goto(ROUTES.ticket);
      await bindCandidate(page, DEMO_RELEASED.name, DEMO_RELEASED.idNumber);
      await page.getByTestId('ticket-number').waitFor();
    });
    await audit('results (bound)', async (page) => {
      await page.goto(ROUTES.results);
      await bindCandidate(page, DEMO_RESULTS.name, DEMO_RESULTS.idNumber);
      await page.getByText('补考有效期至').first().waitFor();
    });
    console.log(`total: ${JSON.stringify(totals)}`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
