import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fieldStart, longRowProblem, quoteProblem, spacedQuote } from './csv-problems.ts';

describe('CSV problems', () => {
  it('points at the quote that is not doubled, or at the quote that never closes', () => {
    const bad = 'a,b\n1,"x"y"\n';
    const [invalid] = Papa.parse(bad, { delimiter: ',' }).errors;
    expect(quoteProblem(bad, invalid!)).toMatchObject({ offset: 8 });
    const open = 'a,b\n1,"xy\n';
    const [missing] = Papa.parse(open, { delimiter: ',' }).errors;
    expect(quoteProblem(open, missing!)).toMatchObject({ offset: 6 });
  });

  it('finds where a field starts past quoted fields, doubled quotes and spaces after a closing quote', () => {
    expect(fieldStart('1,"a""b" ,c\n', 0, ['1', 'a"b', 'c'], 2)).toBe(10);
    expect(fieldStart('x\n"p\nq",r\n', 2, ['p\nq', 'r'], 1)).toBe(8);
  });

  it('tells a space before an opening quote from a quoted value that starts with a space and a quote', () => {
    expect(spacedQuote('1, "a"\n', () => 0, ['1', ' "a"'])).toBe(3);
    expect(spacedQuote('1," ""a"""\n', () => 0, ['1', ' "a"'])).toBe(-1);
  });

  it('says a row is too long, or that its quote is still open', () => {
    expect(longRowProblem('1,"open\n2,3\n', '\n', 10)).toEqual({ reason: 'this quote opens a field still not closed 10 characters later', offset: 2 });
    expect(longRowProblem('1,22222222222', '\n', 10)).toEqual({ reason: 'the row is longer than 10 characters', offset: 0 });
  });
});
