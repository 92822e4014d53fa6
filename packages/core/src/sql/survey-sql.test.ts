import { describe, expect, it } from 'vitest';
import { sqlEngines, type SqlEngine } from '../../test/sql-engines.ts';
import { seededRandom } from '../../test/random.ts';
import { readResponses, testMetric } from '../../test/reference.ts';
import type { MetricInput } from '../schema/metric.ts';
import { surveySql, type SurveySqlDefinition } from './survey-sql.ts';

const engines = await sqlEngines();

interface Response {
  id: string;
  score: string;
  period: string;
  /** Milliseconds, or undefined for a date that cannot be read. */
  date: number | undefined;
}

/**
 * Seeded answers, some of which the reader cannot read: not numbers (hexadecimal, beyond a
 * double, digits with separators), fractions, off the scale, bad periods and dates; fields padded
 * with tabs and carriage returns; and responses exported twice, under the same id, padded or not.
 */
function responses(seed: number, count: number, scale: { min: number; max: number }): Response[] {
  const random = seededRandom(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const oddScores = ['n/a', 'N/A', '', '3.5', String(scale.max + 1), String(scale.min - 1), ' 4 ', '5.0', '1e0', '0x9', '0x2', '1e400', '-1e400', '1e-400', '1_0', '\t2\r', '3\t', '\u00a05', '\uff19'];
  const periods = ['2026-01', '2026-02', '2026-Q1', '2026-W07', 'Jan 2026', '', '2026-01\t', ' 2026-02\r', '\u00a02026-02'];
  const list: Response[] = [];
  for (let k = 0; k < count; k++) {
    if (list.length > 0 && random() < 0.05) {
      const copy = pick(list);
      list.push({ ...copy, id: random() < 0.5 ? copy.id : `\t${copy.id} ` });
      continue;
    }
    const score = random() < 0.15 ? pick(oddScores) : String(scale.min + Math.floor(random() * (scale.max - scale.min + 1)));
    const date = random() < 0.03 ? undefined : Date.UTC(2025, 11, 1) + Math.floor(random() * 200 * 86_400_000);
    list.push({ id: random() < 0.05 ? '' : `R${k}`, score, period: pick(periods), date });
  }
  return list;
}

async function load(engine: SqlEngine, answers: readonly Response[]): Promise<void> {
  const columns = { 'response id': 'text', 'answer score': 'text', survey_period: 'text', submitted_at: 'timestamp' } as const;
  await engine.loadRows('responses', columns, answers.map(({ id, score, period, date }) => [id, score, period, date === undefined ? null : new Date(date).toISOString().slice(0, -1)]));
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
    const columns = by === 'date' ? { score: 'answer score', date: 'submitted_at', id: 'response id' } : { score: 'answer score', period: 'survey_period', id: 'response id' };
    const metric = testMetric({ ...settings, source: { file: 'data/responses.csv', format: 'responses', badRows: 'skip', columns, ...(period && { period }) } });
    const csvRows = answers.map(({ id, score, period: text, date }) =>
      by === 'date' ? { 'response id': id, 'answer score': score, submitted_at: date === undefined ? 'never' : new Date(date).toISOString() } : { 'response id': id, 'answer score': score, survey_period: text },
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
