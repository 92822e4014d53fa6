import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortRetention, type CohortActivity } from './cohort-retention.ts';

// January cohort: a, b, c (c starts late on the 31st). February cohort: d.
const activity: CohortActivity = {
  starts: [
    { person: 'a', time: '2026-01-10' },
    { person: 'b', time: '2026-01-20' },
    { person: 'c', time: '2026-01-31T23:00:00Z' },
    { person: 'd', time: '2026-02-05' },
  ],
  returns: [
    { person: 'a', time: '2026-02-03' }, // January cohort, offset 1
    { person: 'a', time: '2026-03-10' }, // offset 2, the latest event: March is still under way
    { person: 'b', time: '2026-03-05' }, // offset 2
    { person: 'c', time: '2026-01-31T23:30:00Z' }, // the start period itself: not a return
    { person: 'd', time: '2026-03-01' }, // February cohort, offset 1
    { person: 'x', time: '2026-02-01' }, // no start: left out
  ],
};

describe('cohortRetention', () => {
  it('gives the share of each cohort active in each later month, marking months under way', () => {
    // January (3 people): offset 1 only a → 1/3; offset 2 a and b → 2/3, March not over at asOf 10 March.
    // February (1 person): offset 1 d → 1/1, March again.
    const result = cohortRetention(activity, { period: 'month', mode: 'on' });
    expect(result.asOf).toBe('2026-03-10T00:00:00.000Z');
    expect(result).toMatchObject({ n: 4, thin: true });
    expect(result.cohorts).toEqual([
      {
        cohort: '2026-01',
        size: 3,
        n: 3,
        thin: true,
        values: [
          { offset: 0, value: 100, returned: 3, incomplete: false },
          { offset: 1, value: 100 / 3, returned: 1, incomplete: false },
          { offset: 2, value: 200 / 3, returned: 2, incomplete: true },
        ],
      },
      {
        cohort: '2026-02',
        size: 1,
        n: 1,
        thin: true,
        values: [
          { offset: 0, value: 100, returned: 1, incomplete: false },
          { offset: 1, value: 100, returned: 1, incomplete: true },
        ],
      },
    ]);
  });

  it('averages cohorts weighted by size over those that completed the offset', () => {
    // Offset 0: (3 + 1) / (3 + 1) = 100. Offset 1: only January has finished it (February's is March): 1 / 3.
    // Offset 2: no cohort has finished it, so January's March, under way, stands alone and is marked so.
    expect(cohortRetention(activity, { period: 'month', mode: 'on' }).average).toEqual([
      { offset: 0, value: 100, cohorts: 2, incomplete: false, n: 4, thin: true },
      { offset: 1, value: 100 / 3, cohorts: 1, incomplete: false, n: 3, thin: true },
      { offset: 2, value: 200 / 3, cohorts: 1, incomplete: true, n: 3, thin: true },
    ]);
  });

  it('counts people active in that period or any later one with on-or-after', () => {
    // January: offset 1 → a (active in months 1 and 2) and b (month 2) = 2/3; offset 2 → a, b = 2/3.
    const january = cohortRetention(activity, { period: 'month', mode: 'on-or-after' }).cohorts[0];
    expect(january?.values.map((cell) => cell.returned)).toEqual([3, 2, 2]);
  });

  it('weighs averages by cohort size, not by cohort', () => {
    // Cohort January: 1 person, returns in February (100%). Cohort February: 3 people, 1 returns in March (33%).
    // Offset 1 as of 1 April: (1 + 1) / (1 + 3) = 50%, where an unweighted mean would say 66.7%.
    const result = cohortRetention(
      {
        starts: [{ person: 'a', time: '2026-01-05' }, ...['b', 'c', 'd'].map((person) => ({ person, time: '2026-02-05' }))],
        returns: [{ person: 'a', time: '2026-02-05' }, { person: 'b', time: '2026-03-05' }],
      },
      { period: 'month', mode: 'on', asOf: '2026-04-01' },
    );
    expect(result.average[1]).toEqual({ offset: 1, value: 50, cohorts: 2, incomplete: false, n: 4, thin: true });
  });

  it('leaves out events after asOf', () => {
    // As of 15 February: a's return on 3 February counts; nothing in March exists yet.
    const result = cohortRetention(activity, { period: 'month', mode: 'on', asOf: '2026-02-15' });
    expect(result.cohorts.map((row) => row.values.map((cell) => [cell.value, cell.incomplete]))).toEqual([
      [[100, false], [100 / 3, true]],
      [[100, true]],
    ]);
  });

  it('groups by ISO weeks starting on Monday, in UTC', () => {
    // 1 January 2026 is a Thursday, so week 1 runs Monday 29 December 2025 to Sunday 4 January.
    // p starts on Sunday 4 January (W01), q on Monday 5 January (W02). As of Monday 19 January, W04 has just begun.
    const result = cohortRetention(
      {
        starts: [{ person: 'p', time: '2026-01-04T23:59:59Z' }, { person: 'q', time: '2026-01-05T00:00:00Z' }],
        returns: [
          { person: 'p', time: '2026-01-05T08:00:00+02:00' }, // 06:00 UTC Monday: W02, p's offset 1
          { person: 'q', time: '2026-01-11T22:00:00-03:00' }, // 01:00 UTC Monday 12th: W03, q's offset 1
        ],
      },
      { period: 'week', mode: 'on', asOf: '2026-01-19T00:00:00Z' },
    );
    expect(result.cohorts.map((row) => [row.cohort, row.values.map((cell) => cell.value)])).toEqual([
      ['2026-W01', [100, 100, 0, 0]],
      ['2026-W02', [100, 100, 0]],
    ]);
    expect(result.cohorts[0]?.values.map((cell) => cell.incomplete)).toEqual([false, false, false, true]);
  });

  it('groups by UTC days and counts a person with several starts from the earliest', () => {
    const result = cohortRetention(
      {
        starts: [{ person: 'a', time: '2026-03-02' }, { person: 'a', time: '2026-03-01T10:00:00Z' }],
        returns: [{ person: 'a', time: '2026-03-02T09:00:00Z' }],
      },
      { period: 'day', mode: 'on' },
    );
    expect(result.cohorts.map((row) => [row.cohort, row.size, row.values.map((cell) => cell.value)])).toEqual([['2026-03-01', 1, [100, 100]]]);
  });

  it('returns no cohorts, n 0 and a thin flag when there are no events', () => {
    expect(cohortRetention({ starts: [], returns: [] }, { period: 'week', mode: 'on' })).toEqual({
      asOf: null,
      cohorts: [],
      average: [],
      n: 0,
      thin: true,
    });
  });

  it('rejects invalid times and unknown periods, naming where', () => {
    expect(() => cohortRetention({ starts: [], returns: [{ person: 'a', time: 'yesterday' }] }, { period: 'day', mode: 'on' })).toThrow(
      new RangeError(
        'The time of returns[0] (person "a") must be a valid Date or an ISO 8601 date like 2026-03-07 or 2026-03-07T09:30:00Z, but it is "yesterday".',
      ),
    );
    const options = { period: 'quarter', mode: 'on' } as unknown as Parameters<typeof cohortRetention>[1];
    expect(() => cohortRetention(activity, options)).toThrow(
      new RangeError('The cohort period must be "day", "week" or "month", but it is "quarter".'),
    );
  });
});

const event = fc.record({
  person: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  time: fc.integer({ min: 0, max: 90 * 24 }).map((hour) => new Date(Date.UTC(2026, 0, 1, hour))),
});
const period = fc.constantFrom('day' as const, 'week' as const, 'month' as const);

describe('cohortRetention, for any events', () => {
  it('gives identical tables after shuffling the starts and the returns', () => {
    const shuffled = (events: { person: string; time: Date }[]) => fc.shuffledSubarray(events, { minLength: events.length });
    const activities = fc
      .tuple(fc.array(event, { maxLength: 8 }), fc.array(event, { maxLength: 20 }))
      .chain(([starts, returns]) => fc.tuple(fc.constant({ starts, returns }), fc.record({ starts: shuffled(starts), returns: shuffled(returns) })));
    fc.assert(
      fc.property(activities, period, fc.constantFrom('on' as const, 'on-or-after' as const), ([original, reordered], period, mode) => {
        expect(cohortRetention(reordered, { period, mode })).toEqual(cohortRetention(original, { period, mode }));
      }),
    );
  });

  it('never counts fewer with on-or-after than with on, and on-or-after never rises over time', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), fc.array(event, { maxLength: 20 }), period, (starts, returns, period) => {
        const on = cohortRetention({ starts, returns }, { period, mode: 'on' });
        const after = cohortRetention({ starts, returns }, { period, mode: 'on-or-after' });
        after.cohorts.forEach((row, index) => {
          row.values.forEach((cell, offset) => {
            expect(cell.returned).toBeGreaterThanOrEqual(on.cohorts[index]?.values[offset]?.returned ?? 0);
            if (offset > 1) expect(cell.returned).toBeLessThanOrEqual(row.values[offset - 1]?.returned ?? 0);
          });
        });
      }),
    );
  });
});
