import type { EventLog } from './log/event-log.ts';
import type { UnitGroups } from './log/group-by-unit.ts';
import { periodIndex, periodLabel, periodStartMillis, type CalendarPeriod } from './period.ts';
import { averageRetention, type RetentionAverage } from './retention-average.ts';
import { percentOf, sampleOf, type Sample, type SampleOptions } from './sample.ts';

/**
 * `on`: active in exactly that period; `on-or-after`: active in that period or any later one.
 *
 * @example
 * cohortRetention(activity, { period: 'month', mode: 'on-or-after' satisfies RetentionMode });
 */
export type RetentionMode = 'on' | 'on-or-after';

/**
 * Retention of one cohort in one period after its start period.
 *
 * @example
 * const [, nextMonth]: RetentionCell[] = result.cohorts[0]?.values ?? [];
 * // { offset: 1, value: 50, returned: 1, incomplete: false }
 */
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

/**
 * One cohort: people whose start event fell in the same period; `n` is its size.
 *
 * @example
 * for (const row of result.cohorts as CohortRow[]) console.log(row.cohort, row.size, row.values.map((cell) => cell.value));
 */
export interface CohortRow extends Sample {
  /** The start period's name, like `2026-03`, `2026-W14` or `2026-03-31`. */
  cohort: string;
  size: number;
  /** One cell per period from the start period up to the one holding `asOf`. */
  values: RetentionCell[];
}

/**
 * A cohort retention table; `n` counts every person with a start.
 *
 * @example
 * const { cohorts, average }: CohortRetentionResult = cohortRetention(activity, { period: 'month', mode: 'on' });
 */
export interface CohortRetentionResult extends Sample {
  /** The moment the table describes, as an ISO string; null when there are no events. */
  asOf: string | null;
  /** Cohorts, oldest first. */
  cohorts: CohortRow[];
  /** Retention per offset across cohorts, weighted by cohort size. */
  average: RetentionAverage[];
}

/** Which events of a log start a cohort and which count as returning, and how to count. */
export interface LogRetentionOptions extends SampleOptions {
  /** Per event id: whether it starts a cohort. */
  starts: readonly boolean[];
  /** Per event id: whether it counts as returning. */
  returns: readonly boolean[];
  period: CalendarPeriod;
  mode: RetentionMode;
  /** The moment the table describes, in epoch milliseconds: later events are left out. */
  asOf: number;
}

/**
 * {@link cohortRetention} over a log grouped by unit (see `groupByUnit`): one walk through each
 * unit's events in time order, keeping only counts per cohort and offset.
 *
 * @example
 * const isStart = log.events.map((e) => e === 'order_completed');
 * cohortRetentionOfLog(log, groups, { starts: isStart, returns: isStart, period: 'month', mode: 'on', asOf: log.latest });
 */
export function cohortRetentionOfLog(log: EventLog, groups: UnitGroups, options: LogRetentionOptions): CohortRetentionResult {
  const { starts, returns, period, mode, asOf } = options;
  const last = Number.isFinite(asOf) ? periodIndex(asOf, period) : 0;
  // Per cohort: its size, and per offset the units that came back then (on), or whose last return was then (on or after).
  const cohorts = new Map<number, { size: number; counts: number[] }>();
  for (let u = 0; u < log.units.length; u++) {
    let cohort: { size: number; counts: number[] } | undefined;
    let start = 0;
    let latest = 0;
    for (let k = groups.starts[u]!; k < groups.starts[u + 1]!; k++) {
      const index = groups.order[k]!;
      const time = log.time[index]!;
      if (time > asOf) break;
      const event = log.event[index]!;
      if (cohort === undefined) {
        if (!starts[event]) continue;
        start = periodIndex(time, period);
        cohort = cohorts.get(start);
        if (cohort === undefined) cohorts.set(start, (cohort = { size: 0, counts: new Array<number>(last - start + 1).fill(0) }));
        cohort.size++;
        continue;
      }
      if (!returns[event]) continue;
      // Events come in time order, so offsets never go down: each new one is counted once.
      const offset = periodIndex(time, period) - start;
      if (offset <= latest) continue;
      latest = offset;
      if (mode === 'on') cohort.counts[offset]!++;
    }
    if (cohort !== undefined && mode === 'on-or-after' && latest > 0) cohort.counts[latest]!++;
  }
  const rows = [...cohorts]
    .sort(([a], [b]) => a - b)
    .map(([index, { size, counts }]): CohortRow => {
      if (mode === 'on-or-after') for (let offset = counts.length - 2; offset >= 1; offset--) counts[offset]! += counts[offset + 1]!;
      counts[0] = size;
      const values = counts.map((returned, offset) => ({
        offset,
        value: percentOf(returned, size) ?? 0,
        returned,
        incomplete: periodStartMillis(index + offset + 1, period) > asOf,
      }));
      return { cohort: periodLabel(index, period), size, ...sampleOf(size, options), values };
    });
  return {
    asOf: Number.isFinite(asOf) ? new Date(asOf).toISOString() : null,
    cohorts: rows,
    average: averageRetention(rows, options),
    ...sampleOf(rows.reduce((sum, row) => sum + row.size, 0), options),
  };
}
