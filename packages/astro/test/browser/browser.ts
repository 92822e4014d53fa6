/// <reference lib="dom" />
// Helpers shared by the browser tests: one Chromium per test file, the built report's address,
// screenshots and checks that read computed styles.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium, installed by .ci/run; override with JOURNEYKIT_CHROMIUM. */
const executablePath = process.env['JOURNEYKIT_CHROMIUM'] ?? '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Where screenshots of the key pages are saved for people to look at; test-output/ is not committed. */
export const screenshotDir = fileURLToPath(new URL('../../../../test-output/screenshots/', import.meta.url));

/** The key pages of the example report, relative to its base path. */
export const keyPages = {
  home: '',
  journey: 'journeys/land-and-expand/',
  touchpoints: 'touchpoints/',
  metric: 'metrics/nps/',
  glossary: 'glossary/',
  search: 'search/',
} as const;

/** The address of a page of the report, from its path under the base path /reports/. */
export function url(path: string): string {
  return new URL(path, inject('siteUrl')).href;
}

/**
 * Launches Chromium before the tests of the file and closes it after them. Each call of `open`
 * gets a fresh context (no cookies, no local storage), closed with the browser.
 */
export function useBrowser(): { open: (options?: BrowserContextOptions) => Promise<Page> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, args });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open: async (options = {}) => {
      if (browser === undefined) throw new Error('The browser is not running: call useBrowser() at the top of the test file.');
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      return context.newPage();
    },
  };
}

/** Saves a full-page screenshot as test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

/** Relative luminance (0 black … 1 white) of a CSS colour as computed styles give it: rgb() or rgba(). */
export function luminance(color: string): number {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
  if (match === null) throw new Error(`Not an rgb() colour: ${color}`);
  const [r, g, b] = match.slice(1, 4).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The colours that show which theme a page is in: the body's background and the charts' text. */
export async function themeColours(page: Page): Promise<{ background: number; chartText: number }> {
  const [background, chartText] = await page.evaluate(() => [
    getComputedStyle(document.body).backgroundColor,
    getComputedStyle(document.querySelector('figure.jk-chart svg text')!).fill,
  ]);
  return { background: luminance(background!), chartText: luminance(chartText!) };
}
