import { describe, expect, it } from 'vitest';
import { decimalNumber, fieldText } from './field-text.ts';

describe('fieldText', () => {
  it('trims ASCII whitespace, tabs and carriage returns included, and keeps other spaces', () => {
    expect(fieldText(' \t2026-01\r\n')).toBe('2026-01');
    expect(fieldText('\u00a09\u2028')).toBe('\u00a09\u2028');
    expect(fieldText('a b')).toBe('a b');
  });
});

describe('decimalNumber', () => {
  it.each([
    ['9', 9], [' 9\t', 9], ['9\r', 9], ['+5', 5], ['-2.5', -2.5], ['.5', 0.5], ['5.', 5], ['1e3', 1000], ['1E-2', 0.01],
    ['1e-400', 0], ['1.7976931348623157e308', 1.7976931348623157e308],
  ])('reads %j as %d', (text, value) => {
    expect(decimalNumber(text)).toBe(value);
  });

  it.each(['', ' ', '0x9', '0b1', '0o7', 'Infinity', 'NaN', '1_000', '1,5', '1e400', '-1e309', '1e10000', '٣', '9 9', 'N/A', `1${'0'.repeat(1000)}`])('reads %j as no number', (text) => {
    expect(decimalNumber(text)).toBeUndefined();
  });
});
