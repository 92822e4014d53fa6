import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodStart } from '../text/period.ts';
import { periodIndex, periodLabel, periodStartMillis, type CalendarPeriod } from './period.ts';

const labelOf = (time: string, period: CalendarPeriod) => periodLabel(periodIndex(Date.parse(time), period), period);

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
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.constantFrom<CalendarPeriod>('day', 'week', 'month'), (millis, period) => {
        const index = periodIndex(millis, period);
        expect(periodStart(periodLabel(index, period))).toBe(periodStartMillis(index, period));
        expect(periodStartMillis(index, period)).toBeLessThanOrEqual(millis);
        expect(periodStartMillis(index + 1, period)).toBeGreaterThan(millis);
      }),
    );
  });
});
