import { describe, expect, it } from 'vitest';
import { retentionRate } from './retention-rate.ts';

describe('retentionRate', () => {
  it('divides customers at the end minus new customers by customers at the start', () => {
    // (210 − 30) / 200 × 100 = 180 / 200 × 100 = 90.
    expect(retentionRate({ start: 200, end: 210, new: 30 })).toEqual({ value: 90, n: 200, thin: false });
  });

  it('returns a null value with n 0 and a thin flag with no customers at the start', () => {
    expect(retentionRate({ start: 0, end: 5, new: 5 })).toEqual({ value: null, n: 0, thin: true });
  });

  it('rejects bad counts, more new customers than at the end, and more kept than at the start', () => {
    expect(() => retentionRate({ start: 10, end: 9, new: 1.5 })).toThrow(
      new RangeError('The new count must be a whole number of 0 or more, but it is 1.5.'),
    );
    expect(() => retentionRate({ start: 10, end: 5, new: 6 })).toThrow(
      new RangeError('The new count (6) cannot be larger than the end count (5).'),
    );
    expect(() => retentionRate({ start: 10, end: 15, new: 2 })).toThrow(
      new RangeError('The customers kept (end 15 − new 2 = 13) cannot outnumber the start count (10).'),
    );
  });
});
