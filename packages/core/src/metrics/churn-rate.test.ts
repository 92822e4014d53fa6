import { describe, expect, it } from 'vitest';
import { churnRate } from './churn-rate.ts';
import { retentionRate } from './retention-rate.ts';

describe('churnRate', () => {
  it('divides customers lost by customers at the start of the period', () => {
    // 12 / 200 × 100 = 6.
    expect(churnRate({ start: 200, lost: 12 })).toEqual({ value: 6, n: 200, thin: false });
  });

  it('need not sum to 100 with retention, as DOMAIN.md warns', () => {
    // 200 customers at the start; 12 of them leave; 30 new join, 5 of whom leave again: end = 200 − 12 + 30 − 5 = 213.
    // Churn 12 / 200 = 6%; retention (213 − 30) / 200 = 183 / 200 = 91.5%: 97.5 together,
    // since the 5 new customers who left lower retention but are not churn from the start.
    expect(churnRate({ start: 200, lost: 12 }).value).toBe(6);
    expect(retentionRate({ start: 200, end: 213, new: 30 }).value).toBe(91.5);
  });

  it('returns a null value with n 0 and a thin flag with no customers at the start', () => {
    expect(churnRate({ start: 0, lost: 0 })).toEqual({ value: null, n: 0, thin: true });
  });

  it('rejects bad counts and more lost than there were at the start', () => {
    expect(() => churnRate({ start: 10, lost: -1 })).toThrow(
      new RangeError('The lost count must be a whole number of 0 or more, but it is -1.'),
    );
    expect(() => churnRate({ start: 10, lost: 11 })).toThrow(
      new RangeError('The lost count (11) cannot be larger than the start count (10): count only customers lost from those at the start.'),
    );
  });
});
