import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactSum } from './exact-sum.ts';

const sumOf = (values: readonly number[]) => {
  const sum = exactSum();
  for (const value of values) sum.add(value);
  return sum.value();
};

describe('exactSum', () => {
  it('adds exactly and rounds once', () => {
    expect(sumOf([])).toBe(0);
    expect(sumOf([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sumOf([1e100, 1, -1e100])).toBe(1);
    expect(sumOf(Array.from({ length: 10 }, () => 0.1))).toBe(1);
  });

  it('gives the same sum in any order of the values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true })), fc.integer(), (values, seed) => {
        const shuffled = values.map((value, index) => ({ value, key: (index * 7919 + seed) % 101 })).sort((a, b) => a.key - b.key).map(({ value }) => value);
        expect(sumOf(shuffled)).toBe(sumOf(values));
      }),
    );
  });
});
