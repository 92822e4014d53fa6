import { describe, expect, it } from 'vitest';
import { defaultThinSample, percentOf, sampleOf } from './sample.ts';

describe('sampleOf', () => {
  it('flags samples under 30 as thin unless told otherwise, and an empty sample always', () => {
    expect(defaultThinSample).toBe(30);
    expect(sampleOf(29)).toEqual({ n: 29, thin: true });
    expect(sampleOf(30)).toEqual({ n: 30, thin: false });
    expect(sampleOf(5, { thinSample: 5 })).toEqual({ n: 5, thin: false });
    expect(sampleOf(0, { thinSample: 0 })).toEqual({ n: 0, thin: true });
  });

  it('rejects a threshold that is not a number of 0 or more', () => {
    expect(() => sampleOf(1, { thinSample: Number.NaN })).toThrow(
      new RangeError('The thinSample option must be a number of 0 or more, but it is NaN.'),
    );
  });
});

describe('percentOf', () => {
  it('gives part / whole × 100, exact for round percentages, and null for an empty whole', () => {
    // (7 / 100) × 100 would be 7.000000000000001.
    expect(percentOf(7, 100)).toBe(7);
    expect(percentOf(0, 0)).toBeNull();
  });
});
