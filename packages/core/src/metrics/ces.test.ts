import { describe, expect, it } from 'vitest';
import { ces } from './ces.ts';

const sevenPoint = { min: 1, max: 7 };
const fivePoint = { min: 1, max: 5 };

describe('ces', () => {
  it('counts 5–7 as easy on a 1–7 scale, as DOMAIN.md defines', () => {
    // Easy: 7, 6, 5 → 3 of 5 = 60%.
    expect(ces([7, 6, 5, 4, 2], { scale: sevenPoint, method: 'share' })).toEqual({ value: 60, n: 5, thin: true, positive: 3 });
  });

  it('counts 4–5 as easy on a 1–5 scale, as DOMAIN.md defines', () => {
    // Easy: 5, 4 → 2 of 5 = 40%.
    expect(ces([5, 4, 3, 2, 1], { scale: fivePoint, method: 'share' }).value).toBe(40);
  });

  it('counts the answers beyond the midpoint as easy on other scales', () => {
    // 1–4, midpoint 2.5: 3 and 4 → 2 of 4 = 50%. 0–10, midpoint 5: 6–10 → 6, 10 of 4 = 50%.
    expect(ces([4, 3, 2, 1], { scale: { min: 1, max: 4 }, method: 'share' }).value).toBe(50);
    expect(ces([5, 6, 10, 0], { scale: { min: 0, max: 10 }, method: 'share' }).value).toBe(50);
  });

  it('mirrors the easy answers when low answers are good: 1–3 on 1–7 and 1–2 on 1–5', () => {
    // 1–7: 1, 2, 3 → 3 of 5 = 60%. 1–5: 1, 2 → 2 of 4 = 50%.
    expect(ces([1, 2, 3, 4, 7], { scale: sevenPoint, method: 'share', goodEnd: 'low' }).value).toBe(60);
    expect(ces([1, 2, 3, 5], { scale: fivePoint, method: 'share', goodEnd: 'low' }).value).toBe(50);
  });

  it('gives the mean answer as answered, whichever end is good', () => {
    // (1 + 2 + 6) / 3 = 3; 1 and 2 are easy when low is good.
    expect(ces([1, 2, 6], { scale: sevenPoint, method: 'mean', goodEnd: 'low' })).toEqual({ value: 3, n: 3, thin: true, positive: 2 });
  });

  it('counts the answers listed as easy instead of the default', () => {
    expect(ces([7, 6, 5], { scale: sevenPoint, method: 'share', positive: [7] }).positive).toBe(1);
  });

  it('returns a null value with n 0 and a thin flag for no answers', () => {
    expect(ces([], { scale: sevenPoint, method: 'mean' })).toEqual({ value: null, n: 0, thin: true, positive: 0 });
  });

  it('rejects answers off the scale, naming the value and its index', () => {
    expect(() => ces([7, 8], { scale: sevenPoint, method: 'share' })).toThrow(
      new RangeError('CES answers must be whole numbers from 1 to 7, but 8 at index 1 is not.'),
    );
  });
});
