import { describe, expect, test } from 'vitest';
import { screenshot, themeColours, url, useBrowser } from './browser.ts';

const { open } = useBrowser();

describe('themes', () => {
  test('a reader with a dark system theme gets a dark page and light chart text', async () => {
    const page = await open({ colorScheme: 'dark' });
    await page.goto(url('journeys/land-and-expand/'));
    const { background, chartText } = await themeColours(page);
    expect(background).toBeLessThan(0.05);
    expect(chartText).toBeGreaterThan(0.5);
    await screenshot(page, 'journey-dark');
  });

  test('a reader with a light system theme gets a light page and dark chart text', async () => {
    const page = await open({ colorScheme: 'light' });
    await page.goto(url('journeys/land-and-expand/'));
    const { background, chartText } = await themeColours(page);
    expect(background).toBeGreaterThan(0.9);
    expect(chartText).toBeLessThan(0.05);
  });

  test('the theme button switches between dark and light, and the choice is kept across pages', async () => {
    const page = await open({ colorScheme: 'light' });
    await page.goto(url('journeys/land-and-expand/'));
    const button = page.locator('button[data-jk-theme]');
    expect(await button.isVisible()).toBe(true);
    await expect(button.textContent()).resolves.toBe('Dark theme');

    await button.click();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await expect(button.textContent()).resolves.toBe('Light theme');
    const dark = await themeColours(page);
    expect(dark.background).toBeLessThan(0.05);
    expect(dark.chartText).toBeGreaterThan(0.5);

    await page.goto(url('metrics/nps/'));
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await button.click();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
    const light = await themeColours(page);
    expect(light.background).toBeGreaterThan(0.9);
    expect(light.chartText).toBeLessThan(0.05);
  });
});
