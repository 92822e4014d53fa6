import { show } from './check.ts';
import { meanOf, quantile } from './quantile.ts';
import { sampleOf, type Sample, type SampleOptions } from './sample.ts';
import { toMillis, type Instant } from './time.ts';

/**
 * When one person started (entered the funnel's first step) and when they converted.
 *
 * @example
 * timeToConvert([{ start: '2026-03-01', convertedAt: '2026-03-03' } satisfies ConversionTiming]).median; // 172800000
 */
export interface ConversionTiming {
  start: Instant;
  convertedAt: Instant;
}

/**
 * Summary of how long conversions took, in milliseconds; each value is null when there are none.
 *
 * @example
 * const { median }: TimeToConvertResult = timeToConvert(durations);
 * console.log(`Half convert within ${((median ?? 0) / 86_400_000).toFixed(1)} days`);
 */
export interface TimeToConvertResult extends Sample {
  median: number | null;
  mean: number | null;
  /** 90th percentile, interpolated linearly between ranks like numpy's default. */
  p90: number | null;
}

/**
 * How long people took to convert: the median, mean and 90th percentile of their durations in
 * milliseconds, given directly or as start and conversion times. Percentiles interpolate linearly
 * between the two nearest ranks at position (n − 1) × q (numpy's default, "type 7").
 *
 * @throws {RangeError} When a duration is negative or not a finite number, or a time is invalid,
 * naming it and its index.
 * @example
 * timeToConvert([1000, 2000, 3000, 10000]);
 * // { median: 2500, mean: 4000, p90: ≈ 7900, n: 4, thin: true }
 * timeToConvert([{ start: '2026-03-01', convertedAt: '2026-03-03' }]).median; // 172800000 (2 days)
 */
export function timeToConvert(
  durations: readonly number[] | readonly ConversionTiming[],
  options: SampleOptions = {},
): TimeToConvertResult {
  const sorted = durations.map(durationOf).sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    // Summed in sorted order so the mean does not depend on the input's order, even in its last bits.
    mean: meanOf(sorted),
    p90: quantile(sorted, 0.9),
    ...sampleOf(sorted.length, options),
  };
}

function durationOf(entry: number | ConversionTiming, index: number): number {
  const duration =
    typeof entry === 'number'
      ? entry
      : toMillis(entry.convertedAt, `convertedAt at index ${index}`) - toMillis(entry.start, `start at index ${index}`);
  if (!Number.isFinite(duration) || duration < 0) {
    const why = typeof entry === 'number' ? '' : ': the conversion comes before the start';
    throw new RangeError(
      `Durations to convert must be finite numbers of milliseconds, 0 or more, but ${show(duration)} at index ${index} is not${why}.`,
    );
  }
  return duration;
}
