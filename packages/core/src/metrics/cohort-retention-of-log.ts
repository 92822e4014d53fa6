import type { CohortRetentionResult, CohortRow, RetentionMode } from './cohort-retention.ts';
import type { EventLog } from './log/event-log.ts';
import type { UnitGroups } from './log/group-by-unit.ts';
import { periodIndex, periodLabel, periodStartMillis, type CalendarPeriod } from './period.ts';
import { averageRetention } from './retention-average.ts';
import { percentOf, sampleOf, type SampleOptions } from './sample.ts';

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
