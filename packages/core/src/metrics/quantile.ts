/**
 * The q-quantile of numbers sorted ascending, interpolating linearly between the two nearest ranks
 * (numpy's default, "type 7"): position `(n − 1) × q`, so q = 0.5 gives the usual median.
 * Null for an empty list.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.9); // 3.7: position 2.7, 3 + 0.7 × (4 − 3)
 */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`A quantile must be between 0 and 1, but it is ${String(q)}.`);
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? Number.NaN;
  return low + (position - below) * (high - low);
}

/** The arithmetic mean, or null for an empty list. Sort first when the sum must not depend on order. */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
