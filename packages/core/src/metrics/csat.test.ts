import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csat } from './csat.ts';

const fivePoint = { min: 1, max: 5 };

describe('csat', () => {
  it('counts the top two boxes, 4 and 5 on a 1–5 scale, as satisfied by default', () => {
    // Satisfied: 5, 4, 5 → 3 of 5 = 60%.
    expect(csat([5, 4, 3, 5, 1], { scale: fivePoint, method: 'share' })).toEqual({ value: 60, n: 5, thin: true, positive: 3 });
  });

  it('gives the mean answer with the mean method, still counting satisfied answers', () => {
    // (5 + 4 + 3 + 5 + 1) / 5 = 18 / 5 = 3.6.
    expect(csat([5, 4, 3, 5, 1], { scale: fivePoint, method: 'mean' })).toEqual({ value: 3.6, n: 5, thin: true, positive: 3 });
  });

  it('counts the answers listed as positive instead of the default', () => {
    // 3, 4, 5 are positive: 5, 4, 3, 5 → 4 of 5 = 80%.
    expect(csat([5, 4, 3, 5, 1], { scale: fivePoint, method: 'share', positive: [3, 4, 5] }).value).toBe(80);
  });

  it('uses the top two answers of any scale, but never more than half of it', () => {
    // 1–10: 9 and 10 → 2 of 4 = 50%.
    expect(csat([10, 9, 8, 1], { scale: { min: 1, max: 10 }, method: 'share' }).value).toBe(50);
    // 0–1 (thumbs up or down): only 1 → 1 of 3.
    expect(csat([1, 0, 0], { scale: { min: 0, max: 1 }, method: 'share' }).positive).toBe(1);
    // 1–3: only 3 → 1 of 3.
    expect(csat([3, 2, 1], { scale: { min: 1, max: 3 }, method: 'share' }).positive).toBe(1);
  });

  it('takes the top two boxes from the bottom when low answers are good', () => {
    // Good end low on 1–5: 1 and 2 → 1, 2, 2 of 5 = 60%.
    expect(csat([1, 2, 2, 4, 5], { scale: fivePoint, method: 'share', goodEnd: 'low' }).value).toBe(60);
  });

  it('returns a null value with n 0 and a thin flag for no answers', () => {
    expect(csat([], { scale: fivePoint, method: 'share' })).toEqual({ value: null, n: 0, thin: true, positive: 0 });
    expect(csat([], { scale: fivePoint, method: 'mean' }).value).toBeNull();
  });

  it('rejects answers off the scale, naming the value and its index', () => {
    expect(() => csat([5, 6], { scale: fivePoint, method: 'share' })).toThrow(
      new RangeError('CSAT answers must be whole numbers from 1 to 5, but 6 at index 1 is not.'),
    );
    expect(() => csat([0], { scale: fivePoint, method: 'mean' })).toThrow('but 0 at index 0 is not');
    expect(() => csat([4.5], { scale: fivePoint, method: 'mean' })).toThrow('but 4.5 at index 0 is not');
  });

  it('rejects a scale that is not two whole numbers in order, and positive answers off the scale', () => {
    expect(() => csat([], { scale: { min: 5, max: 1 }, method: 'share' })).toThrow(
      new RangeError('The CSAT scale must run from a whole number to a larger one, but it runs from 5 to 1.'),
    );
    expect(() => csat([], { scale: fivePoint, method: 'share', positive: [5, 6] })).toThrow(
      new RangeError('The CSAT positive answers must be on the scale from 1 to 5, but 6 is not.'),
    );
    expect(() => csat([], { scale: fivePoint, method: 'share', positive: [] })).toThrow(
      new RangeError('The CSAT positive answers must list at least one answer on the scale, but the list is empty.'),
    );
  });

  it('rejects an unknown method', () => {
    const options = { scale: fivePoint, method: 'median' } as unknown as Parameters<typeof csat>[1];
    expect(() => csat([5], options)).toThrow(new RangeError('The CSAT method must be "share" or "mean", but it is "median".'));
  });

  it('gives the same result whatever the order of the answers, within 0–100 for shares', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 })).chain((scores) => fc.tuple(fc.constant(scores), fc.shuffledSubarray(scores, { minLength: scores.length }))),
        fc.constantFrom('share' as const, 'mean' as const),
        ([scores, shuffled], method) => {
          const result = csat(scores, { scale: fivePoint, method });
          expect(csat(shuffled, { scale: fivePoint, method })).toEqual(result);
          if (result.value !== null) expect(result.value).toBeGreaterThanOrEqual(method === 'share' ? 0 : 1);
          if (result.value !== null) expect(result.value).toBeLessThanOrEqual(method === 'share' ? 100 : 5);
        },
      ),
    );
  });
});
