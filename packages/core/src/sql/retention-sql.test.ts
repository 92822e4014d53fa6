import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sqlEngines } from '../../test/sql-engines.ts';
import { eventLog } from '../../test/event-log.ts';
import { readEvents, testMetric } from '../../test/reference.ts';
import type { RetentionMode } from '../metrics/cohort-retention-of-log.ts';
import { cohortRetention } from '../metrics/cohort-retention.ts';
import type { FunnelEvent } from '../metrics/funnel-from-events.ts';
import type { CalendarPeriod } from '../metrics/period.ts';
import { retentionSql, type RetentionSqlDefinition } from './retention-sql.ts';

const engines = await sqlEngines();
const columns = { unit: 'account_id', timestamp: 'occurred_at', event: 'name' };
const log = eventLog({
  seed: 3,
  people: 600,
  steps: [['signed_up', 'invited'], ['workflow_run', 'login'], ['workflow_run', 'report_viewed'], ['login']],
  noise: ['page_viewed'],
  advance: 0.85,
  maxGap: 25 * 86_400_000,
});

interface Settings {
  period: CalendarPeriod;
  mode: RetentionMode;
  returns: string[] | undefined;
  offset: number;
}

/** The whole cohort table cohortRetention gives, as rows like the SQL's. */
function expectedTable(events: readonly FunnelEvent[], { period, mode, returns }: Settings) {
  const asPerson = (e: FunnelEvent) => ({ person: e.unit, time: new Date(e.time) });
  const starts = events.filter((e) => ['signed_up', 'invited'].includes(e.event)).map(asPerson);
  const back = events.filter((e) => returns === undefined || returns.includes(e.event)).map(asPerson);
  // As of the log's last event of any kind, as the workspace and the SQL read it.
  const asOf = new Date(Math.max(...events.map((e) => e.time)));
  const table = cohortRetention({ starts, returns: back }, { period, mode, asOf });
  return table.cohorts.flatMap((row) => row.values.map((cell) => ({ cohort: row.cohort, offset: cell.offset, size: row.size, returned: cell.returned, value: cell.value, incomplete: cell.incomplete })));
}

function definition(settings: Settings): RetentionSqlDefinition {
  return { table: 'events', columns, starts: ['signed_up', 'invited'], ...(settings.returns && { returns: settings.returns }), period: settings.period, mode: settings.mode, offset: settings.offset };
}

for (const engine of engines) describe.skipIf(engine.skipped !== undefined)(`retentionSql on ${engine.name}`, () => {
  it.each([
    { period: 'month', mode: 'on', returns: undefined, offset: 1 },
    { period: 'month', mode: 'on-or-after', returns: ['workflow_run'], offset: 2 },
    { period: 'week', mode: 'on', returns: ['workflow_run', 'login'], offset: 1 },
    { period: 'week', mode: 'on-or-after', returns: undefined, offset: 3 },
    { period: 'day', mode: 'on', returns: ['login'], offset: 7 },
    { period: 'day', mode: 'on-or-after', returns: ['report_viewed', 'login'], offset: 1 },
  ] satisfies Settings[])('gives the cohort table and series TypeScript gives: by $period, $mode, returning on $returns, offset $offset', async (settings) => {
    await engine.loadEvents('events', columns, log);
    const table = await engine.rows(retentionSql(definition(settings), engine.dialect, 'cohorts'));
    expect(table).toEqual(expectedTable(log, settings));
    expect(table.length).toBeGreaterThan(10);

    const metric = testMetric({
      kind: 'retention',
      source: { file: 'data/events.csv', format: 'events', period: settings.period, columns: { account: columns.unit, timestamp: columns.timestamp, event: columns.event }, retention: { unit: 'account', start: ['signed_up', 'invited'], return: settings.returns ?? [...new Set(log.map((event) => event.event))], period: settings.period, mode: settings.mode, offset: settings.offset } },
    });
    const { series } = readEvents(metric, undefined, log);
    expect(series.length).toBeGreaterThan(1);
    expect(await engine.rows(retentionSql(definition(settings), engine.dialect, 'series'))).toEqual(series);
  });

  it('gives the same table on any log', async () => {
    const event = fc.record({
      unit: fc.constantFrom('a', 'b', 'c', 'd'),
      time: fc.integer({ min: 0, max: 90 }).map((days) => Date.UTC(2026, 0, 25) + days * 43_200_000),
      event: fc.constantFrom('signed_up', 'invited', 'login', 'workflow_run'),
    });
    const settings = fc.record({ period: fc.constantFrom('day', 'week', 'month'), mode: fc.constantFrom('on', 'on-or-after'), returns: fc.constantFrom(undefined, ['login']), offset: fc.constant(1) }) as fc.Arbitrary<Settings>;
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 25 }), settings, async (events, chosen) => {
        await engine.loadEvents('events', columns, events);
        expect(await engine.rows(retentionSql(definition(chosen), engine.dialect, 'cohorts'))).toEqual(expectedTable(events, chosen));
      }),
      { numRuns: 80 },
    );
  }, 120_000);

});

describe('retentionSql', () => {
  it('refuses a definition without start events or with an offset that is not a whole number', () => {
    expect(() => retentionSql({ ...definition({ period: 'month', mode: 'on', returns: undefined, offset: 1 }), starts: [] }, 'duckdb')).toThrow('Cohort retention needs at least one start event.');
    expect(() => retentionSql(definition({ period: 'month', mode: 'on', returns: undefined, offset: 1.5 }), 'duckdb')).toThrow('The retention offset must be a whole number of periods, 1 or more, but it is 1.5.');
  });
});
