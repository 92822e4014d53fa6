import { describe, expect, it } from 'vitest';
import { timeToConvert } from './time-to-convert.ts';

const day = 86_400_000;

describe('timeToConvert', () => {
  it('gives the median, the mean and a linearly interpolated 90th percentile', () => {
    // Sorted 1000, 2000, 3000, 10000. Median: position 1.5 → 2500. Mean: 16000 / 4 = 4000.
    // p90: position (4 − 1) × 0.9 = 2.7 → 3000 + 0.7 × (10000 − 3000) = 7900.
    // (4 − 1) × 0.9 is 2.7000000000000002 in floating point, so p90 is 7900 only to rounding.
    const result = timeToConvert([10000, 1000, 3000, 2000]);
    expect(result).toMatchObject({ median: 2500, mean: 4000, n: 4, thin: true });
    expect(result.p90).toBeCloseTo(7900, 9);
  });

  it('takes the middle duration as the median of an odd count', () => {
    // Sorted 1, 3, 5: median 3, mean 3, p90 at position 1.8 → 3 + 0.8 × 2 = 4.6.
    const result = timeToConvert([5, 1, 3]);
    expect(result).toMatchObject({ median: 3, mean: 3 });
    expect(result.p90).toBeCloseTo(4.6, 12);
  });

  it('measures durations from start and conversion times, honouring time zones', () => {
    // 2 days; and 10:00 at UTC+2 (08:00 UTC) to 09:00 UTC the same day: 1 hour.
    const result = timeToConvert([
      { start: '2026-03-01', convertedAt: '2026-03-03' },
      { start: '2026-03-01T10:00:00+02:00', convertedAt: new Date(Date.UTC(2026, 2, 1, 9)) },
    ]);
    // Sorted 1 h, 2 d: median and mean (1 h + 2 d) / 2; p90 = 1 h + 0.9 × (2 d − 1 h).
    const hour = day / 24;
    expect(result).toEqual({ median: (hour + 2 * day) / 2, mean: (hour + 2 * day) / 2, p90: hour + 0.9 * (2 * day - hour), n: 2, thin: true });
  });

  it('returns null values with n 0 and a thin flag for no conversions', () => {
    expect(timeToConvert([])).toEqual({ median: null, mean: null, p90: null, n: 0, thin: true });
  });

  it('rejects negative or non-finite durations and conversions before their start, naming the index', () => {
    expect(() => timeToConvert([10, -5])).toThrow(
      new RangeError('Durations to convert must be finite numbers of milliseconds, 0 or more, but -5 at index 1 is not.'),
    );
    expect(() => timeToConvert([Number.POSITIVE_INFINITY])).toThrow('but Infinity at index 0 is not.');
    expect(() => timeToConvert([{ start: '2026-03-02', convertedAt: '2026-03-01' }])).toThrow(
      new RangeError(
        'Durations to convert must be finite numbers of milliseconds, 0 or more, but -86400000 at index 0 is not: the conversion comes before the start.',
      ),
    );
  });
});
