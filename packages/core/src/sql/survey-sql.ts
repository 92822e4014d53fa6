import type { Granularity } from '../metrics/period.ts';
import { easyAnswers } from '../metrics/ces.ts';
import { checkScale, type Scale } from '../metrics/check.ts';
import { topBoxes } from '../metrics/csat.ts';
import type { GoodEnd, SurveyMethod } from '../metrics/survey.ts';
import { sqlDialect, type SqlDialect, type SqlDialectName, type SqlTarget } from './dialect.ts';
import { numberLiteral, tableName, withQueries } from './sql-text.ts';

/**
 * An NPS, CSAT or CES over a table of survey answers, one row per answer.
 *
 * @example
 * const nps: SurveySqlDefinition = { table: 'surveys.responses', kind: 'nps', columns: { score: 'score', period: 'month' } };
 */
export interface SurveySqlDefinition {
  /** The table (or view) of answers, like `surveys.responses`. */
  table: string;
  kind: 'nps' | 'csat' | 'ces';
  /**
   * The answer's column, and the column of its period (text like 2026-03) or of its date (a DATE
   * or TIMESTAMP, read as UTC); optionally the response id's, when a response may be exported twice.
   */
  columns: { score: string; id?: string } & ({ period: string; date?: undefined } | { date: string; period?: undefined });
  /** With a date column: the period each answer counts in. */
  period?: Granularity;
  /** For CSAT and CES: the answer scale. NPS is always 0 to 10. */
  scale?: Scale;
  /** For CSAT and CES: the share of positive answers × 100, or the mean answer. */
  method?: SurveyMethod;
  /** For CSAT and CES: the answers that count as positive; the metric's default otherwise. */
  positive?: readonly number[];
  goodEnd?: GoodEnd;
}

// Periods as metric series write them; [0-9] rather than \d, so no dialect reads an escape in it.
const periodPattern = '^[0-9]{4}(-(Q[1-4]|H[12]|W[0-9]{2}|[0-9]{2}(-[0-9]{2})?))?$';

/**
 * Compiles a survey metric to one SQL query giving its series, `period, value, n`, what a
 * metric's `source: { format: series }` reads: per period, NPS (100 × (promoters − detractors) / n),
 * CSAT or CES (positive answers × 100 / n, or the mean answer), as the responses reader computes
 * them. Rows the reader could not read (no number, not a whole number on the scale, no period)
 * are left out, as `badRows: skip` leaves them out. With an id column, a response id seen on
 * several rows counts once: copies of one answer are alike; should they differ, the SQL keeps
 * the copy of the earliest period and lowest score, where the reader keeps the first line.
 *
 * @throws {RangeError} When a CSAT or CES has no scale or method, or a positive answer is off the scale.
 * @example
 * surveySql({ table: 'responses', kind: 'nps', columns: { score: 'likelihood', date: 'submitted_at' }, period: 'month' }, 'bigquery');
 * // 'WITH\nanswers AS (…)\n…\nSELECT period_label AS `period`, … AS `value`, COUNT(*) AS `n` …'
 */
export function surveySql(definition: SurveySqlDefinition, dialect: SqlDialectName | SqlTarget): string {
  const d = sqlDialect(dialect);
  const { scale, positive } = answersOf(definition);
  const { columns } = definition;
  const label =
    columns.date === undefined
      ? `CASE WHEN ${d.fullMatch(d.trim(d.text(d.identifier(columns.period))), periodPattern)} THEN ${d.trim(d.text(d.identifier(columns.period)))} END`
      : d.periodLabel(d.fromEpochMillis(d.epochMillis(d.identifier(columns.date))), definition.period ?? 'month');
  const id = columns.id === undefined ? 'NULL' : `NULLIF(${d.trim(d.text(d.identifier(columns.id)))}, '')`;
  const answers = `SELECT ${label} AS period_label, ${d.tryNumber(d.identifier(columns.score))} AS score, ${id} AS response_id\nFROM ${tableName(d, definition.table)}`;
  const unique = [
    'SELECT period_label, score',
    'FROM (',
    `  SELECT period_label, score, response_id, ROW_NUMBER() OVER (PARTITION BY response_id ORDER BY ${d.binaryOrder('period_label')} NULLS LAST, score NULLS LAST) AS copy_number`,
    '  FROM journeykit_answers',
    ') AS numbered',
    'WHERE response_id IS NULL OR copy_number = 1',
  ].join('\n');
  const valid = [
    'SELECT period_label, score',
    'FROM unique_answers',
    `WHERE period_label IS NOT NULL AND score IS NOT NULL AND score = FLOOR(score) AND score >= ${numberLiteral(scale.min)} AND score <= ${numberLiteral(scale.max)}`,
  ].join('\n');
  const final = [
    `SELECT period_label AS ${d.alias('period')}, ${valueOf(d, definition, positive)} AS ${d.alias('value')}, COUNT(*) AS ${d.alias('n')}`,
    'FROM valid_answers',
    'GROUP BY period_label',
    'ORDER BY 1',
  ].join('\n');
  return withQueries(
    [
      ['journeykit_answers', answers],
      ['unique_answers', unique],
      ['valid_answers', valid],
    ],
    final,
  );
}

function valueOf(d: SqlDialect, definition: SurveySqlDefinition, positive: readonly number[]): string {
  const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  // Percentages multiply first, like percentOf, so round ones stay exact.
  if (definition.kind === 'nps') return `${d.double(`(${count('score >= 9')} - ${count('score <= 6')}) * 100`)} / COUNT(*)`;
  if (definition.method === 'mean') return `AVG(${d.double('score')})`;
  return `${d.double(`${count(`score IN (${positive.map(numberLiteral).join(', ')})`)} * 100`)} / COUNT(*)`;
}

/** The scale and positive answers, checked as the metric functions check them. */
function answersOf(definition: SurveySqlDefinition): { scale: Scale; positive: readonly number[] } {
  const name = definition.kind.toUpperCase();
  if (definition.kind === 'nps') return { scale: { min: 0, max: 10 }, positive: [] };
  const { scale, method } = definition;
  if (scale === undefined || (method !== 'share' && method !== 'mean')) {
    throw new RangeError(`A ${name} needs its scale and its method ("share" or "mean"), since surveys differ.`);
  }
  checkScale(scale, name);
  const positive = definition.positive ?? (definition.kind === 'csat' ? topBoxes : easyAnswers)(scale, definition.goodEnd ?? 'high');
  const off = positive.find((answer) => !Number.isInteger(answer) || answer < scale.min || answer > scale.max);
  if (positive.length === 0 || off !== undefined) {
    throw new RangeError(`The ${name} positive answers must be whole numbers on the scale from ${scale.min} to ${scale.max}, but they are [${positive.join(', ')}].`);
  }
  return { scale, positive };
}
