import { describe, expect, it } from 'vitest';
import { sqlEngines, type SqlEngine } from '../../test/sql-engines.ts';
import { eventLog } from '../../test/event-log.ts';
import { readEvents, testJourney, testMetric, type TestStage } from '../../test/reference.ts';
import { attributionEvents } from '../data/attribution-by-channel.ts';
import { attribution } from '../metrics/attribution.ts';
import { attributionModels } from '../metrics/attribution-weights.ts';
import type { FunnelEvent } from '../metrics/funnel-from-events.ts';
import { attributionSql, type AttributionSqlDefinition } from './attribution-sql.ts';

const engines = await sqlEngines();
const columns = { unit: 'person', timestamp: 'timestamp', event: 'event' };

const stages: TestStage[] = [
  { label: 'Aware', touchpoints: [{ event: 'ad_clicked', channel: 'paid-ads' }, { event: 'post_liked', channel: 'social' }, { event: 'newsletter', channel: 'email' }] },
  { label: 'Consider', touchpoints: [{ event: 'product_viewed', channel: 'web' }, { event: 'app_opened', channel: 'mobile-app' }, { event: 'newsletter', channel: 'web' }] },
  { label: 'Buy', kind: 'purchase', touchpoints: [{ event: 'checkout', channel: 'web' }, { event: 'phone_order', channel: 'phone' }] },
  { label: 'Stay', touchpoints: [{ event: 'reorder', channel: 'email' }] },
];
const journey = testJourney(stages);
const log = eventLog({ seed: 5, people: 500, steps: stages.map((stage) => stage.touchpoints.map((t) => t.event)), noise: ['page_viewed'], advance: 0.8 });

/** The definition the journey gives, as the workspace reads it. */
function definition(extra: Partial<AttributionSqlDefinition> = {}): AttributionSqlDefinition {
  const { converting, channelOf } = attributionEvents(journey)!;
  return { table: 'events', columns, conversions: [...converting], touches: [...channelOf].map(([event, channel]) => ({ event, channel })), ...extra };
}

/** Credits as the SQL returns them, grouped like ChannelAttribution's models. */
async function sqlCredits(engine: SqlEngine, sql: string) {
  const byModel = new Map<string, { key: string; credit: number; share: number }[]>();
  let conversions = 0;
  for (const row of await engine.rows(sql)) {
    conversions = row['conversions'] as number;
    const list = byModel.get(row['model'] as string) ?? [];
    list.push({ key: row['channel'] as string, credit: row['credit'] as number, share: row['share'] as number });
    byModel.set(row['model'] as string, list);
  }
  return { conversions, models: [...byModel].map(([model, credits]) => ({ model, credits })) };
}

/** Paths as attributionByChannel builds them, with the touches on direct channels marked. */
function paths(events: readonly FunnelEvent[], direct: readonly string[]) {
  const { converting, channelOf } = attributionEvents(journey)!;
  const byUnit = new Map<string, FunnelEvent[]>();
  for (const event of events) byUnit.set(event.unit, [...(byUnit.get(event.unit) ?? []), event]);
  return [...byUnit].flatMap(([unit, list]) => {
    const convertedAt = Math.min(...list.filter((e) => converting.has(e.event)).map((e) => e.time));
    if (!Number.isFinite(convertedAt)) return [];
    const touches = list.filter((e) => e.time < convertedAt && channelOf.has(e.event)).map((e) => ({ time: new Date(e.time), channel: channelOf.get(e.event)!, direct: direct.includes(channelOf.get(e.event)!) }));
    return touches.length === 0 ? [] : [{ conversion: unit, convertedAt: new Date(convertedAt), touches }];
  });
}

function expectClose(actual: Awaited<ReturnType<typeof sqlCredits>>['models'], expected: typeof actual) {
  expect(actual.map((m) => m.model)).toEqual(expected.map((m) => m.model));
  actual.forEach((model, i) => {
    const other = expected[i]!;
    expect(model.credits.map((c) => c.key)).toEqual(other.credits.map((c) => c.key));
    model.credits.forEach((credit, j) => {
      expect(credit.credit).toBeCloseTo(other.credits[j]!.credit, 9);
      expect(credit.share).toBeCloseTo(other.credits[j]!.share, 9);
    });
  });
}

for (const engine of engines) describe.skipIf(engine.skipped !== undefined)(`attributionSql on ${engine.name}`, () => {
  it('credits the channels as the journey page does, for every model it compares', async () => {
    await engine.loadEvents('events', columns, log);
    const expected = readEvents(testMetric({ source: { file: 'data/events.csv', format: 'events' } }), journey, log).funnel!.attribution!;
    const actual = await sqlCredits(engine, attributionSql(definition(), engine.dialect));
    expect(actual.conversions).toBe(expected.conversions);
    expect(expected.conversions).toBeGreaterThan(100);
    expectClose(actual.models, expected.models);
  });

  it('takes a half-life and direct channels, and computes last non-direct', async () => {
    await engine.loadEvents('events', columns, log);
    // The reader keeps one of each repeated event; so does the SQL.
    const unique = [...new Map(log.map((e) => [`${e.unit}\u0000${e.time}\u0000${e.event}`, e])).values()];
    const settings = { halfLifeDays: 1.5, directChannels: ['web'], models: attributionModels };
    const expected = attributionModels.map((model) => ({ model, credits: attribution(paths(unique, ['web']), { model, halfLifeDays: 1.5 }).credits }));
    expectClose((await sqlCredits(engine, attributionSql(definition(settings), engine.dialect))).models, expected);
    const last = expected.find((m) => m.model === 'last')!.credits;
    expect(expected.find((m) => m.model === 'last-non-direct')!.credits).not.toEqual(last);
  });

  it('gives no row when nobody converted after a touch', async () => {
    await engine.loadEvents('events', columns, [{ unit: 'a', time: 0, event: 'checkout' }, { unit: 'a', time: 1, event: 'ad_clicked' }]);
    expect(await engine.rows(attributionSql(definition(), engine.dialect))).toEqual([]);
  });

});

describe('attributionSql', () => {
  it('refuses unknown models and a half-life that is not positive', () => {
    expect(() => attributionSql(definition({ models: ['U-shaped' as never] }), 'duckdb')).toThrow('The attribution model must be one of first, last, last-non-direct, linear, position-based, time-decay, but it is "U-shaped".');
    expect(() => attributionSql(definition({ halfLifeDays: 0 }), 'duckdb')).toThrow('The time-decay half-life must be a positive number of days, but it is 0.');
  });
});
