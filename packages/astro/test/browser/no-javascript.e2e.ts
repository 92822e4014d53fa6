import { describe, expect, test } from 'vitest';
import { url, useBrowser } from './browser.ts';

const { open } = useBrowser();

describe('without JavaScript', () => {
  test('the journey page shows its map and its charts', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(url('journeys/land-and-expand/'));
    expect(await page.locator('#journey-map table.jk-map').isVisible()).toBe(true);
    const charts = page.locator('figure.jk-chart svg');
    expect(await charts.count()).toBeGreaterThan(1);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(0);
      expect(box?.height).toBeGreaterThan(0);
    }
    // The theme button needs JavaScript, so it stays hidden.
    expect(await page.locator('button[data-jk-theme]').isVisible()).toBe(false);
  });

  test('the touchpoint inventory filters by channel with radio buttons', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(url('touchpoints/'));
    const rows = page.locator('tr[data-filter-item]');
    const all = await rows.count();
    const web = page.locator('tr[data-filter-item][data-channel~="web"]');
    const others = page.locator('tr[data-filter-item]:not([data-channel~="web"])');
    expect(await web.count()).toBeGreaterThan(0);
    expect(await others.count()).toBeGreaterThan(0);

    await page.locator('label[for="inventory-channel-web"]').click();
    expect(await page.locator('#inventory-channel-web').isChecked()).toBe(true);
    for (const row of await web.all()) expect(await row.isVisible()).toBe(true);
    for (const row of await others.all()) expect(await row.isVisible()).toBe(false);

    await page.locator('label[for="inventory-channel-all"]').click();
    const visible = await Promise.all((await rows.all()).map((row) => row.isVisible()));
    expect(visible.filter(Boolean)).toHaveLength(all);
  });
});
