/**
 * axe-core, injected into the page by Playwright, for the accessibility checks of the
 * candidate suite and the audit script. Findings are grouped by impact.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe on the page as it is now (WCAG 2.x A/AA and best practices) and lists what it finds. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol rather than as a <script> tag: the pages' Content-Security-Policy
  // (script-src 'self') rightly refuses inline scripts.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact || 'minor',
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  })()`)) as AxeFinding[];
}

/** Counts by impact, e.g. { critical: 1, serious: 2 }. */
export function countByImpact(findings: AxeFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.impact] = (counts[finding.impact] ?? 0) + 1;
  return counts;
}
