import { show } from './check.ts';
import { cohortMembers, returnedByOffset, type TimedEvent } from './cohort-members.ts';
import { periodIndex, periodLabel, periodStartMillis, type CalendarPeriod } from './period.ts';
import { averageRetention, type RetentionAverage } from './retention-average.ts';
import { percentOf, sampleOf, type Sample, type SampleOptions } from './sample.ts';
import { toMillis, type Instant } from './time.ts';

/** Something one person did at one time. */
export interface PersonEvent {
  person: string;
  time: Instant;
}

/** The events a cohort table is built from: each person's start event and their later activity. */
export interface CohortActivity {
  /** Start events, like sign-ups; a person with several starts counts from the earliest. */
  starts: readonly PersonEvent[];
  /** Activity that counts as returning; activity of people with no start is left out. */
  returns: readonly PersonEvent[];
}

/** `on`: active in exactly that period; `on-or-after`: active in that period or any later one. */
export type RetentionMode = 'on' | 'on-or-after';

/** How to build the cohort table. */
export interface CohortRetentionOptions extends SampleOptions {
  /** The length of a cohort and of each period after it, in UTC; weeks are ISO weeks from Monday. */
  period: CalendarPeriod;
  mode: RetentionMode;
  /** The moment the data describes: later events are left out. The latest event's time unless given. */
  asOf?: Instant;
}

/** Retention of one cohort in one period after its start period. */
export interface RetentionCell {
  /** Periods since the cohort's start period; 0 is the start period itself. */
  offset: number;
  /** Returned / cohort size × 100; 100 at offset 0, where everyone started. */
  value: number;
  /** People of the cohort active in that period (or, `on-or-after`, in it or later). */
  returned: number;
  /** Whether the period had not ended at `asOf`, so the value may still rise. */
  incomplete: boolean;
}

/** One cohort: people whose start event fell in the same period; `n` is its size. */
export interface CohortRow extends Sample {
  /** The start period's name, like `2026-03`, `2026-W14` or `2026-03-31`. */
  cohort: string;
  size: number;
  /** One cell per period from the start period up to the one holding `asOf`. */
  values: RetentionCell[];
}

/** A cohort retention table; `n` counts every person with a start. */
export interface CohortRetentionResult extends Sample {
  /** The moment the table describes, as an ISO string; null when there are no events. */
  asOf: string | null;
  /** Cohorts, oldest first. */
  cohorts: CohortRow[];
  /** Retention per offset across cohorts, weighted by cohort size. */
  average: RetentionAverage[];
}

/**
 * Cohort retention: people are grouped by the period of their start event, and R_c(t) = people of
 * cohort c active in period t after it ("on") or in t or later ("on-or-after") / size of c × 100.
 * Offset 0 is 100 by definition. Averages across cohorts are weighted by size and use only cohorts that completed the offset.
 *
 * @throws {RangeError} When a time is invalid, or the period or mode is unknown.
 * @example
 * cohortRetention(
 *   { starts: [{ person: 'a', time: '2026-01-10' }, { person: 'b', time: '2026-01-20' }],
 *     returns: [{ person: 'a', time: '2026-02-03' }, { person: 'b', time: '2026-03-05' }] },
 *   { period: 'month', mode: 'on' },
 * ).cohorts[0]?.values.map((cell) => cell.value); // [100, 50, 50]
 */
export function cohortRetention(activity: CohortActivity, options: CohortRetentionOptions): CohortRetentionResult {
  const { period, mode } = options;
  checkOptions(period, mode);
  const starts = timed(activity.starts, 'starts');
  const returns = timed(activity.returns, 'returns');
  const asOf = options.asOf === undefined ? Math.max(latest(starts), latest(returns)) : toMillis(options.asOf, 'The asOf option');
  return cohortTable(starts, returns, asOf, options);
}

/**
 * {@link cohortRetention} of events already in milliseconds, as of a given moment; the events are
 * read once each, so they can be generated on the fly from a large log.
 */
export function cohortTable(starts: Iterable<TimedEvent>, returns: Iterable<TimedEvent>, asOf: number, options: CohortRetentionOptions): CohortRetentionResult {
  const { period, mode } = options;
  const members = cohortMembers(starts, returns, asOf, period);
  const last = periodIndex(asOf, period);
  const cohorts = [...members]
    .sort(([a], [b]) => a - b)
    .map(([cohort, people]) => {
      const returned = returnedByOffset([...people.values()], last - cohort, mode);
      const values = returned.map((count, offset) => ({
        offset,
        value: percentOf(count, people.size) ?? 0,
        returned: count,
        incomplete: periodStartMillis(cohort + offset + 1, period) > asOf,
      }));
      return { cohort: periodLabel(cohort, period), size: people.size, ...sampleOf(people.size, options), values };
    });
  return {
    asOf: Number.isFinite(asOf) ? new Date(asOf).toISOString() : null,
    cohorts,
    average: averageRetention(cohorts, options),
    ...sampleOf(cohorts.reduce((sum, row) => sum + row.size, 0), options),
  };
}

function timed(events: readonly PersonEvent[], list: string): TimedEvent[] {
  return events.map(({ person, time }, index) => ({
    person,
    millis: toMillis(time, `The time of ${list}[${index}] (person ${show(person)})`),
  }));
}

function latest(events: Iterable<{ millis: number }>): number {
  let max = -Infinity;
  for (const { millis } of events) if (millis > max) max = millis;
  return max;
}

function checkOptions(period: string, mode: string): void {
  if (period !== 'day' && period !== 'week' && period !== 'month') {
    throw new RangeError(`The cohort period must be "day", "week" or "month", but it is ${show(period)}.`);
  }
  if (mode !== 'on' && mode !== 'on-or-after') {
    throw new RangeError(`The retention mode must be "on" or "on-or-after", but it is ${show(mode)}.`);
  }
}
