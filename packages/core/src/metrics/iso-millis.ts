// Event logs hold millions of timestamps: reading the common ISO 8601 shapes digit by digit is
// several times faster than a regular expression and Date.parse. Anything unusual falls back to them.

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?)?$/;
const dayMillis = 86_400_000;

/**
 * Milliseconds since the epoch of an ISO 8601 date or time, like `2026-03-07` or
 * `2026-03-07T09:30:00.250+01:00`; NaN for anything else, days that do not exist included.
 * Without a time zone the time is UTC, so results never depend on the machine's time zone.
 *
 * @example
 * isoMillis('2026-03-07T09:30:00Z'); // 1772875800000
 * isoMillis('2026-02-30'); // NaN
 */
export function isoMillis(text: string): number {
  const fast = fastIsoMillis(text);
  return fast === undefined ? slowIsoMillis(text) : fast;
}

/** The common shapes read digit by digit; undefined when the text needs the careful path. */
function fastIsoMillis(text: string): number | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const date = daysFromCivil(year, month, day) * dayMillis;
  if (length === 10) return date;
  const separator = text.charCodeAt(10);
  if ((separator !== 84 && separator !== 32) || length < 16 || text.charCodeAt(13) !== 58) return undefined;
  const hours = digits(text, 11, 2);
  const minutes = digits(text, 14, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  let at = 16;
  let seconds = 0;
  let millis = 0;
  if (text.charCodeAt(at) === 58) {
    seconds = digits(text, at + 1, 2);
    if (seconds < 0 || seconds > 59) return undefined;
    at += 3;
    if (text.charCodeAt(at) === 46) {
      // Date.parse keeps milliseconds: further digits are dropped, fewer are scaled up.
      let count = 0;
      for (at++; at < length && isDigit(text.charCodeAt(at)); at++, count++) if (count < 3) millis = millis * 10 + text.charCodeAt(at) - 48;
      if (count === 0) return undefined;
      for (; count < 3; count++) millis *= 10;
    }
  }
  const local = date + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
  if (at === length) return local;
  const zone = text.charCodeAt(at);
  if (zone === 90 && at + 1 === length) return local;
  if ((zone !== 43 && zone !== 45) || at + 6 !== length || text.charCodeAt(at + 3) !== 58) return undefined;
  const offsetHours = digits(text, at + 1, 2);
  const offsetMinutes = digits(text, at + 4, 2);
  if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return undefined;
  const offset = (offsetHours * 60 + offsetMinutes) * 60_000;
  return zone === 43 ? local - offset : local + offset;
}

function slowIsoMillis(text: string): number {
  const match = isoDate.exec(text);
  if (match === null) return Number.NaN;
  const [, year, month, day, time, zone] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  // Date.parse rolls 2026-02-30 over to March 2; a day that does not exist is an error instead.
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  if (time === undefined) return daysFromCivil(y, m, d) * dayMillis;
  return Date.parse(`${year}-${month}-${day}T${time}${zone ?? 'Z'}`);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The number written by `count` digits from `start`; −1 unless they are all digits. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Howard Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
