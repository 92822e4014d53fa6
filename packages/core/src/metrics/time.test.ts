import { describe, expect, it } from 'vitest';
import { toMillis } from './time.ts';

describe('toMillis', () => {
  it('reads Dates and ISO 8601 strings, taking strings without a zone as UTC', () => {
    expect(toMillis(new Date(Date.UTC(2026, 2, 7)), 'x')).toBe(Date.UTC(2026, 2, 7));
    expect(toMillis('2026-03-07', 'x')).toBe(Date.UTC(2026, 2, 7));
    expect(toMillis('2026-03-07T09:30', 'x')).toBe(Date.UTC(2026, 2, 7, 9, 30));
    expect(toMillis('2026-03-07 09:30:15', 'x')).toBe(Date.UTC(2026, 2, 7, 9, 30, 15));
    expect(toMillis('2026-03-07T09:30:00.250+01:00', 'x')).toBe(Date.UTC(2026, 2, 7, 8, 30, 0, 250));
  });

  it('rejects days that do not exist, other formats and invalid Dates, naming where', () => {
    const message = (shown: string) =>
      new RangeError(`The start must be a valid Date or an ISO 8601 date like 2026-03-07 or 2026-03-07T09:30:00Z, but it is ${shown}.`);
    expect(() => toMillis('2026-02-30', 'The start')).toThrow(message('"2026-02-30"'));
    expect(() => toMillis('March 7, 2026', 'The start')).toThrow(message('"March 7, 2026"'));
    expect(() => toMillis(new Date(Number.NaN), 'The start')).toThrow(message('an invalid Date'));
  });
});
