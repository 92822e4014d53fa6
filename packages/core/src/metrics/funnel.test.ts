import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { funnel } from './funnel.ts';

describe('funnel', () => {
  it('computes step-to-step conversion, overall conversion and drop-off as DOMAIN.md defines them', () => {
    // c_k = U_k / U_(k−1): 200 / 1000 = 20%, 50 / 200 = 25%. C_k = U_k / U_1: 20%, 5%.
    // Drop-off U_(k−1) − U_k: 1000 − 200 = 800, 200 − 50 = 150.
    const result = funnel([
      { step: 'visit', count: 1000 },
      { step: 'sign up', count: 200 },
      { step: 'pay', count: 50 },
    ]);
    expect(result).toEqual({
      steps: [
        { step: 'visit', count: 1000, conversion: null, overall: 100, dropOff: 0 },
        { step: 'sign up', count: 200, conversion: 20, overall: 20, dropOff: 800 },
        { step: 'pay', count: 50, conversion: 25, overall: 5, dropOff: 150 },
      ],
      n: 1000,
      thin: false,
      biggestLeak: { step: 'sign up', conversion: 20 },
    });
  });

  it('names the lowest step-to-step conversion as the biggest leak, the earliest on a tie', () => {
    // 100 → 50 (50%) → 40 (80%) → 20 (50%): the first 50% wins the tie.
    const counts = [100, 50, 40, 20].map((count, index) => ({ step: `s${index}`, count }));
    expect(funnel(counts).biggestLeak).toEqual({ step: 's1', conversion: 50 });
  });

  it('gives no conversion after a step nobody reached', () => {
    const result = funnel([
      { step: 'a', count: 10 },
      { step: 'b', count: 0 },
      { step: 'c', count: 0 },
    ]);
    expect(result.steps.map((step) => step.conversion)).toEqual([null, 0, null]);
    expect(result.steps.map((step) => step.overall)).toEqual([100, 0, 0]);
    expect(result.biggestLeak).toEqual({ step: 'b', conversion: 0 });
  });

  it('gives null conversions, n 0 and a thin flag when nobody entered', () => {
    expect(funnel([{ step: 'a', count: 0 }, { step: 'b', count: 0 }])).toEqual({
      steps: [
        { step: 'a', count: 0, conversion: null, overall: null, dropOff: 0 },
        { step: 'b', count: 0, conversion: null, overall: null, dropOff: 0 },
      ],
      n: 0,
      thin: true,
      biggestLeak: null,
    });
    expect(funnel([])).toEqual({ steps: [], n: 0, thin: true, biggestLeak: null });
  });

  it('has no biggest leak with a single step', () => {
    expect(funnel([{ step: 'visit', count: 40 }]).biggestLeak).toBeNull();
  });

  it('rejects counts that grow along the funnel, naming both steps', () => {
    expect(() => funnel([{ step: 'visit', count: 100 }, { step: 'sign up', count: 120 }])).toThrow(
      new RangeError('A funnel cannot grow, but step "sign up" (index 1) counts 120, more than the 100 of step "visit" before it.'),
    );
  });

  it('rejects bad counts and repeated step names', () => {
    expect(() => funnel([{ step: 'visit', count: -5 }])).toThrow(
      new RangeError('The count of funnel step "visit" (index 0) must be a whole number of 0 or more, but it is -5.'),
    );
    expect(() => funnel([{ step: 'visit', count: 5 }, { step: 'visit', count: 4 }])).toThrow(
      new RangeError('Funnel step "visit" appears twice; give each step its own name.'),
    );
  });

  it('never reports a conversion above 100 for counts that do not grow, and drop-offs add up', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1 }), (raw) => {
        const counts = raw.sort((a, b) => b - a).map((count, index) => ({ step: `step ${index}`, count }));
        const result = funnel(counts);
        for (const step of result.steps) {
          expect(step.conversion ?? 0).toBeLessThanOrEqual(100);
          expect(step.overall ?? 0).toBeLessThanOrEqual(100);
        }
        const dropOffs = result.steps.reduce((sum, step) => sum + step.dropOff, 0);
        expect(dropOffs).toBe((counts[0]?.count ?? 0) - (counts.at(-1)?.count ?? 0));
      }),
    );
  });
});
