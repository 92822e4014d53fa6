/// <reference lib="dom" />
import { describe, expect, test } from 'vitest';
import { screenshot, url, useBrowser } from './browser.ts';

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
