import fc from 'fast-check';
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
  if (collector.header(['person', 'timestamp', 'event'])) rows.forEach((row, i) => collector.add(row, i + 2));
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
      // The log goes on past every entry's window, so each entry is counted.
      ['dan', '2026-03-01T10:00:00Z', 'page_viewed'],
    ]);
    expect(diagnostics).toEqual([]);
    expect(funnel!.steps.map((s) => [s.step, s.count])).toEqual([['Look', 3], ['Buy', 2]]);
    expect(series).toEqual([{ period: '2026-01', value: 50, n: 2 }, { period: '2026-02', value: 100, n: 1 }]);
  });

  it('leaves out of the series the entries whose window had not closed when the log ends, though the funnel counts them', () => {
    // The window is 14 days and the log ends on February 10: bob (January 20) is counted, lost;
    // cid (February 2) could still buy, and is left out of February rather than counted as lost.
    const { funnel, series } = collect([
      ['ann', '2026-01-05T10:00:00Z', 'view'],
      ['ann', '2026-01-06T10:00:00Z', 'buy'],
      ['bob', '2026-01-20T10:00:00Z', 'view'],
      ['cid', '2026-02-02T10:00:00Z', 'view'],
      ['dan', '2026-02-10T10:00:00Z', 'page_viewed'],
    ]);
    expect(funnel!.steps.map((s) => [s.step, s.count])).toEqual([['Look', 3], ['Buy', 1]]);
    expect(series).toEqual([{ period: '2026-01', value: 50, n: 2 }]);
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
      ['data/events-not-found', 'warning', 1], // the only purchase was on the bad row
      ['data/bad-row', 'error', 3],
      ['data/bad-row', 'error', 4],
      ['data/duplicate-event', 'warning', 5],
      ['data/events-out-of-order', 'info', 6],
    ]);
    expect(sortDiagnostics(diagnostics)[1]!.message).toBe('Line 3: the timestamp "yesterday" is not a time like 2026-03-31T14:00:00Z.');
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
    collector.add(['acme', '2026-01-01', 'view'], 2);
    collector.add(['acme', '2026-01-02', 'buy'], 3);
    expect(collector.finish().funnel!.steps.map((s) => s.count)).toEqual([1, 1]);
  });

  it('makes a cohort retention table for a retention metric, and its series at the chosen offset', () => {
    const retention = metricSchema.parse({
      id: 'r',
      name: 'Repeat orders',
      kind: 'retention',
      target: 30,
      source: { file: 'data/e.csv', format: 'events', retention: { start: ['buy'], return: ['buy', 'buy_app'] } },
    });
    const collector = collectEvents(retention, undefined, 'data/e.csv');
    expect(collector.header(['person', 'timestamp', 'event'])).toBe(true);
    [
      ['ann', '2026-01-05T10:00:00Z', 'buy'],
      ['bob', '2026-01-20T10:00:00Z', 'buy'],
      ['ann', '2026-02-03T10:00:00Z', 'buy_app'],
      ['cid', '2026-02-10T10:00:00Z', 'view'], // no start: not in a cohort
      ['cid', '2026-02-11T10:00:00Z', 'buy'],
      ['bob', '2026-03-01T10:00:00Z', 'view'], // not a return
      ['ann', '2026-03-09T10:00:00Z', 'buy'],
    ].forEach((row, i) => collector.add(row, i + 2));
    const { series, retention: table, diagnostics } = collector.finish();
    expect(diagnostics).toEqual([]);
    expect(table!.cohorts.map((row) => [row.cohort, row.size, row.values.map((cell) => cell.returned)])).toEqual([
      ['2026-01', 2, [2, 1, 1]],
      ['2026-02', 1, [1, 0]],
    ]);
    // February's cohort is still inside March, its offset 1: only January is in the series.
    expect(series).toEqual([{ period: '2026-01', value: 50, n: 2 }]);
  });

  describe('with steps filtered on properties', () => {
    const upgrade = (plan: string | string[]) => ({
      eventProperties: ['plan', 'country'],
      funnel: { steps: [{ name: 'Viewed', events: ['view'] }, { name: 'Upgraded', events: ['plan_changed'], where: { plan } }] },
    });
    function collectWithPlans(rows: string[][], source: Partial<NonNullable<MetricInput['source']>>) {
      const collector = collectEvents(metric(source), undefined, 'data/e.csv');
      if (collector.header(['person', 'timestamp', 'event', 'plan', 'country'])) rows.forEach((row, i) => collector.add(row, i + 2));
      return collector.finish();
    }
    const rows = [
      ['ann', '2026-01-05T10:00:00Z', 'view', '', 'fr'],
      ['bob', '2026-01-05T10:00:00Z', 'view', '', 'de'],
      ['cid', '2026-01-05T10:00:00Z', 'view', '', 'de'],
      ['ann', '2026-01-05T11:00:00Z', 'plan_changed', 'business', 'fr'],
      ['bob', '2026-01-05T11:00:00Z', 'plan_changed', 'pro', 'de'],
      ['cid', '2026-01-05T11:00:00Z', 'plan_changed', ' enterprise ', 'de'],
    ];

    it('counts a step only on events whose property has the value, or one of the values listed', () => {
      expect(collectWithPlans(rows, upgrade('business')).funnel!.steps.map((step) => step.count)).toEqual([3, 1]);
      expect(collectWithPlans(rows, upgrade(['business', 'enterprise'])).funnel!.steps.map((step) => step.count)).toEqual([3, 2]);
    });

    it('treats a filter no row matches as a step the log never holds', () => {
      const result = collectWithPlans(rows, upgrade('team'));
      expect(result.diagnostics.map((d) => [d.rule, d.file, d.path, d.message])).toEqual([
        [
          'metric/funnel-step-not-in-log',
          'metrics/f.yaml',
          ['source', 'funnel', 'steps', 1, 'where'],
          'No event of the funnel step "Upgraded" ("plan_changed") where plan is "team" appears in data/e.csv: the step, and every step after it, would count nobody.',
        ],
      ]);
      expect(result.funnel!.stepsWithoutData).toEqual(['Upgraded']);
    });

    it('reports a property the source does not declare at the step\'s where, with the closest declared one', () => {
      const source = { eventProperties: ['plan'], funnel: { steps: [{ name: 'Viewed', events: ['view'] }, { name: 'Upgraded', events: ['plan_changed'], where: { plna: 'business' } }] } };
      const collector = collectEvents(metric(source), undefined, 'data/e.csv');
      expect(collector.header(['person', 'timestamp', 'event', 'plan'])).toBe(false);
      expect(collector.finish().diagnostics.map((d) => [d.rule, d.file, d.path, d.message])).toEqual([
        [
          'metric/funnel-property-not-declared',
          'metrics/f.yaml',
          ['source', 'funnel', 'steps', 1, 'where', 'plna'],
          'The funnel step "Upgraded" filters on the property "plna", which is not among the source\'s event properties ("plan"). Did you mean "plan"?',
        ],
      ]);
    });

    it('says when the file lacks a property column a step filters on', () => {
      const collector = collectEvents(metric(upgrade('business')), undefined, 'data/e.csv');
      expect(collector.header(['person', 'timestamp', 'event', 'plans'])).toBe(false);
      expect(collector.finish().diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
        ['data/missing-column', 1, 'The file has no column "plan": its columns are "person", "timestamp", "event", "plans". Did you mean "plans"?'],
      ]);
    });
  });

  it('says when the log is empty or lacks a column, at the header', () => {
    expect(collect([]).diagnostics.map((d) => [d.rule, d.line])).toEqual([['data/empty', 1]]);
    const collector = collectEvents(metric(), journey, 'data/e.csv');
    expect(collector.header(['person', 'timestmp', 'event'])).toBe(false);
    expect(collector.finish().diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['data/missing-column', 1, 'The file has no column "timestamp": its columns are "person", "timestmp", "event". Did you mean "timestmp"?'],
    ]);
  });

  const row = fc.tuple(
    fc.constantFrom('ann', 'bob', 'cid', 'dan'),
    fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 3, 30) }).map((millis) => new Date(millis - (millis % 3_600_000)).toISOString()),
    fc.constantFrom('view', 'buy', 'buy_app', 'other'),
  );
  const shuffledRows = fc.array(row, { maxLength: 40 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })));
  const withoutPlaces = (result: ReturnType<typeof collect>) => ({ ...result, diagnostics: result.diagnostics.map((d) => d.rule).filter((rule) => rule !== 'data/events-out-of-order').sort() });

  it('gives the same funnel, attribution and series whatever the order of the rows', () => {
    fc.assert(
      fc.property(shuffledRows, fc.constantFrom('sequential' as const, 'strict' as const, 'any' as const), ([rows, shuffled], order) => {
        expect(withoutPlaces(collect(shuffled.map((r) => [...r]), { funnel: { order } }))).toEqual(withoutPlaces(collect(rows.map((r) => [...r]), { funnel: { order } })));
      }),
    );
  });

  it('gives the same cohort table and series whatever the order of the rows', () => {
    const retention = (mode: 'on' | 'on-or-after') =>
      metricSchema.parse({ id: 'r', name: 'R', kind: 'retention', target: 30, source: { file: 'data/e.csv', format: 'events', retention: { start: ['buy'], return: ['buy', 'view'], period: 'week', mode } } });
    const cohorts = (rows: (readonly string[])[], mode: 'on' | 'on-or-after') => {
      const collector = collectEvents(retention(mode), undefined, 'data/e.csv');
      collector.header(['person', 'timestamp', 'event']);
      rows.forEach((r, i) => collector.add(r, i + 2));
      const { series, retention: table } = collector.finish();
      return { series, table };
    };
    fc.assert(
      fc.property(shuffledRows, fc.constantFrom('on' as const, 'on-or-after' as const), ([rows, shuffled], mode) => {
        expect(cohorts(shuffled, mode)).toEqual(cohorts(rows, mode));
      }),
    );
  });

  it('warns when no event of a stage, or of a cohort\'s start, appears in the log, suggesting the closest name', () => {
    const { diagnostics } = collect([['ann', '2026-01-05T10:00:00Z', 'view'], ['ann', '2026-01-06T10:00:00Z', 'Buy']]);
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['data/events-not-found', 1, 'No event of the stage "Buy" appears in the file: the metric looks for "buy", "buy_app". Did you mean "Buy"?'],
    ]);
  });
});
