import type { FunnelEvent } from '../src/metrics/funnel-from-events.ts';
import { seededRandom } from './random.ts';

/** How to generate an event log: people walking through steps, with noise, repeats and ties. */
export interface EventLogOptions {
  seed: number;
  people: number;
  /** The events of each step, in order; a person reaches each next step with probability `advance`. */
  steps: readonly (readonly string[])[];
  /** Other events sprinkled in, like page views; exclusion events can be among them. */
  noise?: readonly string[];
  advance?: number;
  /** Time grid in milliseconds: a coarse one makes ties in timestamps. */
  grain?: number;
  /** Largest gap between a person's events, in milliseconds. */
  maxGap?: number;
  start?: number;
}

/**
 * A seeded event log: each person walks the steps in order, sometimes out of order, repeating
 * events, with noise events between and timestamps on a grid so that some coincide. Sorted by time.
 */
export function eventLog(options: EventLogOptions): FunnelEvent[] {
  const { seed, people, steps, noise = [], advance = 0.7, grain = 3_600_000, maxGap = 5 * 86_400_000, start = Date.UTC(2026, 0, 1) } = options;
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const events: FunnelEvent[] = [];
  for (let p = 0; p < people; p++) {
    const unit = `u${String(p).padStart(4, '0')}`;
    let time = start + Math.floor((random() * 120 * 86_400_000) / grain) * grain;
    const push = (event: string) => events.push({ unit, time, event });
    const attempts = 1 + Math.floor(random() * 2);
    for (let a = 0; a < attempts; a++) {
      for (const [k, step] of steps.entries()) {
        if (k > 0 && random() > advance) break;
        time += Math.floor((random() * maxGap) / grain) * grain;
        push(random() < 0.1 && k + 1 < steps.length ? pick(steps[k + 1]!) : pick(step));
        if (random() < 0.25) push(pick(step)); // a repeat, often at the same time
        if (noise.length > 0 && random() < 0.3) push(pick(noise));
      }
    }
  }
  return events.sort((a, b) => a.time - b.time || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}
