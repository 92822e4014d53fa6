/// <reference lib="dom" />
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import { describe, expect, test } from 'vitest';
import { keyPages, url, useBrowser } from './browser.ts';

const { open } = useBrowser();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const pages = [...Object.entries(keyPages), ['glossary term', 'glossary/kickoff/'] as const].map(([name, path]) => ({ name, path }));

function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => `${v.impact}: ${v.id} — ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `  ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`).join('\n')}`)
    .join('\n\n');
}

describe.for(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  test.for(pages)('the $name page has no serious or critical axe violations', async ({ name, path }) => {
    const page = await open({ colorScheme });
    await page.goto(url(path));
    if (name === 'search') await page.locator('.pagefind-ui__search-input').waitFor();
    await page.addScriptTag({ path: axePath });
    const results = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run());
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, describeViolations(serious)).toEqual([]);
  });
});
