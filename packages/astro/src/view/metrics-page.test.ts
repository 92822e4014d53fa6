import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { metricsPage } from './metrics-page.ts';

describe('metricsPage', () => {
  it('gives a row per metric by name, each with the journey it measures', () => {
    const page = metricsPage(pageSite());
    expect(page.rows.map(({ href, metric, journey }) => [href, metric.id, journey])).toEqual([
      ['/r/metrics/conv/', 'conv', { href: '/r/journeys/buy/', text: 'Buying' }],
      ['/r/metrics/shelf-time/', 'shelf-time', { href: '/r/journeys/buy/', text: 'Buying' }],
    ]);
    expect([page.thinSample, page.builtAt]).toEqual([30, '2026-12-06']);
  });

  it('names no journey for a metric of the whole workspace', () => {
    const site = pageSite();
    const conv = site.workspace.metrics.find((m) => m.id === 'conv')!;
    delete conv.scope;
    expect(metricsPage(site).rows[0]!.journey).toBeUndefined();
  });
});
