import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { drawnSite } from './drawn-sites.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-drawn-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const chartCache = join(scratch, 'cache', 'charts');
const entries = () => readdirSync(join(dirname(chartCache), 'drawn-sites'));

it('says a site is drawn once a build of that very site kept it so, and of no other', () => {
  const site = JSON.stringify({ workspace: { journeys: ['a'] } });
  const first = drawnSite(chartCache, site);
  expect(first.drawn).toBe(false);
  expect(drawnSite(chartCache, site).drawn).toBe(false);
  first.keep();
  expect(drawnSite(chartCache, site).drawn).toBe(true);
  expect(drawnSite(chartCache, JSON.stringify({ workspace: { journeys: ['b'] } })).drawn).toBe(false);
  expect(drawnSite(join(scratch, 'elsewhere', 'charts'), site).drawn).toBe(false);
  expect(entries()).toHaveLength(1);
});

it('keeps an entry a build reads, and prunes those unused for a month', () => {
  const folder = join(dirname(chartCache), 'drawn-sites');
  const [site, old] = [JSON.stringify({ workspace: { journeys: ['c'] } }), JSON.stringify({ workspace: { journeys: ['old'] } })];
  drawnSite(chartCache, site).keep();
  drawnSite(chartCache, old).keep();
  const longAgo = new Date('2000-01-01T00:00:00Z');
  for (const name of entries()) utimesSync(join(folder, name), longAgo, longAgo);
  // Read by a build, the site's entry is used again; the others stay as old as they were.
  expect(drawnSite(chartCache, site).drawn).toBe(true);
  expect(entries().filter((name) => statSync(join(folder, name)).mtimeMs > longAgo.getTime())).toHaveLength(1);
  // Kept by the next build of another site, the cache loses what was not used for a month.
  drawnSite(chartCache, JSON.stringify({ workspace: { journeys: ['d'] } })).keep();
  expect(entries()).toHaveLength(2);
  expect(drawnSite(chartCache, site).drawn).toBe(true);
  expect(drawnSite(chartCache, old).drawn).toBe(false);
});
