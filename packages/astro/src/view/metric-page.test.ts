import type { Metric } from '@journeykit/core';
import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { metricPage } from './metric-page.ts';

describe('metricPage', () => {
  const site = pageSite();
  const metric = (id: string) => site.workspace.metrics.find((m) => m.id === id)!;

  it('defines the metric and says where it is used, with the touchpoints that list it', () => {
    const page = metricPage(site, metric('conv'));
    expect(page.editUrl).toBe('https://git.example/shop/edit/main/cx/metrics/conv.yaml');
    expect(page.metricsHref).toBe('/r/metrics/');
    expect(page.method).toBe('Conversion: the people who reached this point divided by those who reached the previous one, as a percentage.');
    expect(page.direction).toBe('higher');
    expect(page.owner).toEqual({ href: '/r/teams/web/', text: 'Web team' });
    expect(page.place).toEqual({ journey: { href: '/r/journeys/buy/', text: 'Buying' }, stage: undefined, step: undefined, touchpoint: undefined });
    expect(page.usedBy).toEqual([{ href: '/r/touchpoints/buy/form/', text: 'Checkout form' }]);
    expect([page.target, page.targetNote, page.source, page.dataFile, page.stale, page.thinPeriods]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect([page.trend, page.answers, page.cohorts, page.funnel]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('does not list again the touchpoint its scope names', () => {
    const page = metricPage(site, metric('shelf-time'));
    expect(page.place?.touchpoint).toEqual({ href: '/r/touchpoints/buy/shelf/', text: 'Shelf' });
    expect(page.usedBy).toEqual([]);
  });

  it('writes the target with its deadline, links the source only when its address is allowed, and warns of stale and thin data', () => {
    const measured: Metric = {
      ...metric('conv'),
      unit: '%',
      scope: { journey: 'buy', stage: 'pay', step: 'checkout' },
      target: { value: 40, by: '2026-Q4', note: 'Half the market.' },
      link: 'https://analytics.example/conv',
      series: [{ period: '2026-04', value: 28, n: 200 }, { period: '2026-05', value: 31, n: 12 }],
    };
    const page = metricPage(site, measured);
    expect(page.place).toMatchObject({ stage: 'Pay', step: 'Checkout', touchpoint: undefined });
    expect([page.target, page.targetNote]).toEqual(['40% by 2026-Q4', 'Half the market.']);
    expect(page.source).toEqual({ href: 'https://analytics.example/conv', text: 'analytics' });
    expect(page.stale).toBe('The latest period, 2026-05, is 7 months before the day this report is as of, 2026-12-06.');
    expect(page.thinPeriods).toBe('Periods with fewer than 30 answers are thin samples: read them with care.');
    expect(page.trend?.chart).toBeDefined();
    expect(metricPage(site, { ...measured, link: 'javascript:alert(1)' }).source).toEqual({ href: undefined, text: 'javascript:alert(1)' });
  });

  it('says the whole workspace when the metric has no scope', () => {
    const { scope, ...unscoped } = metric('conv');
    expect(metricPage(site, unscoped).place).toBeUndefined();
    expect(metricPage(site, unscoped).usedBy).toEqual([]);
  });
});
