import { checkCount } from './check.ts';
import { percentOf, sampleOf, type Sample, type SampleOptions } from './sample.ts';

/**
 * A conversion rate with the number of people it is measured on.
 *
 * @example
 * const { value }: ConversionRateResult = conversionRate(45, 1200); // value 3.75
 */
export interface ConversionRateResult extends Sample {
  /** Converted / total × 100; null when the total is 0. `n` is the total. */
  value: number | null;
}

/**
 * The conversion rate: people who converted / people who could have × 100.
 *
 * @throws {RangeError} When a count is not a whole number of 0 or more, or more converted than the total.
 * @example
 * conversionRate(45, 1200); // { value: 3.75, n: 1200, thin: false }
 */
export function conversionRate(converted: number, total: number, options: SampleOptions = {}): ConversionRateResult {
  checkCount(converted, 'The converted count');
  checkCount(total, 'The total count');
  if (converted > total) {
    throw new RangeError(`The converted count (${converted}) cannot be larger than the total count (${total}).`);
  }
  return { value: percentOf(converted, total), ...sampleOf(total, options) };
}
