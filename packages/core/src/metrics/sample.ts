/**
 * The default thin-sample threshold, 30: a number resting on fewer cases is flagged as thin.
 *
 * @example
 * nps(scores).thin; // true when fewer than defaultThinSample people answered
 */
export const defaultThinSample = 30;

/**
 * Options every metric accepts.
 *
 * @example
 * nps(scores, { thinSample: 50 }).thin; // true below 50 answers
 */
export interface SampleOptions {
  /** Smallest sample size that is not thin; 30 unless given. */
  thinSample?: number;
}

/**
 * How many answers, people or conversions a number rests on, and whether that is too few.
 *
 * @example
 * const { n, thin }: Sample = conversionRate(45, 1200); // n: 1200, thin: false
 */
export interface Sample {
  /** The sample size. */
  n: number;
  /** Whether `n` is below the thin-sample threshold; always true for an empty sample. */
  thin: boolean;
}

/**
 * The sample size `n` with its thin flag: thin when `n` is 0 or below `options.thinSample` (30 unless given).
 *
 * @example
 * sampleOf(12); // { n: 12, thin: true }
 * sampleOf(12, { thinSample: 10 }); // { n: 12, thin: false }
 */
export function sampleOf(n: number, options: SampleOptions = {}): Sample {
  const threshold = options.thinSample ?? defaultThinSample;
  if (!(threshold >= 0 && threshold <= Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`The thinSample option must be a number of 0 or more, but it is ${String(threshold)}.`);
  }
  return { n, thin: n === 0 || n < threshold };
}

/** `part / whole × 100`, or null when `whole` is 0, so no NaN leaks out of an empty sample. */
export function percentOf(part: number, whole: number): number | null {
  // Multiplying first keeps round percentages of counts exact: 200 × 100 / 1000 is 20, (200 / 1000) × 100 is not always.
  return whole === 0 ? null : (part * 100) / whole;
}
