import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricSchema, rules, type MetricInput } from '../index.ts';
import { collectObservations } from './observation-collector.ts';

const metric = (input: Partial<MetricInput>) =>
  metricSchema.parse({ id: 'm', name: 'M', kind: 'nps', target: 40, source: { file: 'data/m.csv', format: 'responses' }, ...input });

function collect(input: Partial<MetricInput>, header: string[], rows: Record<string, string>[]) {
  const collector = collectObservations(metric(input), 'data/m.csv');
  if (collector.header(header)) rows.forEach((row, i) => collector.add(header.map((name) => row[name] ?? ''), i + 2));
  return collector.finish();
}

describe('collectObservations', () => {
  it('computes NPS per period from answers, with n and the spread of answers', () => {
    // January: answers 10, 9, 3 → promoters 2, detractors 1 of 3 → 100 × (2 − 1) / 3 = 33.33…
    const { series, diagnostics } = collect({}, ['period', 'score'], [
      { period: '2026-02', score: '7' },
      { period: '2026-01', score: '10' },
      { period: '2026-01', score: '9' },
      { period: '2026-01', score: '3' },
    ]);
    expect(diagnostics).toEqual([]);
    expect(series).toEqual([
      { period: '2026-01', value: 100 / 3, n: 3, distribution: { '3': 1, '9': 1, '10': 1 } },
      { period: '2026-02', value: 0, n: 1, distribution: { '7': 1 } },
    ]);
  });

  it('groups dated answers by the period the source names, and maps columns', () => {
    const csat = { kind: 'csat' as const, method: 'share' as const, scale: { min: 1, max: 5 }, source: { file: 'data/m.csv', format: 'responses' as const, period: 'quarter' as const, columns: { date: 'answered_at', score: 'rating' } } };
    // Q1: 5, 4, 2 → 2 of 3 satisfied (4–5) → 66.66…; Q2: 1 → 0.
    const { series } = collect(csat, ['answered_at', 'rating'], [
      { answered_at: '2026-01-15T10:00:00Z', rating: '5' },
      { answered_at: '2026-03-31', rating: '4' },
      { answered_at: '2026-02-01', rating: '2' },
      { answered_at: '2026-04-01', rating: '1' },
    ]);
    expect(series.map(({ period, value, n }) => [period, value, n])).toEqual([
      ['2026-Q1', 200 / 3, 3],
      ['2026-Q2', 0, 1],
    ]);
  });

  it('counts blank and N/A answers as non-responses, in one note, never an error per row', () => {
    const { series, diagnostics } = collect({}, ['period', 'score'], [
      { period: '2026-01', score: '10' },
      { period: '2026-01', score: '' },
      { period: '2026-01', score: 'N/A' },
      { period: 'not a period', score: ' n/a ' },
      { period: '2026-01', score: 'NA' },
      { period: '2026-01', score: '0' },
    ]);
    expect(series).toEqual([{ period: '2026-01', value: 0, n: 2, distribution: { '0': 1, '10': 1 } }]);
    expect(diagnostics).toEqual([
      {
        rule: 'data/non-responses',
        severity: 'info',
        message: '4 of 6 rows have no answer (blank or N/A): they count as non-responses, not in the score or its n.',
        file: 'data/m.csv',
        line: 1,
        column: 1,
      },
    ]);
  });

  it.each([
    ['MM/dd/yyyy hh:mm a', '01/14/2026 09:32 AM', '02/01/2026 11:59 PM', '12/31/2025 12:00 AM'],
    ['dd.MM.yyyy', '14.01.2026', '01.02.2026', '31.12.2025'],
    [undefined, '2026-01-14T09:32:00+01:00', '2026-02-01T00:30:00+01:00', '2026-01-01T00:30:00+01:00'],
  ])('reads dates written %s, as UTC', (dateFormat, january, february, december) => {
    const source = { file: 'data/m.csv', format: 'responses' as const, period: 'month' as const, columns: { date: 'when' }, ...(dateFormat && { dateFormat }) };
    const { series, diagnostics } = collect({ source }, ['when', 'score'], [
      { when: january, score: '10' },
      { when: february, score: '9' },
      { when: december, score: '0' },
    ]);
    expect(diagnostics).toEqual([]);
    // 2026-02-01T00:30+01:00 is still January in UTC, and 2026-01-01T00:30+01:00 still December.
    const offsets = dateFormat === undefined;
    expect(series.map(({ period, n }) => [period, n])).toEqual(offsets ? [['2025-12', 1], ['2026-01', 2]] : [['2025-12', 1], ['2026-01', 1], ['2026-02', 1]]);
  });

  it('says which format a date does not match', () => {
    const source = { file: 'data/m.csv', format: 'responses' as const, period: 'month' as const, badRows: 'skip' as const, columns: { date: 'when' }, dateFormat: 'dd.MM.yyyy' };
    const { diagnostics } = collect({ source }, ['when', 'score'], [{ when: '2026-01-14', score: '10' }, { when: '31.02.2026', score: '10' }]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Line 2: the date "2026-01-14" is not a date written dd.MM.yyyy: the row is left out.',
      'Line 3: the date "31.02.2026" is not a date written dd.MM.yyyy: the row is left out.',
    ]);
  });

  it('reads a conversion as numerator and denominator counts per period, with n the denominator', () => {
    const source = { file: 'data/m.csv', format: 'series' as const, badRows: 'skip' as const, columns: { numerator: 'contracts', denominator: 'quotes' } };
    const { series, diagnostics } = collect({ kind: 'conversion', source }, ['period', 'quotes', 'contracts'], [
      { period: '2026-Q1', quotes: '300', contracts: '45' },
      { period: '2026-Q2', quotes: '0', contracts: '0' },
      { period: '2026-Q3', quotes: '40', contracts: '41' },
      { period: '2026-Q4', quotes: '3', contracts: '1' },
    ]);
    expect(series).toEqual([{ period: '2026-Q1', value: 15, n: 300 }, { period: '2026-Q4', value: 100 / 3, n: 3 }]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Line 3: the numerator 0 is not a part of the denominator 0: the row is left out.',
      'Line 4: the numerator 41 is not a part of the denominator 40: the row is left out.',
    ]);
  });

  it('reads a series of values per period, oldest first', () => {
    const { series } = collect({ kind: 'conversion', source: { file: 'data/m.csv', format: 'series' } }, ['period', 'value', 'n'], [
      { period: '2026-Q2', value: '21.5', n: '400' },
      { period: '2026-Q1', value: '19', n: '' },
    ]);
    expect(series).toEqual([{ period: '2026-Q1', value: 19 }, { period: '2026-Q2', value: 21.5, n: 400 }]);
  });

  it('reports each bad row at its line, as an error, or as a warning when the source skips bad rows', () => {
    const rows = [{ period: '2026-01', score: '11' }, { period: 'January', score: '9' }, { period: '2026-01', score: 'ten' }, { period: '2026-01', score: '8' }];
    const failing = collect({}, ['period', 'score'], rows);
    expect(failing.diagnostics.map((d) => [d.rule, d.severity, d.line, d.message])).toEqual([
      ['data/bad-row', 'error', 2, 'Line 2: the answer 11 is outside the scale of 0 to 10.'],
      ['data/bad-row', 'error', 3, 'Line 3: the period "January" is not a period like 2026, 2026-Q3, 2026-W07, 2026-03 or 2026-03-31.'],
      ['data/bad-row', 'error', 4, 'Line 4: the score "ten" is not a number.'],
    ]);
    const skipping = collect({ source: { file: 'data/m.csv', format: 'responses', badRows: 'skip' } }, ['period', 'score'], rows);
    expect(skipping.diagnostics.map((d) => [d.rule, d.severity])).toEqual([
      ['data/skipped-row', 'warning'],
      ['data/skipped-row', 'warning'],
      ['data/skipped-row', 'warning'],
    ]);
    expect(skipping.series).toEqual([{ period: '2026-01', value: 0, n: 1, distribution: { '8': 1 } }]);
  });

  it('lists at most 50 bad rows of a file, then counts the rest', () => {
    const rows = Array.from({ length: 60 }, () => ({ period: '2026-01', score: 'x' }));
    const { diagnostics } = collect({}, ['period', 'score'], rows);
    expect(diagnostics).toHaveLength(51);
    expect(diagnostics.at(-1)!.message).toBe('10 more rows could not be read, besides the 50 shown.');
  });

  it('names a missing column, the columns there are, and the closest one', () => {
    const { diagnostics } = collect({}, ['period', 'scroe'], []);
    expect(diagnostics.map((d) => d.message)).toEqual([
      rules.missingColumn.message({ column: 'score', mapped: undefined, found: ['period', 'scroe'], suggestion: 'scroe' }),
    ]);
    expect(diagnostics[0]!.message).toBe('The file has no column "score": its columns are "period", "scroe". Did you mean "scroe"?');
  });

  it('reports a file without rows, responses for a metric that is not a survey, and dates without a period', () => {
    expect(collect({}, ['period', 'score'], []).diagnostics.map((d) => d.rule)).toEqual(['data/empty']);
    expect(collect({ kind: 'count' }, ['period', 'score'], []).diagnostics.map((d) => d.rule)).toEqual(['metric/responses-need-survey']);
    const dated = { source: { file: 'data/m.csv', format: 'responses' as const, columns: { date: 'when' } } };
    expect(collect(dated, ['when', 'score'], []).diagnostics.map((d) => d.rule)).toEqual(['metric/responses-need-period']);
  });

  it('counts a response once when its id repeats, warning at the line that repeats it', () => {
    const rows = [{ id: 'R1', period: '2026-01', score: '10' }, { id: 'R2', period: '2026-01', score: '2' }, { id: 'R1', period: '2026-01', score: '10' }];
    const { series, diagnostics } = collect({}, ['id', 'period', 'score'], rows);
    expect(series).toEqual([{ period: '2026-01', value: 0, n: 2, distribution: { '2': 1, '10': 1 } }]);
    expect(diagnostics.map((d) => [d.rule, d.severity, d.line, d.message])).toEqual([['data/duplicate-response', 'warning', 4, 'Line 4 has the response id of line 2: the response is counted once.']]);
  });

  it('gives the same series whatever the order of the rows', () => {
    const row = fc.record({ period: fc.constantFrom('2026-01', '2026-02', '2026-W07'), score: fc.integer({ min: 0, max: 10 }).map(String) });
    fc.assert(
      fc.property(fc.array(row).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))), ([rows, shuffled]) => {
        expect(collect({}, ['period', 'score'], shuffled).series).toEqual(collect({}, ['period', 'score'], rows).series);
      }),
    );
  });
});
