import { describe, expect, it } from 'vitest';
import { conversionRate } from './conversion-rate.ts';

describe('conversionRate', () => {
  it('divides converted by total, as a percentage with the total as n', () => {
    // 45 / 1200 × 100 = 3.75.
    expect(conversionRate(45, 1200)).toEqual({ value: 3.75, n: 1200, thin: false });
    // 3 / 12 × 100 = 25, on a thin sample.
    expect(conversionRate(3, 12)).toEqual({ value: 25, n: 12, thin: true });
  });

  it('returns a null value with n 0 and a thin flag when nobody could convert', () => {
    expect(conversionRate(0, 0)).toEqual({ value: null, n: 0, thin: true });
  });

  it('rejects counts that are not whole numbers of 0 or more, or more converted than the total', () => {
    expect(() => conversionRate(-1, 10)).toThrow(new RangeError('The converted count must be a whole number of 0 or more, but it is -1.'));
    expect(() => conversionRate(1, 2.5)).toThrow(new RangeError('The total count must be a whole number of 0 or more, but it is 2.5.'));
    expect(() => conversionRate(11, 10)).toThrow(new RangeError('The converted count (11) cannot be larger than the total count (10).'));
  });
});
