/// <reference lib="dom" />
import { describe, expect, test } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { screenshot, screenshotDir, url, useBrowser } from './browser.ts';

const { open } = useBrowser();
const phone = { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true };

describe('small screens', () => {
  test('the home page does not scroll sideways at 375 pixels wide', async () => {
    const page = await open(phone);
    await page.goto(url(''));
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await screenshot(page, 'home-mobile');
  });

  test('on the journey page only the map scrolls sideways, inside its own container', async () => {
    const page = await open(phone);
    await page.goto(url('journeys/land-and-expand/'));
    const layout = await page.evaluate(() => {
      const wrap = document.querySelector('#journey-map table.jk-map')!.parentElement!;
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        wrapScrolls: wrap.scrollWidth > wrap.clientWidth,
        wrapOverflow: getComputedStyle(wrap).overflowX,
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
    expect(layout.wrapScrolls).toBe(true);
    expect(layout.wrapOverflow).toBe('auto');
  });
});

describe('print', () => {
  test('printing hides the header and keeps the journey map', async () => {
    const page = await open();
    await page.goto(url('journeys/land-and-expand/'));
    expect(await page.locator('header.jk-header').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.jk-header').isVisible()).toBe(false);
    expect(await page.locator('#journey-map table.jk-map').isVisible()).toBe(true);
  });
});

describe('words', () => {
  test('labels under stage names and blueprint lanes are in sentence case, not title case', async () => {
    const page = await open();
    await page.goto(url('journeys/land-and-expand/'));
    const kinds = await page.evaluate(() =>
      [...document.querySelectorAll('.jk-stage-kind')].map((label) => ({
        text: label.textContent,
        whole: getComputedStyle(label).textTransform,
        first: getComputedStyle(label, '::first-letter').textTransform,
        // ::first-letter applies only to block-like boxes.
        box: getComputedStyle(label).display,
      })),
    );
    expect(kinds).toContainEqual({ text: 'retention', whole: 'none', first: 'uppercase', box: 'inline-block' });
    expect(kinds.every((label) => label.whole === 'none' && label.first === 'uppercase' && label.box !== 'inline')).toBe(true);
    const lines = await page.locator('#blueprint .jk-line-name').allTextContents();
    expect([...new Set(lines)]).toEqual(['Line of interaction', 'Line of visibility', 'Line of internal interaction']);
    await mkdir(screenshotDir, { recursive: true });
    await page.locator('#journey-map thead').first().screenshot({ path: `${screenshotDir}journey-stage-labels.png` });
  });

  test('the favicon is a data: URL with every reserved character percent-encoded', async () => {
    const page = await open();
    await page.goto(url(''));
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toMatch(/^data:image\/svg\+xml,%3Csvg[^\s'"<>#]*$/);
  });
});
