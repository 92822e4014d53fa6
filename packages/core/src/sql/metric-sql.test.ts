import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqlEngines } from '../../test/sql-engines.ts';
import { loadWorkspace } from '../load/load-workspace.ts';
import { metricSchema } from '../schema/metric.ts';
import { sqlDialects } from './dialect.ts';
import { metricSql, sqlSupport } from './metric-sql.ts';

const engines = await sqlEngines();
const example = join(import.meta.dirname, '../../../../examples/ecommerce');
const { value: workspace } = await loadWorkspace(example);
if (workspace === undefined) throw new Error('The e-commerce example does not load.');

describe('metricSql', () => {
  it('says which metrics compile to SQL, and why the others do not', () => {
    expect(sqlSupport(workspace)).toEqual([
      { metric: 'cart-abandonment', reason: 'Its values are an inline `series`: there is nothing to compute.' },
      { metric: 'checkout-conversion', reason: 'Its values are an inline `series`: there is nothing to compute.' },
      { metric: 'delivery-csat', family: 'survey', results: ['series'] },
      { metric: 'jacket-to-order', family: 'funnel', results: ['series', 'steps', 'summary', 'attribution'] },
      { metric: 'nps', family: 'survey', results: ['series'] },
      { metric: 'purchase-funnel', family: 'funnel', results: ['series', 'steps', 'summary', 'attribution'] },
      { metric: 'repeat-purchase-rate', family: 'retention', results: ['series', 'cohorts'] },
      { metric: 'returns-ces', reason: 'Its values are an inline `series`: there is nothing to compute.' },
    ]);
  });

  for (const engine of engines) it.skipIf(engine.skipped !== undefined)(`computes on ${engine.name}, from the example's CSV files, every series the workspace reads from them`, async () => {
    await engine.loadCsv('events', join(example, 'data/events.csv'));
    await engine.loadCsv('answers', join(example, 'data/nps-responses.csv'));
    await engine.loadCsv('satisfaction', join(example, 'data/csat-responses.csv'));
    const { dialect } = engine;
    const seriesOf = (id: string) => workspace.metrics.find((m) => m.id === id)!.series!.map(({ period, value, n }) => ({ period, value, n }));
    expect(await engine.rows(metricSql(workspace, 'purchase-funnel', { dialect }).sql)).toEqual(seriesOf('purchase-funnel'));
    expect(await engine.rows(metricSql(workspace, 'nps', { dialect, table: 'answers' }).sql)).toEqual(seriesOf('nps'));
    expect(await engine.rows(metricSql(workspace, 'delivery-csat', { dialect, table: 'satisfaction' }).sql)).toEqual(seriesOf('delivery-csat'));
    expect(await engine.rows(metricSql(workspace, 'repeat-purchase-rate', { dialect }).sql)).toEqual(seriesOf('repeat-purchase-rate'));
    // A funnel of declared event steps: three of them within one stage of the journey.
    expect(await engine.rows(metricSql(workspace, 'jacket-to-order', { dialect }).sql)).toEqual(seriesOf('jacket-to-order'));
    const declared = await engine.rows(metricSql(workspace, 'jacket-to-order', { dialect, result: 'steps' }).sql);
    expect(declared.map((row) => [row['step'], row['count']])).toEqual(workspace.funnels['jacket-to-order']!.steps.map((step) => [step.step, step.count]));
    const steps = await engine.rows(metricSql(workspace, 'purchase-funnel', { dialect, result: 'steps' }).sql);
    expect(steps.map((row) => row['count'])).toEqual(workspace.funnels['purchase-funnel']!.steps.map((step) => step.count));
  }, 60_000);

  const postgres = engines.find((engine) => engine.dialect === 'postgres')!;
  it.skipIf(postgres.skipped !== undefined)('follows the funnel\'s steps on PostgreSQL through hash joins, never a loop over the log per attempt', async () => {
    await postgres.loadCsv('events', join(example, 'data/events.csv'));
    for (const result of ['series', 'steps'] as const) {
      const sql = metricSql(workspace, 'purchase-funnel', { dialect: 'postgres', result }).sql.replace(/;\n$/, '');
      const plan = (await postgres.rows(`EXPLAIN ${sql}`)).map((row) => row['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Hash (Right |Left )?Join/);
      expect(plan).not.toContain('Nested Loop');
    }
  });

  it('opens with what it computes, from which columns, and how to read the result back', () => {
    const { sql, readBack } = metricSql(workspace, 'purchase-funnel', { dialect: 'postgres', table: 'analytics.events' });
    expect(readBack).toEqual({ file: 'data/purchase-funnel.csv', format: 'series' });
    expect(sql.slice(0, sql.indexOf('\nWITH\n') + 1)).toMatchInlineSnapshot(`
      "-- From ad click to recommendation: metric "purchase-funnel" of metrics/purchase-funnel.ts, compiled by Journeykit for PostgreSQL.
      -- Computes the funnel of the journey "First rain jacket" (Discover Northwind → Choose a jacket → Buy → Receive and first use → Come back → Recommend): steps in order, other events allowed between, within 30 days of the first, per person, an attempt voided by order_cancelled before it completes.
      -- Reads the table analytics.events: person_id (the person), event_time (when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE), event_name (the event).
      -- Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.
      -- Result: one row per month in which units entered: period, value (% who completed), n (who entered).
      -- To read it back, save the result as data/purchase-funnel.csv, with its header line, and give the metric the source
      --   source: { file: data/purchase-funnel.csv, format: series }
      -- The SQL follows the definition: compile it again after changing the definition.
      "
    `);
    expect(metricSql(workspace, 'purchase-funnel', { dialect: 'postgres', result: 'attribution', halfLifeDays: 3 }).sql).toContain(
      '-- The workspace has no file format for this result: it is to read as it is.',
    );
  });

  it('names the properties steps filter on, and refuses a property the source does not declare', () => {
    const upgrade = (where: Record<string, string>) =>
      metricSchema.parse({
        id: 'upgrade', name: 'Upgrade', kind: 'conversion', unit: '%',
        source: { file: 'data/events.csv', format: 'events', eventProperties: ['plan'], funnel: { steps: [{ name: 'Trial', events: ['trial_started'] }, { name: 'Upgraded', events: ['plan_changed'], where }] } },
      });
    const withMetric = (where: Record<string, string>) => ({ ...workspace, metrics: [upgrade(where)] });
    expect(metricSql(withMetric({ plan: 'business' }), 'upgrade', { dialect: 'postgres' }).sql).toContain('event (the event), plan (a property steps filter on).');
    expect(sqlSupport(withMetric({ plna: 'business' }))).toEqual([
      { metric: 'upgrade', reason: 'Its step "Upgraded" filters on the property "plna", which the source does not declare in `eventProperties`.' },
    ]);
  });

  it('quotes Snowflake names as told, and needs a BigQuery table with its dataset', () => {
    expect(metricSql(workspace, 'nps', { dialect: 'snowflake', quoteNames: 'always' }).sql).toContain('TO_VARCHAR("likelihood_to_recommend")');
    expect(metricSql(workspace, 'nps', { dialect: 'snowflake' }).sql).toContain('TO_VARCHAR(likelihood_to_recommend)');
    expect(() => metricSql(workspace, 'nps', { dialect: 'bigquery' })).toThrow('BigQuery needs the dataset of the table "nps-responses": name it like analytics.nps-responses');
  });

  it('refuses a metric it does not know, one with nothing to compute, and a result the metric does not give', () => {
    expect(() => metricSql(workspace, 'nope', { dialect: 'duckdb' })).toThrow('No metric has the id "nope".');
    expect(() => metricSql(workspace, 'returns-ces', { dialect: 'duckdb' })).toThrow('The metric "returns-ces" does not compile to SQL. Its values are an inline `series`: there is nothing to compute.');
    expect(() => metricSql(workspace, 'nps', { dialect: 'duckdb', result: 'steps' })).toThrow('The metric "nps" gives series, not "steps".');
    expect(() => metricSql(workspace, 'nps', { dialect: 'mysql' as never })).toThrow('The SQL dialect must be one of duckdb, postgres, bigquery, snowflake, but it is "mysql".');
  });

  it.each(sqlDialects)('compiles every result of the example to the same %s SQL as before', async (dialect) => {
    const queries = sqlSupport(workspace).flatMap((support) =>
      'results' in support
        ? support.results.map((result) => metricSql(workspace, support.metric, { dialect, result, directChannels: ['web'], ...(dialect === 'bigquery' && { table: `shop.${support.metric}` }) }).sql)
        : [],
    );
    await expect(queries.join('\n')).toMatchFileSnapshot(`./__snapshots__/ecommerce.${dialect}.sql`);
  });
});
