import { funnel, type FunnelResult } from './funnel.ts';
import type { SampleOptions } from './sample.ts';
import { timeToConvert, type TimeToConvertResult } from './time-to-convert.ts';

/**
 * One event of an analytics export: who (the counting unit), when (epoch milliseconds) and what.
 *
 * @example
 * const event: FunnelEvent = { unit: 'ann', time: Date.parse('2026-03-01T10:00:00Z'), event: 'checkout_started' };
 */
export interface FunnelEvent {
  unit: string;
  time: number;
  event: string;
}

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
  /** Time allowed from the first step to the last, in milliseconds; 14 days by default. */
  windowMs?: number;
  /** Events that void an attempt when they happen after it starts and before it completes, within the window. */
  exclude?: readonly string[];
}

/**
 * A funnel counted from an event log: its steps and conversions, the units left out by exclusions, and how long the units that completed it took.
 *
 * @example
 * const { steps: counted, timeToConvert, excluded }: EventFunnelResult = funnelFromEvents(events, steps);
 */
export interface EventFunnelResult extends FunnelResult {
  /** Units whose every attempt met an exclusion event: left out of the funnel. */
  excluded: number;
  /** From the first step to the last, for the units that completed the funnel. */
  timeToConvert: TimeToConvertResult;
  /** When each unit that entered first reached the first step, for grouping by period. */
  entries: { unit: string; time: number; completed: boolean }[];
}

const day = 86_400_000;
const excluded = -1;
const other = -2;

/**
 * Counts how far each unit got through ordered steps in an event log, then computes step and
 * overall conversion, drop-off and the biggest leak with {@link funnel}. A unit's furthest step is
 * the best of its attempts, one per occurrence of the first step, each within the conversion
 * window from that first step. Counts never grow along the steps.
 *
 * @example
 * funnelFromEvents(
 *   [{ unit: 'ann', time: 0, event: 'view' }, { unit: 'ann', time: 60_000, event: 'buy' }, { unit: 'bob', time: 0, event: 'view' }],
 *   [{ label: 'Viewed', events: ['view'] }, { label: 'Bought', events: ['buy'] }],
 * ).steps.map((s) => s.count); // [2, 1]
 */
export function funnelFromEvents(events: Iterable<FunnelEvent>, steps: readonly FunnelStepDefinition[], options: EventFunnelOptions = {}): EventFunnelResult {
  const { order = 'sequential', windowMs = 14 * day, exclude = [] } = options;
  const codes = new Map<string, number[]>();
  steps.forEach((step, index) => step.events.forEach((event) => codes.set(event, [...(codes.get(event) ?? []), index])));
  for (const event of exclude) codes.set(event, [excluded]);

  // Per unit, the events that matter (all of them for strict order, which cares about what comes between).
  const byUnit = new Map<string, { time: number; codes: number[] }[]>();
  for (const { unit, time, event } of events) {
    const code = codes.get(event) ?? (order === 'strict' ? [other] : undefined);
    if (code === undefined) continue;
    let list = byUnit.get(unit);
    if (list === undefined) byUnit.set(unit, (list = []));
    list.push({ time, codes: code });
  }

  const reached = new Array<number>(steps.length).fill(0);
  const durations: number[] = [];
  const entries: EventFunnelResult['entries'] = [];
  let voided = 0;
  for (const unit of [...byUnit.keys()].sort()) {
    const list = byUnit.get(unit)!.sort((a, b) => a.time - b.time || Math.min(...a.codes) - Math.min(...b.codes));
    const best = bestAttempt(list, steps.length, order, windowMs);
    if (best === undefined) continue; // Never did the first step: not in the funnel.
    if (best.depth === 0) {
      voided++;
      continue;
    }
    for (let k = 0; k < best.depth; k++) reached[k]!++;
    if (best.depth === steps.length) durations.push(best.duration);
    entries.push({ unit, time: best.start, completed: best.depth === steps.length });
  }
  const result = funnel(steps.map((step, k) => ({ step: step.label, count: reached[k]! })), options);
  return { ...result, excluded: voided, timeToConvert: timeToConvert(durations, options), entries };
}

type Relevant = { time: number; codes: number[] };

/**
 * The furthest attempt of one unit: undefined when it never did the first step, depth 0 when every
 * attempt met an exclusion event. In order, attempts start at each occurrence of the first step;
 * in any order, at each event of a step, and count the steps done within the window after it.
 */
function bestAttempt(list: readonly Relevant[], count: number, order: string, windowMs: number) {
  if (!list.some((event) => event.codes.includes(0))) return undefined;
  let best = { depth: 0, start: list[0]!.time, duration: 0 };
  list.forEach((anchor, i) => {
    if (order === 'any' ? anchor.codes.every((code) => code < 0) : !anchor.codes.includes(0)) return;
    const attempt = order === 'any' ? anyOrder(list, i, count, windowMs) : inOrder(list, i, count, windowMs, order === 'strict');
    if (attempt.depth > best.depth) best = { ...attempt, start: anchor.time };
  });
  return best;
}

function inOrder(list: readonly Relevant[], start: number, count: number, windowMs: number, strict: boolean) {
  const from = list[start]!.time;
  let depth = 1;
  let last = from;
  for (let j = start + 1; j < list.length && depth < count && list[j]!.time <= from + windowMs; j++) {
    const { codes, time } = list[j]!;
    if (codes.includes(excluded)) return { depth: 0, duration: 0 };
    if (codes.includes(depth)) [depth, last] = [depth + 1, time];
    // Strict: only the next step may follow (repeating the step just done is allowed).
    else if (strict && !codes.includes(depth - 1)) break;
  }
  return { depth, duration: last - from };
}

function anyOrder(list: readonly Relevant[], start: number, count: number, windowMs: number) {
  const from = list[start]!.time;
  const seen = new Set<number>();
  let depth = 0;
  let last = from;
  for (let j = start; j < list.length && depth < count && list[j]!.time <= from + windowMs; j++) {
    const { codes, time } = list[j]!;
    if (codes.includes(excluded)) return { depth: 0, duration: 0 };
    for (const code of codes) seen.add(code);
    const before = depth;
    while (seen.has(depth)) depth++;
    if (depth > before) last = time;
  }
  return { depth, duration: last - from };
}
