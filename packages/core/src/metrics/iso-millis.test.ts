import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoMillis } from './iso-millis.ts';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('isoMillis', () => {
  it('reads dates, times, fractions and zones, taking a time without a zone as UTC', () => {
    expect(isoMillis('2026-03-07')).toBe(Date.UTC(2026, 2, 7));
    expect(isoMillis('2026-03-07T09:30')).toBe(Date.UTC(2026, 2, 7, 9, 30));
    expect(isoMillis('2026-03-07 09:30:15')).toBe(Date.UTC(2026, 2, 7, 9, 30, 15));
    expect(isoMillis('2026-03-07T09:30:00.25Z')).toBe(Date.UTC(2026, 2, 7, 9, 30, 0, 250));
    expect(isoMillis('2026-03-07T09:30:00.123456Z')).toBe(Date.UTC(2026, 2, 7, 9, 30, 0, 123));
    expect(isoMillis('2026-03-07T09:30:00.250+01:00')).toBe(Date.UTC(2026, 2, 7, 8, 30, 0, 250));
    expect(isoMillis('2026-03-07T09:30:00-02:30')).toBe(Date.UTC(2026, 2, 7, 12, 0));
    expect(isoMillis('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });

  it('gives NaN for days that do not exist and for other formats', () => {
    for (const text of ['2026-02-30', '2100-02-29', '2026-13-01', '2026-3-7', 'March 7, 2026', '2026-03-07T25:00Z', '2026-03-07T09:30:00.Z', '2026-03-07T09:30:00+1:00', '']) {
      expect(isoMillis(text), text).toBeNaN();
    }
  });

  it('agrees with Date.parse on every valid time', () => {
    fc.assert(
      fc.property(
        fc.record({
          millis: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
          fraction: fc.integer({ min: 0, max: 6 }),
          separator: fc.constantFrom('T', ' '),
          zone: fc.constantFrom('', 'Z', '+01:00', '-05:30', '+14:00'),
        }),
        ({ millis, fraction, separator, zone }) => {
          const date = new Date(millis);
          const digits = pad(date.getUTCMilliseconds(), 3).padEnd(6, '7').slice(0, fraction);
          const text = `${date.toISOString().slice(0, 10)}${separator}${date.toISOString().slice(11, 19)}${fraction === 0 ? '' : `.${digits}`}${zone}`;
          expect(isoMillis(text)).toBe(Date.parse(`${text.replace(' ', 'T')}${zone === '' ? 'Z' : ''}`));
        },
      ),
    );
  });
});
