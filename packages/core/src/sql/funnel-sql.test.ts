import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sqlEngines, type SqlEngine } from '../../test/sql-engines.ts';
import { eventLog } from '../../test/event-log.ts';
import { readEvents, testJourney, testMetric, type TestStage } from '../../test/reference.ts';
import { funnelFromEvents, type FunnelEvent } from '../metrics/funnel-from-events.ts';
import type { Granularity } from '../metrics/period.ts';
import { collectEvents } from '../data/event-collector.ts';
import { sqlDialect, sqlDialects } from './dialect.ts';
import { funnelSql, type FunnelSqlDefinition } from './funnel-sql.ts';

const engines = await sqlEngines();
const day = 86_400_000;

const stages: TestStage[] = [
  { label: 'Aware', touchpoints: [{ event: 'ad_clicked', channel: 'paid-ads' }, { event: 'blog_read', channel: 'web' }] },
  { label: 'Consider', touchpoints: [{ event: 'product_viewed', channel: 'web' }, { event: 'compare', channel: 'web' }] },
  // `compare` is in two stages: one event, two steps, as funnelFromEvents allows.
  { label: 'Buy', touchpoints: [{ event: 'checkout', channel: 'web' }, { event: 'compare', channel: 'web' }] },
  { label: 'Return', touchpoints: [{ event: 'reorder', channel: 'email' }] },
];
const journey = testJourney(stages);
const steps = stages.map((stage) => [...new Set(stage.touchpoints.map((t) => t.event))]);

interface Settings {
  order: 'sequential' | 'strict' | 'any';
  anyOrderStart?: 'any' | 'first-step';
  windowDays: number;
  unit: 'person' | 'account' | 'session';
  exclude: string[];
  period: Granularity;
}

/** The workspace's numbers and the database's, for one log and one funnel definition. */
async function both(engine: SqlEngine, events: readonly FunnelEvent[], settings: Settings) {
  const columns = { unit: `${settings.unit} id`, timestamp: 'event time', event: 'event name' };
  const metric = testMetric({
    source: {
      file: 'data/events.csv',
      format: 'events',
      period: settings.period,
      columns: { [settings.unit]: columns.unit, timestamp: columns.timestamp, event: columns.event },
      funnel: { order: settings.order, anyOrderStart: settings.anyOrderStart, windowDays: settings.windowDays, unit: settings.unit, exclude: settings.exclude },
    },
  });
  const expected = readEvents(metric, journey, events);
  await engine.loadEvents('events', columns, events);
  const definition: FunnelSqlDefinition = {
    table: 'events',
    columns,
    steps: stages.map((stage, k) => ({ label: stage.label, events: steps[k]! })),
    order: settings.order,
    ...(settings.anyOrderStart === undefined ? {} : { anyOrderStart: settings.anyOrderStart }),
    windowDays: settings.windowDays,
    exclude: settings.exclude,
    period: settings.period,
  };
  const [series, stepRows, summary] = await Promise.all([
    engine.rows(funnelSql(definition, engine.dialect, 'series')),
    engine.rows(funnelSql(definition, engine.dialect, 'steps')),
    engine.rows(funnelSql(definition, engine.dialect, 'summary')),
  ]);
  return { expected, series, steps: stepRows, summary: summary[0]! };
}

function expectSame({ expected, series, steps: stepRows, summary }: Awaited<ReturnType<typeof both>>) {
  const funnel = expected.funnel!;
  expect(series).toEqual(expected.series);
  expect(stepRows).toEqual(
    funnel.steps.map((step, k) => ({ position: k + 1, step: step.step, count: step.count, conversion: step.conversion, overall: step.overall, drop_off: step.dropOff })),
  );
  expect(summary).toMatchObject({ entered: funnel.n, completed: funnel.timeToConvert.n, excluded: funnel.excluded });
  for (const [column, value] of [['median_ms', funnel.timeToConvert.median], ['mean_ms', funnel.timeToConvert.mean], ['p90_ms', funnel.timeToConvert.p90]] as const) {
    if (value === null) expect(summary[column]).toBeNull();
    else expect(summary[column]).toBeCloseTo(value, 3);
  }
}

// The guide's worked example of any order, over the first three stages: ann does all three, the
// first one first; bob the second and third; cid the third, then the first.
const anyOrderExample: FunnelEvent[] = [
  { unit: 'ann', time: 0, event: 'ad_clicked' }, { unit: 'ann', time: day, event: 'checkout' }, { unit: 'ann', time: 2 * day, event: 'product_viewed' },
  { unit: 'bob', time: 0, event: 'product_viewed' }, { unit: 'bob', time: day, event: 'checkout' },
  { unit: 'cid', time: 0, event: 'checkout' }, { unit: 'cid', time: day, event: 'ad_clicked' },
];

// The guide's worked example of exclusions, with order_cancelled excluded: ann's only attempt is
// voided; bob's second attempt goes as far as his voided first; cid's furthest attempt is voided;
// dan's exclusion is at the same time as a step, so ignored.
const exclusionExample: FunnelEvent[] = [
  ['ann', 0, 'ad_clicked'], ['ann', 1, 'product_viewed'], ['ann', 2, 'order_cancelled'], ['ann', 3, 'checkout'],
  ['bob', 0, 'ad_clicked'], ['bob', 1, 'order_cancelled'], ['bob', 2, 'product_viewed'], ['bob', 5, 'ad_clicked'], ['bob', 6, 'product_viewed'],
  ['cid', 0, 'ad_clicked'], ['cid', 1, 'product_viewed'], ['cid', 2, 'order_cancelled'], ['cid', 5, 'ad_clicked'],
  ['dan', 0, 'ad_clicked'], ['dan', 1, 'product_viewed'], ['dan', 1, 'order_cancelled'], ['dan', 2, 'checkout'],
].map(([unit, minutes, name]) => ({ unit: unit as string, time: (minutes as number) * 60_000, event: name as string }));

// The guide's worked example of strict order: ann's search is at the time of a step, so ignored;
// bob's search is alone between two steps; dan's search and page_viewed are alike (neither is a step).
const strictExample: FunnelEvent[] = [
  ['ann', 0, 'ad_clicked'], ['ann', 1, 'product_viewed'], ['ann', 1, 'search'], ['ann', 2, 'checkout'],
  ['bob', 0, 'ad_clicked'], ['bob', 1, 'search'], ['bob', 2, 'product_viewed'],
  ['dan', 0, 'ad_clicked'], ['dan', 1, 'search'], ['dan', 1, 'page_viewed'], ['dan', 2, 'product_viewed'],
  ['eve', 0, 'ad_clicked'], ['eve', 1, 'checkout'], ['eve', 1, 'product_viewed'], ['eve', 2, 'reorder'],
].map(([unit, minutes, name]) => ({ unit: unit as string, time: (minutes as number) * 60_000, event: name as string }));

const log = eventLog({ seed: 11, people: 400, steps, noise: ['page_viewed', 'search', 'order_cancelled'], grain: 3_600_000 });

for (const engine of engines) describe.skipIf(engine.skipped !== undefined)(`funnelSql on ${engine.name}`, () => {
  it.each([
    { order: 'sequential', windowDays: 14, unit: 'person', exclude: [], period: 'month' },
    { order: 'sequential', windowDays: 3, unit: 'account', exclude: ['order_cancelled'], period: 'week' },
    { order: 'strict', windowDays: 14, unit: 'person', exclude: [], period: 'month' },
    { order: 'strict', windowDays: 30, unit: 'session', exclude: ['order_cancelled'], period: 'day' },
    { order: 'strict', windowDays: 30, unit: 'person', exclude: ['page_viewed'], period: 'quarter' },
    { order: 'any', windowDays: 14, unit: 'person', exclude: [], period: 'year' },
    { order: 'any', windowDays: 2.5, unit: 'account', exclude: ['order_cancelled', 'search'], period: 'month' },
    { order: 'any', anyOrderStart: 'first-step', windowDays: 14, unit: 'person', exclude: [], period: 'month' },
    { order: 'any', anyOrderStart: 'first-step', windowDays: 2.5, unit: 'session', exclude: ['order_cancelled'], period: 'week' },
    // An exclusion that is also a step event is only an exclusion, as in funnelFromEvents.
    { order: 'sequential', windowDays: 14, unit: 'person', exclude: ['blog_read'], period: 'month' },
  ] satisfies Settings[])('counts what the workspace counts: $order, $windowDays days, per $unit, excluding $exclude, by $period', async (settings) => {
    const result = await both(engine, log, settings);
    expect(result.expected.funnel!.n).toBeGreaterThan(50);
    expectSame(result);
  });

  it('gives the same numbers on any log, with ties, repeats and events out of order', async () => {
    const names = [...steps.flat(), 'page_viewed', 'order_cancelled'];
    const event = fc.record({ unit: fc.constantFrom('a', 'b', 'c'), time: fc.integer({ min: 0, max: 40 }).map((hours) => Date.UTC(2026, 0, 30) + hours * 3_600_000), event: fc.constantFrom(...names) });
    const settings = fc.record({
      order: fc.constantFrom('sequential', 'strict', 'any'),
      anyOrderStart: fc.constantFrom('any', 'first-step'),
      windowDays: fc.constantFrom(0.25, 1, 14),
      unit: fc.constant('person'),
      exclude: fc.subarray(['order_cancelled', 'page_viewed']),
      period: fc.constantFrom('day', 'month'),
    }) as fc.Arbitrary<Settings>;
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 30 }), settings, async (events, chosen) => {
        expectSame(await both(engine, events, chosen));
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('counts nobody and reports no time when no one did the first step', async () => {
    const result = await both(engine, [{ unit: 'a', time: 0, event: 'checkout' }], { order: 'sequential', windowDays: 14, unit: 'person', exclude: [], period: 'month' });
    expect(result.series).toEqual([]);
    expect(result.summary).toEqual({ entered: 0, completed: 0, excluded: 0, median_ms: null, mean_ms: null, p90_ms: null });
    expect(result.steps.map((row) => row['count'])).toEqual([0, 0, 0, 0]);
  });

  it.each(['sequential', 'strict', 'any'] as const)('counts a funnel of one step in %s order as funnelFromEvents does', async (order) => {
    const events = [{ unit: 'a', time: 0, event: 'x' }, { unit: 'a', time: 1, event: 'stop' }, { unit: 'b', time: 5, event: 'y' }, { unit: 'c', time: 2, event: 'x' }];
    await engine.loadEvents('events', { unit: 'u', timestamp: 't', event: 'e' }, events);
    const definition = { table: 'events', columns: { unit: 'u', timestamp: 't', event: 'e' }, steps: [{ label: 'X', events: ['x'] }], order, exclude: ['stop'] };
    const expected = funnelFromEvents(events, definition.steps, { order, exclude: ['stop'] });
    expect(await engine.rows(funnelSql(definition, engine.dialect, 'summary'))).toEqual([{ entered: 2, completed: 2, excluded: 0, median_ms: 0, mean_ms: 0, p90_ms: 0 }]);
    expect(expected).toMatchObject({ n: 2, excluded: 0 });
  });

  it.each([
    ['any', [3, 3, 1]],
    ['first-step', [2, 1, 1]],
  ] as const)('counts the worked example of any order from %s step as funnelFromEvents does', async (anyOrderStart, counts) => {
    const { steps: stepRows } = await both(engine, anyOrderExample, { order: 'any', anyOrderStart, windowDays: 14, unit: 'person', exclude: [], period: 'month' });
    expect(stepRows.map((row) => row['count'])).toEqual([...counts, 0]);
  });

  it.each(['sequential', 'any'] as const)('counts the worked example of exclusions in %s order as funnelFromEvents does', async (order) => {
    const result = await both(engine, exclusionExample, { order, windowDays: 14, unit: 'person', exclude: ['order_cancelled'], period: 'month' });
    expect(result.steps.map((row) => row['count'])).toEqual([2, 2, 1, 0]);
    expect(result.summary).toMatchObject({ entered: 2, excluded: 2 });
    expectSame(result);
  });

  it('counts the worked example of strict order, and of steps at the same time, as funnelFromEvents does', async () => {
    const result = await both(engine, strictExample, { order: 'strict', windowDays: 14, unit: 'person', exclude: [], period: 'month' });
    // eve's checkout and product_viewed at one time are taken in step order: she completes.
    expect(result.steps.map((row) => row['count'])).toEqual([4, 2, 2, 1]);
    expectSame(result);
  });

  it('sees a window in days, boundary included', async () => {
    const events = [
      { unit: 'a', time: 0, event: 'ad_clicked' }, { unit: 'a', time: day, event: 'product_viewed' },
      { unit: 'a', time: day, event: 'checkout' }, { unit: 'a', time: 2 * day, event: 'reorder' },
    ];
    const { steps: stepRows } = await both(engine, events, { order: 'sequential', windowDays: 2, unit: 'person', exclude: [], period: 'month' });
    expect(stepRows.map((row) => row['count'])).toEqual([1, 1, 1, 1]);
  });
});

describe('funnelSql', () => {
  it.each(['sequential', 'strict'] as const)('follows the steps of a %s funnel through joins on equal keys and the window alone, which engines hash', (order) => {
    // An OR in these joins once made DuckDB take minutes on a million events.
    const sql = funnelSql({ table: 'events', columns: { unit: 'u', timestamp: 't', event: 'e' }, steps: stages.map((stage, k) => ({ label: stage.label, events: steps[k]! })), order }, 'duckdb');
    const joins = sql.split('\n').filter((line) => line.startsWith('LEFT JOIN'));
    expect(joins).toHaveLength(3);
    for (const join of joins) expect(join).toMatch(/^LEFT JOIN \(SELECT \* FROM followed WHERE at_step_\d > 0\) AS r\d ON r\d\.unit_id = a\.unit_id AND r\d\.pos = (a|r\d)\.follow_\d AND r\d\.at_ms <= a\.at_ms \+ 1209600000$/);
  });
});

// Steps filtered on a property: alternatives filtered together, a step filtered on one value, and
// the filtered event again in a step of its own, unfiltered.
const filteredSteps = [
  { name: 'Viewed', events: ['product_viewed'] },
  { name: 'Upgraded', events: ['plan_changed', 'upgrade_clicked'], where: { plan: ['business', 'enterprise'] } },
  { name: 'Paid for business', events: ['checkout'], where: { plan: 'business' } },
  { name: 'Changed again', events: ['plan_changed'] },
];

/** A row of a log with a `plan` property: unit, hour, event, plan (empty for none). */
type PlanRow = readonly [string, number, string, string];

/** The workspace's funnel and the database's over a log with a `plan` column, steps filtered on it. */
async function bothFiltered(engine: SqlEngine, rows: readonly PlanRow[], order: Settings['order'], exclude: string[] = []) {
  const time = (hours: number) => new Date(Date.UTC(2026, 0, 30) + hours * 3_600_000).toISOString();
  const metric = testMetric({ source: { file: 'data/events.csv', format: 'events', eventProperties: ['plan'], funnel: { order, exclude, steps: filteredSteps } } });
  const collector = collectEvents(metric, undefined, 'data/events.csv');
  expect(collector.header(['person', 'timestamp', 'event', 'plan'])).toBe(true);
  rows.forEach(([unit, hours, event, plan], index) => collector.add([unit, time(hours), event, plan], index + 2));
  const expected = collector.finish();
  await engine.loadRows('events', { person: 'text', timestamp: 'timestamp', event: 'text', plan: 'text' }, rows.map(([unit, hours, event, plan]) => [unit, time(hours).slice(0, -1), event, plan === '' ? null : plan]));
  const definition: FunnelSqlDefinition = {
    table: 'events',
    columns: { unit: 'person', timestamp: 'timestamp', event: 'event' },
    steps: filteredSteps.map((step) => ({ label: step.name, events: step.events, ...(step.where === undefined ? {} : { where: step.where }) })),
    order,
    exclude,
  };
  const [series, stepRows, summary] = await Promise.all([
    engine.rows(funnelSql(definition, engine.dialect, 'series')),
    engine.rows(funnelSql(definition, engine.dialect, 'steps')),
    engine.rows(funnelSql(definition, engine.dialect, 'summary')),
  ]);
  return { expected, series, steps: stepRows, summary: summary[0]! };
}

for (const engine of engines) describe.skipIf(engine.skipped !== undefined)(`funnelSql with property filters on ${engine.name}`, () => {
  it('counts only the events whose properties match, as the reader does', async () => {
    const rows: PlanRow[] = [
      ['ann', 0, 'product_viewed', ''], ['ann', 1, 'plan_changed', 'pro'], ['ann', 2, 'upgrade_clicked', 'enterprise'], ['ann', 3, 'checkout', 'business'], ['ann', 4, 'plan_changed', 'pro'],
      ['bob', 0, 'product_viewed', ''], ['bob', 1, 'plan_changed', 'pro'], ['bob', 2, 'checkout', 'business'],
      ['cid', 0, 'product_viewed', ''], ['cid', 1, 'plan_changed', 'business'], ['cid', 2, 'checkout', 'pro'],
    ];
    const result = await bothFiltered(engine, rows, 'sequential');
    // bob's plan_changed is to pro, not an upgrade; cid's checkout is not for business.
    expect(result.steps.map((row) => row['count'])).toEqual([3, 2, 1, 1]);
    expectSame(result);
  });

  it('applies an exclusion at the time of an event that matches no step, as the reader does', async () => {
    // c's checkout is for pro, so no step's event: the page view at the same time still excludes c.
    const rows: PlanRow[] = [['c', 38, 'checkout', 'pro'], ['c', 0, 'product_viewed', 'business'], ['c', 38, 'page_viewed', 'business']];
    const result = await bothFiltered(engine, rows, 'sequential', ['page_viewed']);
    expect(result.steps.map((row) => row['count'])).toEqual([0, 0, 0, 0]);
    expectSame(result);
  });

  it('gives the same numbers on any log with properties, ties and repeats', async () => {
    const row = fc.tuple(
      fc.constantFrom('a', 'b', 'c'),
      fc.integer({ min: 0, max: 40 }),
      fc.constantFrom('product_viewed', 'plan_changed', 'upgrade_clicked', 'checkout', 'page_viewed'),
      fc.constantFrom('business', 'enterprise', 'pro', ''),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), fc.constantFrom('sequential', 'strict', 'any'), fc.subarray(['page_viewed']), async (rows, order, exclude) => {
        expectSame(await bothFiltered(engine, rows, order as Settings['order'], exclude));
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});

describe('funnelSql with property filters', () => {
  it.each(sqlDialects)('reads only the filtered properties, escaped, and keys rows by what they matched in %s', (dialect) => {
    const sql = funnelSql(
      { table: 'analytics.events', columns: { unit: 'u', timestamp: 't', event: 'e' }, steps: [{ label: 'A', events: ['a'] }, { label: 'B', events: ['b'], where: { "pl'an": ["bus'iness", 'pro'] } }] },
      dialect,
    );
    const d = sqlDialect(dialect);
    expect(sql).toContain(`property_0 IN (${d.string("bus'iness")}, 'pro')`);
    expect(sql).toContain(`${d.trim(d.text(d.identifier("pl'an")))} AS property_0`);
    expect(sql.match(/AS property_\d/g)).toEqual(['AS property_0']);
    expect(sql).toContain('SELECT DISTINCT unit_id, at_ms, event_name, CASE WHEN');
    expect(sql).toContain('AND match_0 = 1 THEN 1 ELSE 0 END AS at_step_1');
  });
});
