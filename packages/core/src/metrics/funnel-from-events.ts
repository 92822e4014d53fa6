import type { EventFunnelOptions, FunnelStepDefinition } from './event-funnel-options.ts';
import { funnelOfLog, funnelRank, type LogFunnelResult } from './funnel-of-log.ts';
import { eventLogOf, type FunnelEvent } from './log/event-log.ts';
import { groupByUnit } from './log/group-by-unit.ts';

export type { FunnelEvent } from './log/event-log.ts';

/**
 * A funnel counted from an event log: its steps and conversions, the units left out by exclusions, and how long the units that completed it took.
 *
 * @example
 * const { steps: counted, timeToConvert, excluded }: EventFunnelResult = funnelFromEvents(events, steps);
 */
export interface EventFunnelResult extends LogFunnelResult {
  /** When each unit that entered first reached the first step, for grouping by period. */
  entries: { unit: string; time: number; completed: boolean }[];
}

/**
 * Counts how far each unit got through ordered steps in an event log, then computes step and
 * overall conversion, drop-off and the biggest leak with {@link funnel}. A unit's furthest step is
 * the best of its attempts, one per occurrence of the first step, each within the conversion
 * window from that first step; when the earliest attempt that went furthest met an exclusion
 * event, the unit is left out. Counts never grow along the steps.
 *
 * @example
 * funnelFromEvents(
 *   [{ unit: 'ann', time: 0, event: 'view' }, { unit: 'ann', time: 60_000, event: 'buy' }, { unit: 'bob', time: 0, event: 'view' }],
 *   [{ label: 'Viewed', events: ['view'] }, { label: 'Bought', events: ['buy'] }],
 * ).steps.map((s) => s.count); // [2, 1]
 */
export function funnelFromEvents(events: Iterable<FunnelEvent>, steps: readonly FunnelStepDefinition[], options: EventFunnelOptions = {}): EventFunnelResult {
  const log = eventLogOf(events);
  const groups = groupByUnit(log, funnelRank(log.events, steps, options), () => {});
  const { funnel, entries } = funnelOfLog(log, groups, steps, options);
  const listed = Array.from({ length: entries.size }, (_, k) => ({ unit: log.units[entries.unit[k]!]!, time: entries.time[k]!, completed: entries.completed[k] === 1 }));
  // By unit, so the list does not depend on the order of the rows.
  listed.sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return { ...funnel, entries: listed };
}
