import { expect, test } from 'vitest';
import { screenshot, url, useBrowser } from './browser.ts';

const { open } = useBrowser();

test('searching for a touchpoint by name finds its touchpoint page', async () => {
  const page = await open();
  await page.goto(url('search/'));
  // A touchpoint of examples/b2b-saas/journeys/land-and-expand.yaml (id ops-webinar).
  await page.locator('.pagefind-ui__search-input').fill('Monthly operations webinar');
  const result = page.locator('a.pagefind-ui__result-link[href^="/reports/touchpoints/land-and-expand/ops-webinar/"]');
  await result.first().waitFor();
  expect(await result.first().textContent()).toContain('Monthly operations webinar');
  await result.first().click();
  await page.waitForURL((address) => address.pathname === '/reports/touchpoints/land-and-expand/ops-webinar/');
  await expect(page.locator('h1').textContent()).resolves.toBe('Monthly operations webinar');
});

test('a link to search/?q= runs that search on arrival', async () => {
  const page = await open();
  await page.goto(url(`search/?q=${encodeURIComponent('Monthly operations webinar')}`));
  const result = page.locator('a.pagefind-ui__result-link[href^="/reports/touchpoints/land-and-expand/ops-webinar/"]');
  await result.first().waitFor();
  expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe('Monthly operations webinar');
  await screenshot(page, 'search-linked');
});
