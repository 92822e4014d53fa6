import { describe, expect, it } from 'vitest';
import { meanOf, quantile } from './quantile.ts';

describe('quantile', () => {
  it('interpolates linearly between the nearest ranks, like numpy', () => {
    // Position (4 − 1) × q: q = 0 → 10, q = 1 → 40, q = 0.5 → 1.5 → 25, q = 0.9 → 2.7 → 30 + 0.7 × 10 = 37.
    const sorted = [10, 20, 30, 40];
    expect([0, 1, 0.5].map((q) => quantile(sorted, q))).toEqual([10, 40, 25]);
    expect(quantile(sorted, 0.9)).toBeCloseTo(37, 12);
    expect(quantile([7], 0.9)).toBe(7);
  });

  it('gives null for no values and rejects quantiles outside 0–1', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(meanOf([])).toBeNull();
    expect(() => quantile([1], 1.5)).toThrow(new RangeError('A quantile must be between 0 and 1, but it is 1.5.'));
  });
});
