import { show } from './check.ts';
import { cohortRetentionOfLog, type CohortRetentionResult, type RetentionMode } from './cohort-retention-of-log.ts';
import { eventLogBuilder } from './log/event-log.ts';
import { groupByUnit, rankByName } from './log/group-by-unit.ts';
import type { CalendarPeriod } from './period.ts';
import type { SampleOptions } from './sample.ts';
import { toMillis, type Instant } from './time.ts';

/**
 * Something one person did at one time.
 *
 * @example
 * const signUp: PersonEvent = { person: 'ann', time: '2026-01-10' };
 */
export interface PersonEvent {
  person: string;
  time: Instant;
}

/**
 * The events a cohort table is built from: each person's start event and their later activity.
 *
 * @example
 * const activity: CohortActivity = {
 *   starts: [{ person: 'ann', time: '2026-01-10' }],
 *   returns: [{ person: 'ann', time: '2026-02-03' }],
 * };
 */
export interface CohortActivity {
  /** Start events, like sign-ups; a person with several starts counts from the earliest. */
  starts: readonly PersonEvent[];
  /** Activity that counts as returning; activity of people with no start is left out. */
  returns: readonly PersonEvent[];
}

/**
 * How to build the cohort table.
 *
 * @example
 * const options: CohortRetentionOptions = { period: 'month', mode: 'on', asOf: '2026-06-30' };
 */
export interface CohortRetentionOptions extends SampleOptions {
  /** The length of a cohort and of each period after it, in UTC; weeks are ISO weeks from Monday. */
  period: CalendarPeriod;
  mode: RetentionMode;
  /** The moment the data describes: later events are left out. The latest event's time unless given. */
  asOf?: Instant;
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
  const builder = eventLogBuilder();
  timed(activity.starts, 'starts').forEach(({ person, millis }, index) => builder.add(person, millis, 'start', index));
  timed(activity.returns, 'returns').forEach(({ person, millis }, index) => builder.add(person, millis, 'return', index));
  const log = builder.build();
  const asOf = options.asOf === undefined ? log.latest : toMillis(options.asOf, 'The asOf option');
  const groups = groupByUnit(log, rankByName(log.events), () => {});
  const starts = log.events.map((event) => event === 'start');
  return cohortRetentionOfLog(log, groups, { ...options, starts, returns: starts.map((start) => !start), asOf });
}

function timed(events: readonly PersonEvent[], list: string): { person: string; millis: number }[] {
  return events.map(({ person, time }, index) => ({
    person,
    millis: toMillis(time, `The time of ${list}[${index}] (person ${show(person)})`),
  }));
}

function checkOptions(period: string, mode: string): void {
  if (period !== 'day' && period !== 'week' && period !== 'month') {
    throw new RangeError(`The cohort period must be "day", "week" or "month", but it is ${show(period)}.`);
  }
  if (mode !== 'on' && mode !== 'on-or-after') {
    throw new RangeError(`The retention mode must be "on" or "on-or-after", but it is ${show(mode)}.`);
  }
}
