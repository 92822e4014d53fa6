import { periodIndex, type CalendarPeriod } from './period.ts';
import type { RetentionMode } from './cohort-retention-of-log.ts';

/** An event with its time in milliseconds. */
export interface TimedEvent {
  person: string;
  millis: number;
}

/**
 * People grouped by the period of their earliest start up to `asOf`: for each cohort's period number,
 * each member's active offsets (periods after the start period with a return up to `asOf`).
 */
export function cohortMembers(
  starts: Iterable<TimedEvent>,
  returns: Iterable<TimedEvent>,
  asOf: number,
  period: CalendarPeriod,
): Map<number, Map<string, Set<number>>> {
  const startOf = new Map<string, number>();
  for (const { person, millis } of starts) {
    const known = startOf.get(person);
    if (millis <= asOf && (known === undefined || millis < known)) startOf.set(person, millis);
  }
  const cohorts = new Map<number, Map<string, Set<number>>>();
  for (const [person, millis] of startOf) {
    const cohort = periodIndex(millis, period);
    cohorts.set(cohort, (cohorts.get(cohort) ?? new Map<string, Set<number>>()).set(person, new Set()));
  }
  for (const { person, millis } of returns) {
    const start = startOf.get(person);
    if (start === undefined || millis > asOf) continue;
    const cohort = periodIndex(start, period);
    // Activity in the start period (offset 0) or before the start is not a return.
    const offset = periodIndex(millis, period) - cohort;
    if (offset >= 1) cohorts.get(cohort)?.get(person)?.add(offset);
  }
  return cohorts;
}

/** For offsets 0 to `lastOffset`, how many members count as returned; everyone counts at offset 0. */
export function returnedByOffset(activeOffsets: readonly Set<number>[], lastOffset: number, mode: RetentionMode): number[] {
  const latestOffsets = activeOffsets.map((active) => Math.max(0, ...active));
  return Array.from({ length: lastOffset + 1 }, (_, offset) => {
    if (offset === 0) return activeOffsets.length;
    if (mode === 'on') return activeOffsets.filter((active) => active.has(offset)).length;
    return latestOffsets.filter((latest) => latest >= offset).length;
  });
}
