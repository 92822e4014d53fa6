import { describe, expect, it } from 'vitest';
import { countNewlines } from './count-newlines.ts';

describe('countNewlines', () => {
  it('counts line feeds, not lone carriage returns', () => {
    expect(countNewlines('a\r\nb\nc')).toBe(2);
    expect(countNewlines('a\rb')).toBe(0);
    expect(countNewlines('a\nb\nc', 2)).toBe(1);
    expect(countNewlines('a\nb\nc', 0, 3)).toBe(1);
  });
});
