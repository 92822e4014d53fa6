import { toMillis, type Instant } from './time.ts';

/**
 * One interaction of a person with the company, on a channel and optionally at a named touchpoint.
 *
 * @example
 * const touch: Touch = { time: '2026-03-01', channel: 'paid-ads', touchpoint: 'video-ad' };
 */
export interface Touch {
  time: Instant;
  /** The channel it happened on, like `email` or `paid-ads`. */
  channel: string;
  /** The touchpoint's id, when known. */
  touchpoint?: string;
  /** Whether the person came directly (typed the address, opened the app) rather than through a channel. */
  direct?: boolean;
}

/** A touch with its time in milliseconds. */
export interface TimedTouch extends Touch {
  millis: number;
}

/**
 * The touches strictly before `before` (all of them when it is undefined), in time order.
 * Ties are broken by channel, then touchpoint, so the order never depends on the input's order.
 */
export function touchesBefore(touches: readonly Touch[], before: number | undefined, where: string): TimedTouch[] {
  return touches
    .map((touch, index) => ({ ...touch, millis: toMillis(touch.time, `The time of touch ${index} of ${where}`) }))
    .filter((touch) => before === undefined || touch.millis < before)
    .sort(byTimeThenName);
}

function byTimeThenName(a: TimedTouch, b: TimedTouch): number {
  return a.millis - b.millis || compareText(a.channel, b.channel) || compareText(a.touchpoint ?? '', b.touchpoint ?? '');
}

/** Orders strings by code unit, the same on every machine whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
