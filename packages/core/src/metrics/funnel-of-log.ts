import type { EventFunnelOptions, FunnelStepDefinition } from './event-funnel-options.ts';
import { funnel, type FunnelResult } from './funnel.ts';
import type { EventLog } from './log/event-log.ts';
import { rankByName, type UnitGroups } from './log/group-by-unit.ts';
import { timeToConvert, type TimeToConvertResult } from './time-to-convert.ts';

/**
 * A funnel counted from a log: its steps and conversions, the units left out by exclusions, and how long the units that completed it took.
 *
 * @example
 * const { excluded, timeToConvert }: LogFunnelResult = funnelOfLog(log, groups, steps).funnel;
 */
export interface LogFunnelResult extends FunnelResult {
  /** Units whose furthest attempt met an exclusion event: left out of the funnel. */
  excluded: number;
  /** From the first step to the last, for the units that completed the funnel. */
  timeToConvert: TimeToConvertResult;
}

/** When each unit that entered first reached the first step, in columns; `size` units entered. */
export interface FunnelEntries {
  size: number;
  unit: Uint32Array;
  time: Float64Array;
  completed: Uint8Array;
}

const day = 86_400_000;
const excluded = -1;
const other = -2;
const none: readonly number[] = [];

/**
 * What an event means to a funnel: the steps it reaches, an exclusion (−1), or in strict order
 * something else in between (−2); nothing for an event the funnel skips.
 *
 * @example
 * funnelCodes([{ label: 'Viewed', events: ['view'] }, { label: 'Bought', events: ['buy'] }], { exclude: ['refund'] })('refund'); // [-1]
 */
export function funnelCodes(steps: readonly FunnelStepDefinition[], options: EventFunnelOptions = {}): (event: string) => readonly number[] {
  const codes = new Map<string, number[]>();
  steps.forEach((step, index) => step.events.forEach((event) => codes.set(event, [...(codes.get(event) ?? []), index])));
  for (const event of options.exclude ?? []) codes.set(event, [excluded]);
  // Strict order cares about what comes between steps; the other orders skip unrelated events.
  return (event) => codes.get(event) ?? (options.order === 'strict' ? [other] : none);
}

/**
 * The order events at the same time are taken in by a funnel: exclusions and others first, then
 * by step, then by name.
 *
 * @example
 * const groups = groupByUnit(log, funnelRank(log.events, steps, options), () => {});
 */
export function funnelRank(events: readonly string[], steps: readonly FunnelStepDefinition[], options: EventFunnelOptions = {}): Uint32Array {
  const codesOf = funnelCodes(steps, options);
  return rankByName(events, (event) => Math.min(Number.MAX_SAFE_INTEGER, ...codesOf(event)));
}

/**
 * {@link funnelFromEvents} over a log grouped by unit (see `groupByUnit`), with each entering
 * unit's entry in columns rather than objects.
 *
 * @example
 * const { funnel, entries } = funnelOfLog(log, groups, steps, { windowMs: 30 * 86_400_000 });
 */
export function funnelOfLog(
  log: EventLog,
  groups: UnitGroups,
  steps: readonly FunnelStepDefinition[],
  options: EventFunnelOptions = {},
): { funnel: LogFunnelResult; entries: FunnelEntries } {
  const { order = 'sequential', windowMs = 14 * day, anyOrderStart = 'any' } = options;
  const codesOf = funnelCodes(steps, options);
  const eventCodes = log.events.map(codesOf);
  const count = steps.length;
  const reached = new Array<number>(count).fill(0);
  const durations: number[] = [];
  const entries: FunnelEntries = { size: 0, unit: new Uint32Array(log.units.length), time: new Float64Array(log.units.length), completed: new Uint8Array(log.units.length) };
  let voided = 0;
  // One unit's relevant events at a time, in reused lists.
  const times: number[] = [];
  const codes: (readonly number[])[] = [];
  const mixed: boolean[] = [];
  for (let u = 0; u < log.units.length; u++) {
    times.length = 0;
    codes.length = 0;
    for (let k = groups.starts[u]!; k < groups.starts[u + 1]!; k++) {
      const index = groups.order[k]!;
      const code = eventCodes[log.event[index]!]!;
      if (code.length === 0) continue;
      times.push(log.time[index]!);
      codes.push(code);
    }
    markMixedGroups(times, codes, mixed);
    const best = bestAttempt(times, codes, mixed, count, order === 'any' ? `any from ${anyOrderStart}` : order, windowMs);
    if (best === undefined) continue; // Never started an attempt: not in the funnel.
    if (best.voided) {
      voided++;
      continue;
    }
    for (let k = 0; k < best.depth; k++) reached[k]!++;
    if (best.depth === count) durations.push(best.duration);
    entries.unit[entries.size] = u;
    entries.time[entries.size] = best.start;
    entries.completed[entries.size++] = best.depth === count ? 1 : 0;
  }
  const result = funnel(steps.map((step, k) => ({ step: step.label, count: reached[k]! })), options);
  return { funnel: { ...result, excluded: voided, timeToConvert: timeToConvert(durations, options) }, entries };
}

/**
 * Marks the events of each group at the same time that are not all alike to the funnel (`mixed`),
 * as PostHog reads such a group: its step events in step order, its exclusion events ignored and,
 * in strict order, nothing in it breaking the sequence. `times` are in order.
 */
function markMixedGroups(times: readonly number[], codes: (readonly number[])[], mixed: boolean[]): void {
  mixed.length = times.length;
  for (let start = 0, end = 0; start < times.length; start = end) {
    const first = codes[start]!.join();
    let alike = true;
    for (end = start; end < times.length && times[end] === times[start]; end++) alike &&= codes[end]!.join() === first;
    for (let k = start; k < end; k++) {
      mixed[k] = !alike;
      if (!alike && codes[k]!.includes(excluded)) codes[k] = none;
    }
  }
}

/**
 * The furthest attempt of one unit, as PostHog picks it: of those that went as far, one not voided
 * before one voided, then the earliest. Undefined when it never started one; voided when an
 * exclusion event came within it. In order, and in any order from the first step, attempts start
 * at each occurrence of the first step; in any order from any step, at each event of a step.
 */
function bestAttempt(times: readonly number[], codes: readonly (readonly number[])[], mixed: readonly boolean[], count: number, order: Order, windowMs: number) {
  const anchors = order === 'any from any' ? (list: readonly number[]) => list.some((code) => code >= 0) : (list: readonly number[]) => list.includes(0);
  let best: Attempt & { start: number } | undefined;
  for (let i = 0; i < times.length; i++) {
    if (!anchors(codes[i]!)) continue;
    const attempt =
      order === 'any from any'
        ? distinctSteps(times, codes, i, count, windowMs)
        : order === 'any from first-step'
          ? stepsUpToMissing(times, codes, i, count, windowMs)
          : inOrder(times, codes, order === 'strict' ? mixed : undefined, i, count, windowMs);
    if (best === undefined || attempt.depth > best.depth || (attempt.depth === best.depth && best.voided && !attempt.voided)) best = { ...attempt, start: times[i]! };
  }
  return best;
}

/** How far an attempt went, counting steps past exclusion events, and whether one came before it completed. */
interface Attempt {
  depth: number;
  duration: number;
  voided: boolean;
}

type Order = 'sequential' | 'strict' | 'any from any' | 'any from first-step';

/** Steps in order from the anchor at `start`; in strict order (given `mixed`), until an event of a group of like events comes between. */
function inOrder(times: readonly number[], codes: readonly (readonly number[])[], mixed: readonly boolean[] | undefined, start: number, count: number, windowMs: number): Attempt {
  const strict = mixed !== undefined;
  const from = times[start]!;
  let depth = 1;
  let last = from;
  let voided = false;
  for (let j = start + 1; j < times.length && depth < count && times[j]! <= from + windowMs; j++) {
    const here = codes[j]!;
    if (here.includes(excluded)) {
      voided = true;
      // Strict: an exclusion event is also an event between the steps, which ends the attempt.
      if (strict) break;
    } else if (here.includes(depth)) [depth, last] = [depth + 1, times[j]!];
    // Strict: only the next step may follow (repeating the step just done is allowed), except
    // inside a group of unlike events at one time, whose other events PostHog ignores.
    else if (strict && !mixed[j]! && !here.includes(depth - 1)) break;
  }
  return { depth, duration: last - from, voided };
}

/** PostHog's any order: the number of distinct steps done within the window from the anchor. */
function distinctSteps(times: readonly number[], codes: readonly (readonly number[])[], start: number, count: number, windowMs: number): Attempt {
  const from = times[start]!;
  let voided = false;
  const seen = new Set<number>();
  let last = from;
  for (let j = start; j < times.length && seen.size < count && times[j]! <= from + windowMs; j++) {
    const here = codes[j]!;
    if (here.includes(excluded)) voided = true;
    const before = seen.size;
    for (const code of here) if (code >= 0) seen.add(code);
    if (seen.size > before) last = times[j]!;
  }
  return { depth: seen.size, duration: last - from, voided };
}

/** Amplitude's any order: from a first step's event, the steps done within the window up to the first one missing. */
function stepsUpToMissing(times: readonly number[], codes: readonly (readonly number[])[], start: number, count: number, windowMs: number): Attempt {
  const from = times[start]!;
  let voided = false;
  const seen = new Set<number>();
  let depth = 0;
  let last = from;
  for (let j = start; j < times.length && depth < count && times[j]! <= from + windowMs; j++) {
    const here = codes[j]!;
    if (here.includes(excluded)) voided = true;
    for (const code of here) if (code >= 0) seen.add(code);
    const before = depth;
    while (seen.has(depth)) depth++;
    if (depth > before) last = times[j]!;
  }
  return { depth, duration: last - from, voided };
}
