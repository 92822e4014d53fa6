import { checkCount } from './check.ts';
import { percentOf, sampleOf, type Sample, type SampleOptions } from './sample.ts';

/**
 * Customer counts for one period, to compute churn.
 *
 * @example
 * churnRate({ start: 200, lost: 12 } satisfies ChurnCounts).value; // 6
 */
export interface ChurnCounts {
  /** Customers at the start of the period. */
  start: number;
  /** Customers at the start of the period who were lost during it. */
  lost: number;
}

/**
 * A churn rate with the number of customers it is measured on.
 *
 * @example
 * const { value, n }: ChurnRateResult = churnRate({ start: 200, lost: 12 }); // value 6, n 200
 */
export interface ChurnRateResult extends Sample {
  /** Lost / start × 100; null when there were no customers at the start. `n` is the start count. */
  value: number | null;
}

/**
 * The churn rate: customers lost in the period / customers at its start × 100.
 * Churn and retention need not sum to 100, since retention leaves out the period's new customers.
 *
 * @throws {RangeError} When a count is not a whole number of 0 or more, or more were lost than there were.
 * @example
 * churnRate({ start: 200, lost: 12 }); // { value: 6, n: 200, thin: false }
 */
export function churnRate(counts: ChurnCounts, options: SampleOptions = {}): ChurnRateResult {
  checkCount(counts.start, 'The start count');
  checkCount(counts.lost, 'The lost count');
  if (counts.lost > counts.start) {
    throw new RangeError(
      `The lost count (${counts.lost}) cannot be larger than the start count (${counts.start}): count only customers lost from those at the start.`,
    );
  }
  return { value: percentOf(counts.lost, counts.start), ...sampleOf(counts.start, options) };
}
