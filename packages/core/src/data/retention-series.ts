import { cohortTable } from '../metrics/cohort-retention.ts';
import type { TimedEvent } from '../metrics/cohort-members.ts';
import type { FunnelEvent } from '../metrics/funnel-from-events.ts';
import type { CalendarPeriod } from '../metrics/period.ts';
import type { Metric, Observation } from '../schema/metric.ts';

/** A metric source's cohort retention settings. */
export type RetentionSettings = NonNullable<NonNullable<Metric['source']>['retention']>;

/**
 * A retention metric's series from an event log: one value per cohort (by the period of each
 * unit's first start event), the share of the cohort active `offset` periods later, with the
 * cohort's size as n. Cohorts whose period at that offset has not ended by the last event are left
 * out, since their value may still rise.
 */
export function retentionSeries(events: readonly FunnelEvent[], settings: RetentionSettings, period: CalendarPeriod): Observation[] {
  const starts = new Set(settings.starts);
  const returns = settings.returns === undefined ? undefined : new Set(settings.returns);
  let asOf = Number.NEGATIVE_INFINITY;
  for (const { time, event } of events) if (time > asOf && (starts.has(event) || returns === undefined || returns.has(event))) asOf = time;
  // Generated one at a time: a large log is not copied.
  function* timed(keep: (event: string) => boolean): Generator<TimedEvent> {
    for (const { unit, time, event } of events) if (keep(event)) yield { person: unit, millis: time };
  }
  const table = cohortTable(timed((event) => starts.has(event)), timed((event) => returns === undefined || returns.has(event)), asOf, { period, mode: settings.mode });
  return table.cohorts.flatMap((row) => {
    const cell = row.values[settings.offset];
    return cell === undefined || cell.incomplete ? [] : [{ period: row.cohort, value: cell.value, n: row.size }];
  });
}
