import { describe, expect, it } from 'vitest';
import { sqlEngines, type SqlEngine } from '../../test/sql-engines.ts';
import { seededRandom } from '../../test/random.ts';
import { readResponses, testMetric } from '../../test/reference.ts';
import type { MetricInput } from '../schema/metric.ts';
import { surveySql, type SurveySqlDefinition } from './survey-sql.ts';

const engines = await sqlEngines();

interface Response {
  score: string;
  period: string;
  /** Milliseconds, or undefined for a date that cannot be read. */
  date: number | undefined;
}

/** Seeded answers, some of which the reader cannot read: not numbers, fractions, off the scale, bad periods and dates. */
function responses(seed: number, count: number, scale: { min: number; max: number }): Response[] {
  const random = seededRandom(seed);
  const oddScores = ['n/a', '', '3.5', String(scale.max + 1), String(scale.min - 1), ' 4 ', '5.0', '1e0'];
  const periods = ['2026-01', '2026-02', '2026-Q1', '2026-W07', 'Jan 2026', ''];
  return Array.from({ length: count }, () => {
    const score = random() < 0.1 ? oddScores[Math.floor(random() * oddScores.length)]! : String(scale.min + Math.floor(random() * (scale.max - scale.min + 1)));
    const date = random() < 0.03 ? undefined : Date.UTC(2025, 11, 1) + Math.floor(random() * 200 * 86_400_000);
    return { score, period: periods[Math.floor(random() * periods.length)]!, date };
  });
}

async function load(engine: SqlEngine, answers: readonly Response[]): Promise<void> {
  const columns = { 'answer score': 'text', survey_period: 'text', submitted_at: 'timestamp' } as const;
  await engine.loadRows('responses', columns, answers.map(({ score, period, date }) => [score, period, date === undefined ? null : new Date(date).toISOString().slice(0, -1)]));
}

type Case = Pick<MetricInput, 'kind' | 'method' | 'scale' | 'positive' | 'goodEnd'> & { by: 'date' | 'period'; period?: 'day' | 'week' | 'month' | 'quarter' | 'year' };

for (const engine of engines) describe.skipIf(engine.skipped !== undefined)(`surveySql on ${engine.name}`, () => {
  it.each([
    { kind: 'nps', by: 'date', period: 'month' },
    { kind: 'nps', by: 'period' },
    { kind: 'csat', method: 'share', scale: { min: 1, max: 5 }, by: 'date', period: 'week' },
    { kind: 'csat', method: 'mean', scale: { min: 1, max: 5 }, by: 'date', period: 'quarter' },
    { kind: 'csat', method: 'share', scale: { min: 1, max: 3 }, goodEnd: 'low', by: 'period' },
    { kind: 'ces', method: 'share', scale: { min: 1, max: 7 }, by: 'date', period: 'day' },
    { kind: 'ces', method: 'share', scale: { min: 1, max: 7 }, goodEnd: 'low', by: 'date', period: 'year' },
    { kind: 'ces', method: 'mean', scale: { min: 1, max: 7 }, positive: [6, 7], by: 'period' },
    { kind: 'csat', method: 'share', scale: { min: 0, max: 10 }, positive: [7, 8, 9, 10], by: 'date', period: 'month' },
  ] satisfies Case[])('gives the series the responses reader gives: $kind $method, by $by $period', async ({ by, period, ...settings }) => {
    const answers = responses(settings.kind.length * 31 + (settings.scale?.max ?? 10), 3000, settings.scale ?? { min: 0, max: 10 });
    const columns = by === 'date' ? { score: 'answer score', date: 'submitted_at' } : { score: 'answer score', period: 'survey_period' };
    const metric = testMetric({ ...settings, source: { file: 'data/responses.csv', format: 'responses', badRows: 'skip', columns, ...(period && { period }) } });
    const csvRows = answers.map(({ score, period: text, date }) =>
      by === 'date' ? { 'answer score': score, submitted_at: date === undefined ? 'never' : new Date(date).toISOString() } : { 'answer score': score, survey_period: text },
    );
    const expected = readResponses(metric, csvRows).series.map(({ distribution: _distribution, ...observation }) => observation);
    await load(engine, answers);
    const definition = { table: 'responses', columns, ...settings, ...(period && { period }) } as SurveySqlDefinition;
    expect(expected.length).toBeGreaterThan(1);
    // Periods of mixed lengths (2026-Q1 and 2026-01) sort by text in SQL; the reader sorts them by start.
    const byPeriod = (list: readonly Record<string, unknown>[]) => list.toSorted((a, b) => String(a['period']).localeCompare(String(b['period'])));
    expect(byPeriod(await engine.rows(surveySql(definition, engine.dialect)))).toEqual(byPeriod(expected));
  });

});

describe('surveySql', () => {
  it('says what a CSAT or CES lacks', () => {
    expect(() => surveySql({ table: 't', kind: 'csat', columns: { score: 's', period: 'p' } }, 'duckdb')).toThrow('A CSAT needs its scale and its method');
    expect(() => surveySql({ table: 't', kind: 'ces', method: 'share', scale: { min: 1, max: 5 }, positive: [6], columns: { score: 's', period: 'p' } }, 'duckdb')).toThrow(
      'The CES positive answers must be whole numbers on the scale from 1 to 5, but they are [6].',
    );
  });
});
