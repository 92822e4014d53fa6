import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { keyPages, url, useBrowser } from './browser.ts';

const { open } = useBrowser();

/** Records console errors, uncaught exceptions, failed requests and error responses of a page. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

const cases = Object.entries(keyPages).map(([name, path]) => ({ name, path }));

test.for(cases)('the $name page loads without console errors or failed requests', async ({ name, path }) => {
  const page = await open();
  const problems = watchProblems(page);
  const response = await page.goto(url(path), { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  if (name === 'search') {
    // The search UI loads its script, styles, index and WebAssembly once a query is typed.
    await page.locator('.pagefind-ui__search-input').fill('onboarding');
    await page.locator('.pagefind-ui__result').first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
