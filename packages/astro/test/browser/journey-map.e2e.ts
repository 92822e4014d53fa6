/// <reference lib="dom" />
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AxeResults } from 'axe-core';
import { describe, expect, test } from 'vitest';
import { screenshotDir, url, useBrowser } from './browser.ts';

const { open } = useBrowser();
const run = promisify(execFile);
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const journey = 'journeys/land-and-expand/';
const desktop = { viewport: { width: 1440, height: 900 } };

describe('the overview map of the B2B journey', () => {
  test('is at most 1,200 pixels tall at 1440 × 900, right after the header', async () => {
    const page = await open(desktop);
    await page.goto(url(journey));
    const map = page.locator('#journey-map');
    const box = await map.boundingBox();
    expect(box!.height).toBeGreaterThan(400);
    expect(box!.height).toBeLessThanOrEqual(1200);
    // Nothing but the header (title, summary, facts) comes before it.
    const before = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const items = [...main.children];
      return items.slice(0, items.indexOf(document.getElementById('journey-map')!)).map((element) => element.tagName.toLowerCase());
    });
    expect(before).toEqual(['p', 'h1', 'p', 'dl']);
    await map.screenshot({ path: `${screenshotDir}journey-map.png` });
  });

  test('puts each emotion point inside the box of its step column', async () => {
    const page = await open(desktop);
    await page.goto(url(journey));
    const placed = await page.evaluate(() => {
      const headers = [...document.querySelectorAll<HTMLElement>('#journey-map .jk-step-row th[data-step]')];
      return [...document.querySelectorAll<SVGCircleElement>('#journey-map .jk-curve-point')].map((point) => {
        const circle = point.getBoundingClientRect();
        const column = headers[Number(point.dataset['step'])]!.getBoundingClientRect();
        return { step: Number(point.dataset['step']), x: circle.left + circle.width / 2, left: column.left, right: column.right };
      });
    });
    // Every step of the journey has a point, on each persona's curve.
    expect(new Set(placed.map((point) => point.step))).toEqual(new Set(Array.from({ length: 15 }, (_, i) => i)));
    for (const { step, x, left, right } of placed) {
      expect(x, `point of step ${step}`).toBeGreaterThan(left);
      expect(x, `point of step ${step}`).toBeLessThan(right);
      // The middle of the column, to the pixel.
      expect(Math.abs(x - (left + right) / 2), `point of step ${step}`).toBeLessThan(1.5);
    }
  });

  test('scrolls sideways on a phone with the lane labels kept in view', async () => {
    const page = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(url(journey));
    const scroller = page.locator('#journey-map .jk-map-scroll');
    const label = page.locator('#journey-map th[scope="row"]', { hasText: 'Touchpoints' });
    const before = await label.boundingBox();
    await scroller.evaluate((element) => element.scrollBy(600, 0));
    await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    const after = await label.boundingBox();
    expect(after!.x).toBe(before!.x);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    // Text in the emotion lane stays readable on a phone.
    const sizes = await page.evaluate(() => [...document.querySelectorAll('#journey-map .jk-emotion-lane text, #journey-map .jk-tick')].map((element) => parseFloat(getComputedStyle(element).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    // Charts keep the size they were drawn at (their text is 11 px and up), scrolling sideways instead of shrinking.
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('figure.jk-chart svg')].map((svg) => ({
        scale: svg.getBoundingClientRect().width / Number(svg.getAttribute('width')),
        smallest: Math.min(...[...svg.querySelectorAll('text')].map((text) => parseFloat(text.getAttribute('font-size') ?? '11'))),
      })),
    );
    expect(charts.length).toBeGreaterThan(1);
    for (const chart of charts) expect(chart.scale * chart.smallest).toBeGreaterThanOrEqual(11);
    await page.locator('#journey-map').screenshot({ path: `${screenshotDir}journey-map-phone.png` });
  });

  test('prints on the first landscape A4 page alone', async () => {
    const page = await open(desktop);
    await page.goto(url(journey));
    await page.emulateMedia({ media: 'print' });
    const dir = await mkdtemp(join(tmpdir(), 'journeykit-print-'));
    try {
      const pdf = join(dir, 'journey.pdf');
      await writeFile(pdf, await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
      const text = async (pageNumber: number) => (await run('pdftotext', ['-f', String(pageNumber), '-l', String(pageNumber), '-layout', pdf, '-'])).stdout;
      const first = await text(1);
      for (const words of ['Journey map', 'Awareness', 'Advocacy', 'Touchpoints', 'Emotion', 'Pain points', 'Opportunities', 'KPIs', 'Accounts that referred a']) expect(first).toContain(words);
      // The last step's column and the last lane are on the first page; the rest of the page starts on the second.
      expect(first).not.toContain('Goal of this map');
      expect(await text(2)).toContain('Goal of this map');
      await mkdir(screenshotDir, { recursive: true });
      await run('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', '-png', pdf, `${screenshotDir}journey-map-print`]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the persona filter of the emotion lane', () => {
  test('shows one persona\'s curve at a time with JavaScript off', async () => {
    const page = await open({ ...desktop, javaScriptEnabled: false });
    await page.goto(url(journey));
    const curves = page.locator('#journey-map .jk-curve[data-persona]');
    const visible = async () => {
      const shown: string[] = [];
      for (const curve of await curves.all()) if (await curve.isVisible()) shown.push((await curve.getAttribute('data-persona'))!);
      return shown;
    };
    expect(await visible()).toEqual(['operations-lead', 'it-admin', 'team-member']);
    // While every curve shows, the lowest and highest over all of them are labelled, once each.
    const labels = () =>
      page.locator('#journey-map .jk-extreme').evaluateAll((texts) => texts.filter((text) => text.getClientRects().length > 0).map((text) => `${text.parentElement!.getAttribute('class')}: ${text.firstChild!.textContent}`));
    expect(await labels()).toEqual(['jk-shared-extremes: highest 5', 'jk-shared-extremes: lowest 1']);
    // The curves run side by side, so where personas agree none hides another.
    const transform = (persona: string) => page.locator(`#journey-map .jk-curve[data-persona="${persona}"]:not(.jk-curve-dashed)`).evaluate((curve) => getComputedStyle(curve).transform);
    expect(await transform('operations-lead')).toBe('matrix(1, 0, 0, 1, 0, -3)');
    await page.locator('#journey-map label', { hasText: 'Tomasz' }).click();
    expect(await visible()).toEqual(['it-admin']);
    expect(await labels()).toEqual(['jk-curve jk-curve-2: highest 4', 'jk-curve jk-curve-2: lowest 1']);
    expect(await transform('it-admin')).toBe('none');
    expect(await page.locator('#journey-map .jk-curve[data-persona="it-admin"] .jk-extreme').first().isVisible()).toBe(true);
    await page.locator('#journey-map').screenshot({ path: `${screenshotDir}journey-map-persona.png` });
    await page.locator('#journey-map label', { hasText: 'All personas' }).click();
    expect(await visible()).toHaveLength(3);
  });
});

describe.for(['light', 'dark'] as const)('the journey map in the %s theme', (colorScheme) => {
  test('has no axe violations', async () => {
    const page = await open({ ...desktop, colorScheme });
    await page.goto(url(journey));
    await page.addScriptTag({ path: axePath });
    const results = await page.evaluate(() => (window as unknown as { axe: { run: (context: string) => Promise<AxeResults> } }).axe.run('#journey-map'));
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.locator('#journey-map').screenshot({ path: `${screenshotDir}journey-map-${colorScheme}.png` });
  });
});
