import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownCopy } from './own-copy.ts';

describe('ownCopy', () => {
  it('gives back an equal string, whatever its characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(ownCopy(text)).toBe(text);
      }),
    );
  });
});
