import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { opportunityMatrix } from '../analysis/opportunity-matrix.ts';
import { builtinChannels } from '../schema/builtin-channels.ts';
import { journeySchema } from '../schema/journey.ts';
import { metricSchema } from '../schema/metric.ts';
import * as charts from './index.ts';
import type { Chart } from './index.ts';

const journey = journeySchema.parse({
  id: 'onboarding',
  title: 'Onboarding',
  stages: [
    {
      id: 'trial',
      name: 'Trial',
      kind: 'consideration',
      steps: [
        { id: 'sign-up', name: 'Create an account', emotion: 4, touchpoints: [{ id: 'form', name: 'Form', channel: 'web' }] },
        {
          id: 'invite',
          name: 'Invite the team',
          emotion: 2,
          touchpoints: [{ id: 'mail', name: 'Mail', channel: 'email' }],
          opportunities: [{ id: 'bulk-invite', title: 'Invite from a CSV', customerValue: 'high', businessValue: 40, effort: 2 }],
        },
      ],
    },
    { id: 'kickoff', name: 'Kickoff', kind: 'onboarding', steps: [{ id: 'call', name: 'Kickoff call', emotion: 5 }] },
  ],
});
const metric = metricSchema.parse({
  id: 'csat',
  name: 'Onboarding CSAT',
  kind: 'csat',
  method: 'share',
  scale: { min: 1, max: 5 },
  target: 80,
  series: [{ period: '2026-Q1', value: 72, n: 41 }, { period: '2026-Q2', value: 83 }],
});

/** One chart of every kind, built from the same inputs each time it is called. */
function everyChart(): Chart[] {
  const built = [
    charts.emotionCurveChart(journey),
    charts.funnelChart({ title: 'Trial to paid', steps: [{ label: 'Visit', count: 900 }, { label: 'Pay', count: 90 }] }),
    charts.metricTrendChart(metric),
    charts.scoreDistributionChart({ title: 'NPS', kind: 'nps', scale: { min: 0, max: 10 }, counts: [{ score: 9, count: 2 }] }),
    charts.touchpointMatrixChart(journey, builtinChannels),
    charts.opportunityMatrixChart(opportunityMatrix([journey]), 'Onboarding'),
  ];
  return built.filter((chart) => chart !== undefined);
}

/** Every value in a spec with the path to it, for checks that must hold everywhere. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
}

it('exports exactly this charts API', () => {
  expect(Object.keys(charts).sort()).toEqual([
    'chartColors',
    'chartCssColors',
    'emotionCurveChart',
    'funnelChart',
    'isQuickWin',
    'metricTrendChart',
    'opportunityMatrixChart',
    'scoreDistributionChart',
    'touchpointMatrixChart',
  ]);
});

describe('every chart', () => {
  it('is built for each kind from the test inputs', () => {
    expect(everyChart().map((chart) => chart.id)).toEqual([
      'emotion-curve-onboarding',
      'funnel-trial-to-paid',
      'metric-trend-csat',
      'nps-distribution-nps',
      'touchpoint-matrix-onboarding',
      'opportunity-matrix-onboarding',
    ]);
  });

  it('is deterministic: the same input gives a deep-equal chart that survives JSON', () => {
    const [first, second] = [everyChart(), everyChart()];
    expect(first).toStrictEqual(second);
    expect(JSON.parse(JSON.stringify(first))).toStrictEqual(first);
  });

  it('compiles with Vega-Lite without a warning', () => {
    for (const chart of everyChart()) {
      const warnings: unknown[] = [];
      const logger = { level: () => 2, error: fail, warn: collect, info: collect, debug: collect };
      function collect(...args: unknown[]) { warnings.push(args); return logger; }
      function fail(...args: unknown[]): never { throw new Error(args.join(' ')); }
      compile(chart.spec, { logger: logger as never });
      expect({ id: chart.id, warnings }).toEqual({ id: chart.id, warnings: [] });
    }
  });

  it('uses the v6 schema, its own title and description, a fixed size and inline data', () => {
    for (const chart of everyChart()) {
      const spec = chart.spec as unknown as Record<string, unknown>;
      expect(spec).toMatchObject({ $schema: 'https://vega.github.io/schema/vega-lite/v6.json', title: chart.title, description: chart.description });
      expect(typeof spec.width).toBe('number');
      expect(typeof spec.height).toBe('number');
      expect(leaves(spec).filter(([path]) => /\.url$/.test(path))).toEqual([]);
      expect(leaves(spec).filter(([, value]) => typeof value === 'string' && /random\(|now\(|https?:/.test(value) && !value.startsWith('https://vega.github.io/schema/'))).toEqual([]);
    }
  });

  it('writes text at 11px or larger', () => {
    for (const chart of everyChart()) {
      const sizes = leaves(chart.spec).filter(([path]) => /fontsize$/i.test(path));
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.filter(([, size]) => typeof size !== 'number' || size < 11)).toEqual([]);
    }
  });

  it('colours only with placeholders the site can theme', () => {
    const placeholders = new Set(Object.keys(charts.chartCssColors));
    for (const chart of everyChart()) {
      const colours = leaves(chart.spec).filter(([path, value]) => typeof value === 'string' && /^#[0-9a-f]{3,8}$/i.test(value) && path !== '.background');
      expect(colours.filter(([path, value]) => !placeholders.has(value as string) && !path.startsWith('.usermeta'))).toEqual([]);
    }
  });

  it('has a non-empty description and a table row for every data point', () => {
    for (const chart of everyChart()) {
      expect(chart.description).toMatch(/^\S.*\.$/);
      expect(chart.table.rows.every((row) => row.length === chart.table.columns.length)).toBe(true);
    }
  });
});

describe('chartCssColors', () => {
  it('maps every placeholder to a site custom property, with a fallback', () => {
    expect(charts.chartCssColors).toEqual({
      '#4c78a8': 'var(--jk-chart-1, #4c78a8)',
      '#f58518': 'var(--jk-chart-2, #f58518)',
      '#54a24b': 'var(--jk-chart-3, #54a24b)',
      '#b279a2': 'var(--jk-chart-4, #b279a2)',
      '#72b7b2': 'var(--jk-chart-5, #72b7b2)',
      '#9d755d': 'var(--jk-chart-6, #9d755d)',
      '#bab0ac': 'var(--jk-chart-neutral, #bab0ac)',
      '#e45756': 'var(--jk-chart-target, #e45756)',
      '#1f2937': 'var(--jk-chart-text, currentColor)',
      '#6b7280': 'var(--jk-chart-axis, var(--jk-chart-text, currentColor))',
      '#e5e7eb': 'var(--jk-chart-grid, color-mix(in srgb, currentColor 15%, transparent))',
    });
  });
});
