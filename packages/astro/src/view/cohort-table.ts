import type { CohortRetentionResult, Metric } from '@journeykit/core';

/** One cell of the cohort table: its text, a heat shade from 0 to 10 (none for the cohort's own period), and whether its period is under way. */
export interface CohortCell {
  text: string;
  shade: number | undefined;
  incomplete: boolean;
}

/** A cohort table ready to print: a row per cohort and the weighted average, a column per offset. */
export interface CohortTable {
  caption: string;
  /** Column headers after the cohort and its size: `Month 0`, `Month 1`, … */
  offsets: string[];
  rows: { cohort: string; size: number; thin: boolean; cells: (CohortCell | undefined)[] }[];
  average: { size: number; cells: CohortCell[] };
  /** Whether any cell is under way, so the table needs its legend. */
  incomplete: boolean;
}

const periodNames = { day: 'Day', week: 'Week', month: 'Month' } as const;

/**
 * The cohort retention table of a metric read from an event log, as rows of printable cells.
 * Shades step by tenths of the highest retention after the cohorts' own period (which is 100% by
 * definition and left unshaded), so the stylesheet, not inline styles, colours them.
 */
export function cohortTable(metric: Metric, table: CohortRetentionResult, thinSample: number): CohortTable {
  const retention = metric.source?.retention;
  const period = retention?.period ?? 'month';
  const longest = Math.max(0, ...table.cohorts.map((row) => row.values.length));
  const highest = Math.max(0, ...table.cohorts.flatMap((row) => row.values.slice(1).map((value) => value.value)));
  const cell = (value: number, offset: number, incomplete: boolean): CohortCell => ({
    text: `${value.toFixed(0)}%`,
    shade: offset === 0 || highest === 0 ? undefined : Math.min(10, Math.round((value / highest) * 10)),
    incomplete,
  });
  const later = retention?.mode === 'on-or-after' ? ', or later' : '';
  return {
    caption: `Share of each ${period}'s cohort that came back in ${period} 1, 2, … after its own${later}`,
    offsets: Array.from({ length: longest }, (_, offset) => `${periodNames[period]} ${offset}`),
    rows: table.cohorts.map((row) => ({
      cohort: row.cohort,
      size: row.size,
      thin: row.size < thinSample,
      cells: Array.from({ length: longest }, (_, offset) => {
        const value = row.values[offset];
        return value === undefined ? undefined : cell(value.value, offset, value.incomplete);
      }),
    })),
    average: { size: table.n, cells: table.average.map((average) => cell(average.value, average.offset, average.incomplete)) },
    incomplete: table.average.some((average) => average.incomplete) || table.cohorts.some((row) => row.values.some((value) => value.incomplete)),
  };
}
