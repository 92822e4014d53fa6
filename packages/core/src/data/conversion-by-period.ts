import type { FunnelEntries } from '../metrics/funnel-of-log.ts';
import { periodIndex, periodLabelStart, periodOf, periodStartMillis, type Granularity } from '../metrics/period.ts';
import type { Observation } from '../schema/metric.ts';

/**
 * A funnel's conversion per period, as a metric series: of the units that entered in the period,
 * the share that completed it, with n the units that entered. Only entries whose conversion
 * window had closed by `closedBy` (the log's last event less the window) count: one the log ends
 * too soon after may still convert, and would read as lost. Oldest period first.
 *
 * @example
 * conversionByPeriod(entries, 'month', log.latest - windowMs); // [{ period: '2026-01', value: 50, n: 2 }, …]
 */
export function conversionByPeriod(entries: FunnelEntries, granularity: Granularity, closedBy = Number.POSITIVE_INFINITY): Observation[] {
  const byPeriod = new Map<string, { entered: number; completed: number }>();
  // Entries fall on few days: each day's period is named once.
  const periodOfDay = new Map<number, string>();
  for (let k = 0; k < entries.size; k++) {
    if (entries.time[k]! > closedBy) continue;
    const day = periodIndex(entries.time[k]!, 'day');
    let period = periodOfDay.get(day);
    if (period === undefined) periodOfDay.set(day, (period = periodOf(periodStartMillis(day, 'day'), granularity)));
    let counts = byPeriod.get(period);
    if (counts === undefined) byPeriod.set(period, (counts = { entered: 0, completed: 0 }));
    counts.entered++;
    counts.completed += entries.completed[k]!;
  }
  return [...byPeriod]
    .map(([period, { entered, completed }]) => ({ period, value: (completed / entered) * 100, n: entered }))
    .sort((a, b) => periodLabelStart(a.period) - periodLabelStart(b.period));
}
