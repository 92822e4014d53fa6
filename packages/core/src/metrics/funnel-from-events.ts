import { eventLogOf, type FunnelEvent } from './log/event-log.ts';
import type { FunnelResult } from './funnel.ts';
import { funnelOfLog, funnelRank } from './funnel-of-log.ts';
import { groupByUnit } from './log/group-by-unit.ts';
import type { SampleOptions } from './sample.ts';
import type { TimeToConvertResult } from './time-to-convert.ts';

export type { FunnelEvent } from './log/event-log.ts';

/**
 * A step of a funnel: reached when any of its events happens.
 *
 * @example
 * const step: FunnelStepDefinition = { label: 'Paid', events: ['order_completed', 'subscription_started'] };
 */
export interface FunnelStepDefinition {
  label: string;
  events: readonly string[];
}

/**
 * How events make a conversion, as PostHog and Amplitude define funnels.
 *
 * @example
 * funnelFromEvents(events, steps, { order: 'strict', windowMs: 7 * 86_400_000, exclude: ['order_cancelled'] });
 */
export interface EventFunnelOptions extends SampleOptions {
  /** sequential: steps in order, other events may come between; strict: nothing between; any: any order. */
  order?: 'sequential' | 'strict' | 'any';
  /**
   * In any order, where an attempt may start. `any` (the default, PostHog's rule): at any step's
   * event, and a unit counts at the number of distinct steps it did within the window.
   * `first-step` (Amplitude's rule): only at the first step's event, and a unit counts at the
   * steps done within the window from it up to the first one missing.
   */
  anyOrderStart?: 'any' | 'first-step';
  /** Time allowed from the first step to the last, in milliseconds; 14 days by default. */
  windowMs?: number;
  /**
   * Events that void an attempt when they happen after it starts and before it completes, within
   * the window; one at the same time as a step's event is ignored, as PostHog does. A unit whose
   * furthest attempt is voided is left out of the funnel.
   */
  exclude?: readonly string[];
}

/**
 * A funnel counted from an event log: its steps and conversions, the units left out by exclusions, and how long the units that completed it took.
 *
 * @example
 * const { steps: counted, timeToConvert, excluded }: EventFunnelResult = funnelFromEvents(events, steps);
 */
export interface EventFunnelResult extends FunnelResult {
  /** Units whose furthest attempt met an exclusion event: left out of the funnel. */
  excluded: number;
  /** From the first step to the last, for the units that completed the funnel. */
  timeToConvert: TimeToConvertResult;
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
