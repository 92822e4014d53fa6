import { describe, expect, test } from 'vitest';
import { screenshot, url, useBrowser } from './browser.ts';

const { open } = useBrowser();

describe('navigation', () => {
  test('a journey card on the home page leads to the journey, with its map and emotion lane', async () => {
    const page = await open();
    await page.goto(url(''));
    await screenshot(page, 'home');
    await page.locator('.jk-card h3 a', { hasText: 'Land and expand' }).click();
    await page.waitForURL(url('journeys/land-and-expand/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Land and expand');
    const map = page.locator('#journey-map table.jk-map');
    expect(await map.isVisible()).toBe(true);
    expect(await map.locator('tbody th[scope="row"]').allTextContents()).toContain('Touchpoints');
    const lane = page.locator('#journey-map svg.jk-emotion-lane');
    expect(await lane.isVisible()).toBe(true);
    const box = await lane.boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    expect(box?.height).toBeGreaterThan(0);
    await screenshot(page, 'journey');
  });

  test('the glossary in the navigation leads to a term page', async () => {
    const page = await open();
    await page.goto(url(''));
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL(url('glossary/'));
    const term = page.locator('main dt a', { hasText: /^Kickoff$/ });
    await term.click();
    await page.waitForURL(url('glossary/kickoff/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Kickoff');
    expect(await page.locator('.jk-breadcrumbs a').getAttribute('href')).toBe('/reports/glossary/');
    await screenshot(page, 'glossary-term');
  });

  test('the touchpoints inventory and a metric page render under the base path', async () => {
    const page = await open();
    await page.goto(url('touchpoints/'));
    expect(await page.locator('tr[data-filter-item]').count()).toBeGreaterThan(10);
    await screenshot(page, 'touchpoints');
    await page.goto(url('metrics/nps/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Net Promoter Score');
    await screenshot(page, 'metric');
  });

  test('a page that does not exist gets the 404 page with status 404', async () => {
    const page = await open();
    const response = await page.goto(url('journeys/no-such-journey/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    expect(await page.getByRole('link', { name: 'Back to all journeys' }).getAttribute('href')).toBe('/reports/');
  });
});
