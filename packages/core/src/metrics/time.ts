import { isoMillis } from './iso-millis.ts';

/**
 * A moment in time: a Date, or an ISO 8601 string like `2026-03-07` or `2026-03-07T09:30:00Z`.
 *
 * @example
 * const times: Instant[] = ['2026-03-07', '2026-03-07T09:30:00Z', new Date()];
 */
export type Instant = Date | string;

/**
 * Milliseconds since the epoch of a Date or an ISO 8601 string; throws a RangeError naming `where` otherwise.
 * Strings without a time zone are read as UTC, so results never depend on the machine's time zone.
 */
export function toMillis(value: Instant, where: string): number {
  const millis = value instanceof Date ? value.getTime() : typeof value === 'string' ? isoMillis(value) : Number.NaN;
  if (!Number.isFinite(millis)) {
    throw new RangeError(
      `${where} must be a valid Date or an ISO 8601 date like 2026-03-07 or 2026-03-07T09:30:00Z, but it is ${showInstant(value)}.`,
    );
  }
  return millis;
}

function showInstant(value: unknown): string {
  if (value instanceof Date) return 'an invalid Date';
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
