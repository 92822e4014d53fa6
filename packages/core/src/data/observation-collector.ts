import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { csvEmpty, duplicateResponse, duplicateResponses, missingColumn, nonResponsesCounted, sourceNeedsPeriod, sourceNeedsSurvey } from '../diagnostics/rules.ts';
import { ces } from '../metrics/ces.ts';
import { csat } from '../metrics/csat.ts';
import { nps } from '../metrics/nps.ts';
import { periodLabelStart, periodOf } from '../metrics/period.ts';
import { observationSchema, type Metric, type Observation } from '../schema/metric.ts';
import { closest } from '../text/closest.ts';
import { ownCopy } from '../text/own-copy.ts';
import { dateReader } from './date-reader.ts';
import { decimalNumber, fieldText } from './field-text.ts';
import { nonResponse } from './non-response.ts';
import { repeatedRows } from './repeated-rows.ts';
import { rowProblems } from './row-problems.ts';

/** Reads the rows of a metric's CSV file, one at a time, into its observations. */
export interface ObservationCollector {
  /** Takes the header line's column names; returns false when a needed column is missing. */
  header(columns: readonly string[]): boolean;
  /** Takes one row's fields, in the header's order, with its line in the file. */
  add(fields: readonly string[], line: number): void;
  /** The observations, oldest first, and every problem found. */
  finish(): { series: Observation[]; diagnostics: Diagnostic[] };
}

const npsScale = { min: 0, max: 10 };

/**
 * Starts reading a metric's data file (`metric.source`): `series` rows give a value (and n) per
 * period; `responses` rows give one survey answer each, dated by a period or a date, and the
 * metric's method turns each period's answers into its value, with n and how answers spread.
 *
 * @example
 * const collector = collectObservations(npsMetric, 'data/nps.csv');
 * collector.header(['period', 'score']);
 * collector.add(['2026-01', '9'], 2);
 * collector.finish().series; // [{ period: '2026-01', value: 100, n: 1, distribution: { '9': 1 } }]
 */
export function collectObservations(metric: Metric, file: string): ObservationCollector {
  const source = metric.source!;
  const column = (name: string) => source.columns?.[name] ?? name;
  const diagnostics: Diagnostic[] = [];
  const problems = rowProblems(source, file, diagnostics);
  const rowProblem = problems.report;
  let rows = 0;
  let indexes = new Map<string, number>();
  // Responses with an id column (`id`, or mapped): a repeated id is the same answer exported twice.
  const responseLines = new Map<string, number>();
  const repeats = repeatedRows(file, diagnostics, duplicateResponse, duplicateResponses);
  const field = (fields: readonly string[], name: string) => fieldText(fields[indexes.get(column(name)) ?? -1] ?? '');
  const number = (fields: readonly string[], name: string, line: number): number | undefined => {
    const text = field(fields, name);
    const value = decimalNumber(text);
    if (value !== undefined) return value;
    rowProblem(`the ${name} "${text}" is not a number`, line);
    return undefined;
  };

  const survey = metric.kind === 'nps' || metric.kind === 'csat' || metric.kind === 'ces';
  const scale = metric.kind === 'nps' ? npsScale : metric.scale;
  const byDate = source.format === 'responses' && source.columns?.['period'] === undefined && source.columns?.['date'] !== undefined;
  const answers = new Map<string, number[]>();
  const readDate = dateReader(source.dateFormat);
  const dateShape = source.dateFormat === undefined ? 'a date like 2026-03-31 or 2026-03-31T14:00:00Z' : `a date written ${source.dateFormat}`;
  // Blank and N/A answers: people who saw the question and did not answer it, counted apart.
  let nonResponses = 0;
  const observations = new Map<string, { observation: Observation; line: number }>();

  let counts = false;
  const addCounts = (fields: readonly string[], period: string, line: number): void => {
    const whole = (name: string) => {
      const text = field(fields, name);
      const value = decimalNumber(text);
      if (value !== undefined && Number.isInteger(value) && value >= 0) return value;
      rowProblem(`the ${name} "${text}" is not a whole number`, line);
      return undefined;
    };
    const numerator = whole('numerator');
    if (numerator === undefined) return;
    const denominator = whole('denominator');
    if (denominator === undefined) return;
    if (denominator === 0 || numerator > denominator) return rowProblem(`the numerator ${numerator} is not a part of the denominator ${denominator}`, line);
    const first = observations.get(period);
    if (first !== undefined) return rowProblem(`the period ${period} appears again (first on line ${first.line})`, line);
    // Multiplied first, as percentOf does, so round percentages stay exact.
    observations.set(period, { observation: { period, value: (numerator * 100) / denominator, n: denominator }, line });
  };

  const periodOfRow = (fields: readonly string[], line: number): string | undefined => {
    if (byDate) {
      const text = field(fields, 'date');
      const millis = readDate(text);
      if (!Number.isNaN(millis)) return periodOf(millis, source.period!);
      rowProblem(`the date "${text}" is not ${dateShape}`, line);
      return undefined;
    }
    const period = field(fields, 'period');
    if (observationSchema.shape.period.safeParse(period).success) return period;
    rowProblem(`the period "${period}" is not a period like 2026, 2026-Q3, 2026-W07, 2026-03 or 2026-03-31`, line);
    return undefined;
  };

  return {
    header(columns) {
      if (source.format === 'responses' && !survey) {
        diagnostics.push(report(sourceNeedsSurvey, { kind: metric.kind }, { file, line: 1, column: 1 }));
        return false;
      }
      if (byDate && source.period === undefined) {
        diagnostics.push(report(sourceNeedsPeriod, undefined, { file, line: 1, column: 1 }));
        return false;
      }
      indexes = new Map(columns.map((name, index) => [name, index]));
      // A series gives its values, or counts to divide: numerator and denominator, n the latter.
      counts = source.format === 'series' && !indexes.has(column('value')) && indexes.has(column('numerator')) && indexes.has(column('denominator'));
      const needed = source.format === 'series' ? ['period', ...(counts ? ['numerator', 'denominator'] : ['value'])] : ['score', byDate ? 'date' : 'period'];
      const missing = needed.filter((name) => !indexes.has(column(name)));
      for (const name of missing) {
        const mapped = source.columns?.[name];
        diagnostics.push(report(missingColumn, { column: name, mapped, found: columns, suggestion: closest(column(name), columns) }, { file, line: 1, column: 1 }));
      }
      return missing.length === 0;
    },
    add(fields, line) {
      rows++;
      if (source.format === 'responses' && nonResponse(field(fields, 'score'))) {
        nonResponses++;
        return;
      }
      const period = periodOfRow(fields, line);
      if (period === undefined) return;
      if (source.format === 'series' && counts) return addCounts(fields, period, line);
      if (source.format === 'series') {
        const nText = field(fields, 'n');
        const n = nText === '' ? undefined : (decimalNumber(nText) ?? Number.NaN);
        if (n !== undefined && !(Number.isInteger(n) && n >= 0)) return rowProblem(`the n "${nText}" is not a whole number of people`, line);
        const value = number(fields, 'value', line);
        if (value === undefined) return;
        const first = observations.get(period);
        if (first !== undefined) return rowProblem(`the period ${period} appears again (first on line ${first.line})`, line);
        observations.set(period, { observation: { period, value, ...(n === undefined ? {} : { n }) }, line });
        return;
      }
      const id = field(fields, 'id');
      const first = id === '' ? undefined : responseLines.get(id);
      if (first !== undefined) return repeats.add(line, first);
      if (id !== '') responseLines.set(ownCopy(id), line);
      const score = number(fields, 'score', line);
      if (score === undefined) return;
      if (!Number.isInteger(score) || score < scale!.min || score > scale!.max) {
        return rowProblem(`the answer ${score} is outside the scale of ${scale!.min} to ${scale!.max}`, line);
      }
      const list = answers.get(period);
      if (list === undefined) answers.set(period, [score]);
      else list.push(score);
    },
    finish() {
      if (rows === 0 && diagnostics.length === 0) diagnostics.push(report(csvEmpty, undefined, { file, line: 1, column: 1 }));
      problems.finish();
      repeats.finish();
      if (nonResponses > 0) diagnostics.push(report(nonResponsesCounted, { count: nonResponses, answers: rows }, { file, line: 1, column: 1 }));
      const series = source.format === 'series' ? [...observations.values()].map(({ observation }) => observation) : [...answers].map(([period, scores]) => surveyObservation(metric, period, scores));
      series.sort((a, b) => periodLabelStart(a.period) - periodLabelStart(b.period));
      return { series, diagnostics };
    },
  };
}

/** One period of survey answers as an observation: the metric's value, n and the answers' spread. */
function surveyObservation(metric: Metric, period: string, scores: number[]): Observation {
  const options = { scale: metric.scale!, method: metric.method!, ...(metric.positive && { positive: metric.positive }), ...(metric.goodEnd && { goodEnd: metric.goodEnd }) };
  const result = metric.kind === 'nps' ? nps(scores) : metric.kind === 'csat' ? csat(scores, options) : ces(scores, options);
  const distribution: Record<string, number> = {};
  for (const score of [...scores].sort((a, b) => a - b)) distribution[String(score)] = (distribution[String(score)] ?? 0) + 1;
  return { period, value: result.value!, n: result.n, distribution };
}
