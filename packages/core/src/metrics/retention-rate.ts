import { checkCount } from './check.ts';
import { percentOf, sampleOf, type Sample, type SampleOptions } from './sample.ts';

/**
 * Customer counts for one period, to compute retention.
 *
 * @example
 * retentionRate({ start: 200, end: 210, new: 30 } satisfies RetentionCounts).value; // 90
 */
export interface RetentionCounts {
  /** Customers at the start of the period. */
  start: number;
  /** Customers at the end of the period, new ones included. */
  end: number;
  /** Customers gained during the period. */
  new: number;
}

/**
 * A retention rate with the number of customers it is measured on.
 *
 * @example
 * const { value }: RetentionRateResult = retentionRate({ start: 200, end: 210, new: 30 }); // value 90
 */
export interface RetentionRateResult extends Sample {
  /** (End − new) / start × 100; null when there were no customers at the start. `n` is the start count. */
  value: number | null;
}

/**
 * The retention rate: (customers at the end − new customers in the period) / customers at the start × 100.
 *
 * @throws {RangeError} When a count is not a whole number of 0 or more, there are more new customers
 * than customers at the end, or more customers kept than there were at the start.
 * @example
 * retentionRate({ start: 200, end: 210, new: 30 }); // { value: 90, n: 200, thin: false }
 */
export function retentionRate(counts: RetentionCounts, options: SampleOptions = {}): RetentionRateResult {
  const { start, end, new: added } = counts;
  checkCount(start, 'The start count');
  checkCount(end, 'The end count');
  checkCount(added, 'The new count');
  if (added > end) {
    throw new RangeError(`The new count (${added}) cannot be larger than the end count (${end}).`);
  }
  if (end - added > start) {
    throw new RangeError(
      `The customers kept (end ${end} − new ${added} = ${end - added}) cannot outnumber the start count (${start}).`,
    );
  }
  return { value: percentOf(end - added, start), ...sampleOf(start, options) };
}
