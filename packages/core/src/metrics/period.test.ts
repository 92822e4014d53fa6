import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel, periodIndex, periodLabel, periodLabelStart, periodOf, periodStartMillis, type PeriodUnit } from './period.ts';

const units: PeriodUnit[] = ['day', 'week', 'month', 'quarter', 'half', 'year'];
const labelOf = (time: string, period: PeriodUnit) => periodLabel(periodIndex(Date.parse(time), period), period);

describe('calendar periods', () => {
  it('names days, ISO weeks and months as metric series do', () => {
    expect(labelOf('2026-03-31T23:59:59Z', 'day')).toBe('2026-03-31');
    expect(labelOf('2026-03-31T23:59:59Z', 'month')).toBe('2026-03');
    // 1 January 2026 is a Thursday: its week is 2026's first.
    expect(labelOf('2026-01-01', 'week')).toBe('2026-W01');
    // Monday 30 December 2024 starts the week holding Thursday 2 January 2025.
    expect(labelOf('2024-12-30', 'week')).toBe('2025-W01');
    // Friday 1 January 2021 belongs to the last week of 2020, its 53rd.
    expect(labelOf('2021-01-01', 'week')).toBe('2020-W53');
  });

  it('names quarters, halves and years as metric series do', () => {
    expect(labelOf('2026-03-31T23:59:59Z', 'quarter')).toBe('2026-Q1');
    expect(labelOf('2026-04-01', 'quarter')).toBe('2026-Q2');
    expect(labelOf('2026-06-30', 'half')).toBe('2026-H1');
    expect(labelOf('2026-07-01', 'half')).toBe('2026-H2');
    expect(labelOf('2026-12-31T23:59:59Z', 'year')).toBe('2026');
    expect(periodOf(Date.UTC(2026, 4, 17), 'quarter')).toBe('2026-Q2');
  });

  it('starts a label that is not a period at NaN', () => {
    expect(periodLabelStart('Q3 2026')).toBeNaN();
    expect(periodLabelStart('2026-Q5')).toBeNaN();
  });

  it('numbers months as the calendar does, for any time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(-2000, 0, 1), max: Date.UTC(9000, 0, 1) }), (millis) => {
        const date = new Date(millis);
        expect(periodIndex(millis, 'month')).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
      }),
    );
  });

  it('starts weeks on Monday at midnight UTC', () => {
    const sunday = periodIndex(Date.parse('2026-01-04T23:59:59.999Z'), 'week');
    const monday = periodIndex(Date.parse('2026-01-05T00:00:00Z'), 'week');
    expect(monday - sunday).toBe(1);
    expect(new Date(periodStartMillis(monday, 'week')).toISOString()).toBe('2026-01-05T00:00:00.000Z');
  });

  it('names each period with a label that the series parser reads back to its start', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.constantFrom(...units), (millis, period) => {
        const index = periodIndex(millis, period);
        expect(parsePeriodLabel(periodLabel(index, period))).toEqual({ unit: period, index });
        expect(periodLabelStart(periodLabel(index, period))).toBe(periodStartMillis(index, period));
        expect(periodStartMillis(index, period)).toBeLessThanOrEqual(millis);
        expect(periodStartMillis(index + 1, period)).toBeGreaterThan(millis);
      }),
    );
  });
});
