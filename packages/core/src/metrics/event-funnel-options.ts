import type { SampleOptions } from './sample.ts';

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
