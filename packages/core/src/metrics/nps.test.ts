import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nps } from './nps.ts';

const answer = fc.integer({ min: 0, max: 10 });

describe('nps', () => {
  it('gives −45.45… for the answers 0 to 10 once each, as DOMAIN.md works out', () => {
    // Promoters 9, 10 (2); passives 7, 8 (2); detractors 0–6 (7): 100 × (2 − 7) / 11 = −500 / 11.
    const result = nps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result).toMatchObject({ n: 11, thin: true, promoters: 2, passives: 2, detractors: 7 });
    expect(result.value).toBeCloseTo(-500 / 11, 12);
    // p = 2/11, d = 7/11: p + d − (p − d)² = 99/121 − 25/121 = 74/121; / 11 = 74/1331.
    // 1.96 × 100 × √(74 / 1331) = 196 × 0.2357908… = 46.2149942…
    expect(result.marginOfError95).toBeCloseTo(46.21499426556484, 10);
  });

  it('computes the margin of error of a typical survey by hand', () => {
    // 50 promoters, 30 passives, 20 detractors: NPS = 100 × (50 − 20) / 100 = 30.
    // p + d − (p − d)² = 0.7 − 0.09 = 0.61; 196 × √(0.61 / 100) = 196 × 0.0781025 = 15.30809.
    const scores = [...Array<number>(50).fill(10), ...Array<number>(30).fill(7), ...Array<number>(20).fill(3)];
    const result = nps(scores);
    expect(result.value).toBe(30);
    expect(result.marginOfError95).toBeCloseTo(15.308089364777041, 10);
    expect(result.thin).toBe(false);
  });

  it('gives 100 with no margin of error when everyone is a promoter', () => {
    // p = 1, d = 0: variance 1 − 1² = 0.
    expect(nps([9, 10, 10])).toEqual({ value: 100, n: 3, thin: true, promoters: 3, passives: 0, detractors: 0, marginOfError95: 0 });
  });

  it('gives −100 when everyone is a detractor and 0 when everyone is passive', () => {
    expect(nps([0, 6, 3]).value).toBe(-100);
    expect(nps([7, 8]).value).toBe(0);
  });

  it('returns a null value and margin, n 0 and a thin flag for no answers', () => {
    expect(nps([])).toEqual({ value: null, n: 0, thin: true, promoters: 0, passives: 0, detractors: 0, marginOfError95: null });
  });

  it('flags samples under 30 answers as thin, or under the thinSample option', () => {
    expect(nps(Array<number>(29).fill(9)).thin).toBe(true);
    expect(nps(Array<number>(30).fill(9)).thin).toBe(false);
    expect(nps([9, 9], { thinSample: 2 }).thin).toBe(false);
    expect(() => nps([9], { thinSample: -1 })).toThrow(
      new RangeError('The thinSample option must be a number of 0 or more, but it is -1.'),
    );
  });

  it('rejects answers that are not whole numbers from 0 to 10, naming the value and its index', () => {
    expect(() => nps([10, 9, 11])).toThrow(
      new RangeError('NPS answers must be whole numbers from 0 to 10, but 11 at index 2 is not.'),
    );
    expect(() => nps([7.5])).toThrow('but 7.5 at index 0 is not');
    expect(() => nps([-1])).toThrow('but -1 at index 0 is not');
    expect(() => nps([5, Number.NaN])).toThrow('but NaN at index 1 is not');
  });

  it('always lies between −100 and 100, with counts that add up to n', () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1 }), (scores) => {
        const result = nps(scores);
        expect(result.value).toBeGreaterThanOrEqual(-100);
        expect(result.value).toBeLessThanOrEqual(100);
        expect(result.promoters + result.passives + result.detractors).toBe(result.n);
      }),
    );
  });

  it('has a margin of error of 1.96 standard errors of the answers coded +1, 0 and −1', () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1 }), (scores) => {
        const coded = scores.map((score): number => (score >= 9 ? 1 : score <= 6 ? -1 : 0));
        const mean = coded.reduce((sum, x) => sum + x, 0) / coded.length;
        const variance = coded.reduce((sum, x) => sum + (x - mean) ** 2, 0) / coded.length;
        expect(nps(scores).marginOfError95).toBeCloseTo(1.96 * 100 * Math.sqrt(variance / coded.length), 9);
      }),
    );
  });

  it('gives the same result whatever the order of the answers', () => {
    fc.assert(
      fc.property(
        fc.array(answer).chain((scores) => fc.tuple(fc.constant(scores), fc.shuffledSubarray(scores, { minLength: scores.length }))),
        ([scores, shuffled]) => {
          expect(nps(shuffled)).toEqual(nps(scores));
        },
      ),
    );
  });
});
