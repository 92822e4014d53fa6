/**
 * A moment in time: a Date, or an ISO 8601 string like `2026-03-07` or `2026-03-07T09:30:00Z`.
 *
 * @example
 * const times: Instant[] = ['2026-03-07', '2026-03-07T09:30:00Z', new Date()];
 */
export type Instant = Date | string;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Milliseconds since the epoch of a Date or an ISO 8601 string; throws a RangeError naming `where` otherwise.
 * Strings without a time zone are read as UTC, so results never depend on the machine's time zone.
 */
export function toMillis(value: Instant, where: string): number {
  const millis = value instanceof Date ? value.getTime() : parseIso(value);
  if (!Number.isFinite(millis)) {
    throw new RangeError(
      `${where} must be a valid Date or an ISO 8601 date like 2026-03-07 or 2026-03-07T09:30:00Z, but it is ${showInstant(value)}.`,
    );
  }
  return millis;
}

function parseIso(text: unknown): number {
  const match = typeof text === 'string' ? isoDate.exec(text) : null;
  if (match === null) return Number.NaN;
  const [, year, month, day, time, zone] = match;
  // Date.parse rolls 2026-02-30 over to March 2; a day that does not exist is an error instead.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return Number.NaN;
  if (time === undefined) return date.getTime();
  return Date.parse(`${year}-${month}-${day}T${time}${zone ?? 'Z'}`);
}

function showInstant(value: unknown): string {
  if (value instanceof Date) return 'an invalid Date';
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
