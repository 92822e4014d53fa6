import { describe, expect, it } from 'vitest';
import { journeySchema, metricSchema, sortDiagnostics, type MetricInput } from '../index.ts';
import { collectEvents, journeySteps } from './event-collector.ts';

const journey = journeySchema.parse({
  id: 'shop',
  title: 'Shop',
  stages: [
    { id: 'look', name: 'Look', kind: 'consideration', steps: [{ id: 'v', name: 'Views', touchpoints: [{ id: 'pp', name: 'Product page', channel: 'web', event: 'view' }] }] },
    { id: 'buy', name: 'Buy', kind: 'purchase', steps: [{ id: 'c', name: 'Checks out', touchpoints: [{ id: 'co', name: 'Checkout', channel: 'web', event: 'buy' }, { id: 'app', name: 'App checkout', channel: 'mobile-app', event: 'buy_app' }] }] },
    { id: 'after', name: 'After', kind: 'retention', steps: [{ id: 'n', name: 'Nothing tracked', touchpoints: [{ id: 'x', name: 'Care email', channel: 'email' }] }] },
  ],
});
const metric = (source: Partial<NonNullable<MetricInput['source']>> = {}) =>
  metricSchema.parse({ id: 'f', name: 'Funnel', kind: 'conversion', target: 10, scope: { journey: 'shop' }, source: { file: 'data/e.csv', format: 'events', ...source } });

function collect(rows: string[][], source?: Partial<NonNullable<MetricInput['source']>>, withJourney = journey) {
  const collector = collectEvents(metric(source), withJourney, 'data/e.csv');
  if (collector.header(['person', 'timestamp', 'event'])) rows.forEach(([person, timestamp, event], i) => collector.add({ person: person!, timestamp: timestamp!, event: event! }, i + 2));
  return collector.finish();
}

describe('collectEvents', () => {
  it('makes a funnel of the journey\'s stages that have touchpoint events', () => {
    expect(journeySteps(journey)).toEqual([
      { label: 'Look', events: ['view'] },
      { label: 'Buy', events: ['buy', 'buy_app'] },
    ]);
  });

  it('counts the funnel and the conversion of the people entering in each month', () => {
    const { funnel, series, diagnostics } = collect([
      ['ann', '2026-01-05T10:00:00Z', 'view'],
      ['ann', '2026-01-06T10:00:00Z', 'buy_app'],
      ['bob', '2026-01-20T10:00:00Z', 'view'],
      ['cid', '2026-02-02T10:00:00Z', 'view'],
      ['cid', '2026-02-03T10:00:00Z', 'buy'],
    ]);
    expect(diagnostics).toEqual([]);
    expect(funnel!.steps.map((s) => [s.step, s.count])).toEqual([['Look', 3], ['Buy', 2]]);
    expect(series).toEqual([{ period: '2026-01', value: 50, n: 2 }, { period: '2026-02', value: 100, n: 1 }]);
  });

  it('reports bad rows at their line, warns about duplicates and notes events out of time order', () => {
    const { diagnostics, funnel } = collect([
      ['ann', '2026-01-05T10:00:00Z', 'view'],
      ['ann', 'yesterday', 'buy'],
      ['', '2026-01-05T11:00:00Z', 'view'],
      ['ann', '2026-01-05T10:00:00Z', 'view'],
      ['bob', '2026-01-01T10:00:00Z', 'view'],
    ]);
    // Repeats are found once the log is read; the loader sorts every diagnostic by place.
    expect(sortDiagnostics(diagnostics).map((d) => [d.rule, d.severity, d.line])).toEqual([
      ['data/bad-row', 'error', 3],
      ['data/bad-row', 'error', 4],
      ['data/duplicate-event', 'warning', 5],
      ['data/events-out-of-order', 'info', 6],
    ]);
    expect(sortDiagnostics(diagnostics)[0]!.message).toBe('Line 3: the timestamp "yesterday" is not a time like 2026-03-31T14:00:00Z.');
    expect(funnel!.n).toBe(2);
  });

  it('lists at most 50 repeated events, then counts the rest, and counts each event once', () => {
    const rows = Array.from({ length: 61 }, () => ['ann', '2026-01-05T10:00:00Z', 'view']);
    const { diagnostics, funnel } = collect(rows);
    expect(diagnostics.filter((d) => d.rule === 'data/duplicate-event')).toHaveLength(50);
    expect(diagnostics.find((d) => d.rule === 'data/duplicate-events')!.message).toBe('10 more events repeat an earlier line, besides those shown: each is counted once.');
    expect(funnel!.n).toBe(1);
  });

  it('says when the metric names no journey, or the journey has too few tracked stages', () => {
    const journeyless = collectEvents(metric(), undefined, 'data/e.csv');
    expect(journeyless.header(['person', 'timestamp', 'event'])).toBe(false);
    expect(journeyless.finish().diagnostics.map((d) => d.rule)).toEqual(['metric/events-need-journey']);
    const untracked = journeySchema.parse({ ...journey, stages: journey.stages.slice(2) });
    expect(collect([], {}, untracked).diagnostics.map((d) => d.rule)).toEqual(['metric/events-need-steps']);
  });

  it('counts accounts when the funnel says so, through a mapped column', () => {
    const collector = collectEvents(metric({ columns: { account: 'company' }, funnel: { unit: 'account' } }), journey, 'data/e.csv');
    expect(collector.header(['company', 'timestamp', 'event'])).toBe(true);
    collector.add({ company: 'acme', timestamp: '2026-01-01', event: 'view' }, 2);
    collector.add({ company: 'acme', timestamp: '2026-01-02', event: 'buy' }, 3);
    expect(collector.finish().funnel!.steps.map((s) => s.count)).toEqual([1, 1]);
  });

  it('gives a retention metric the retention of each cohort, without a journey, leaving out cohorts still under way', () => {
    const retention = metricSchema.parse({
      id: 'r',
      name: 'Second order',
      kind: 'retention',
      target: 30,
      source: { file: 'data/e.csv', format: 'events', columns: { account: 'company' }, retention: { starts: ['buy'], returns: ['buy'], unit: 'account', mode: 'on-or-after' } },
    });
    const collector = collectEvents(retention, undefined, 'data/e.csv');
    expect(collector.header(['company', 'timestamp', 'event'])).toBe(true);
    const rows = [
      ['acme', '2026-01-10', 'buy'], ['bolt', '2026-01-20', 'buy'], ['bolt', '2026-01-25', 'buy'], ['cogs', '2026-02-03', 'buy'],
      ['cogs', '2026-02-04', 'view'], ['acme', '2026-03-02', 'buy'], ['dune', '2026-03-05', 'buy'],
    ];
    rows.forEach(([company, timestamp, event], i) => collector.add({ company: company!, timestamp: timestamp!, event: event! }, i + 2));
    // January: acme came back (in March, on or after February), bolt only in January. February's cohort
    // would come back in March, which the log has not seen the end of.
    expect(collector.finish()).toEqual({ series: [{ period: '2026-01', value: 50, n: 2 }], funnel: undefined, diagnostics: [] });
  });

  it('refuses cohort retention on a metric that is not a retention rate, or by quarter', () => {
    const issues = (input: Partial<MetricInput>) =>
      metricSchema.safeParse({ id: 'r', name: 'R', kind: 'retention', source: { file: 'data/e.csv', format: 'events', retention: { starts: ['buy'] } }, ...input }).error?.issues.map((issue) => issue.message);
    expect(issues({})).toBeUndefined();
    expect(issues({ kind: 'churn' })).toEqual(["Cohort retention gives a retention rate, so the metric's kind must be retention, not churn"]);
    expect(issues({ source: { file: 'data/e.csv', format: 'events', period: 'quarter', retention: { starts: ['buy'] } } })).toEqual([
      "Cohorts are grouped by day, week or month: set the source's `period` to one of them",
    ]);
    expect(issues({ source: { file: 'data/e.csv', format: 'series', retention: { starts: ['buy'] } } })).toEqual(['Cohort retention is computed from an event log: set `format: events`']);
  });
});
