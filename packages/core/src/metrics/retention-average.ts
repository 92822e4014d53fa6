import { percentOf, sampleOf, type Sample, type SampleOptions } from './sample.ts';

/** What averaging needs of a cohort: its size and, per offset, how many came back and whether the period had ended. */
export interface CohortCounts {
  size: number;
  values: readonly { returned: number; incomplete: boolean }[];
}

/**
 * Retention at one offset across cohorts; `n` counts the people of the cohorts averaged.
 *
 * @example
 * const [, month1]: RetentionAverage[] = cohortRetention(activity, { period: 'month', mode: 'on' }).average;
 * // { offset: 1, value: 35, cohorts: 2, incomplete: false, n: 40, thin: false }
 */
export interface RetentionAverage extends Sample {
  offset: number;
  /** Returned / people, summed over the cohorts averaged, × 100: the size-weighted mean of their values. */
  value: number;
  /** How many cohorts were averaged. */
  cohorts: number;
  /** Whether only cohorts still inside that period were averaged, so the value may still rise. */
  incomplete: boolean;
}

/**
 * Retention per offset across cohorts, weighted by cohort size: Σ returned / Σ size × 100 over the
 * cohorts that have completed that offset. Where no cohort has, the cohorts inside it are averaged
 * and the result is marked incomplete, since a period still under way would drag the mean down.
 *
 * @example
 * // Cohorts of 10 and 30 people at 50% and 30% after one period: (5 + 9) / (10 + 30) × 100 = 35.
 */
export function averageRetention(rows: readonly CohortCounts[], options: SampleOptions = {}): RetentionAverage[] {
  const longest = Math.max(0, ...rows.map((row) => row.values.length));
  return Array.from({ length: longest }, (_, offset) => {
    const reached = rows.flatMap((row) => {
      const cell = row.values[offset];
      return cell === undefined ? [] : [{ size: row.size, ...cell }];
    });
    const complete = reached.filter((cell) => !cell.incomplete);
    const used = complete.length > 0 ? complete : reached;
    const people = used.reduce((sum, cell) => sum + cell.size, 0);
    const returned = used.reduce((sum, cell) => sum + cell.returned, 0);
    return {
      offset,
      value: percentOf(returned, people) ?? 0,
      cohorts: used.length,
      incomplete: complete.length === 0,
      ...sampleOf(people, options),
    };
  });
}
