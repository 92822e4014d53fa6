import { UTCDate } from '@date-fns/utc';
import { parse } from 'date-fns/parse';
import { isoMillis } from '../metrics/iso-millis.ts';

/** Far from any date a file holds: what date-fns fills in for what a format leaves out (the year, the time). */
const reference = new UTCDate(0);

/**
 * Reads the dates of a data file: ISO 8601 (`2026-01-14`, `2026-01-14T09:32:00+01:00`) unless the
 * source declares a `dateFormat` in date-fns tokens, like `MM/dd/yyyy hh:mm a` for
 * `01/14/2026 09:32 AM` or `dd.MM.yyyy` for `14.01.2026`, read as UTC. Gives milliseconds since
 * the epoch, or NaN for text that is not such a date (31.02.2026 included).
 *
 * @example
 * dateReader('dd.MM.yyyy')('14.01.2026'); // 1768348800000
 */
export function dateReader(dateFormat: string | undefined): (text: string) => number {
  if (dateFormat === undefined) return isoMillis;
  return (text) => parse(text, dateFormat, reference).getTime();
}

/**
 * Why a date format cannot be used, or undefined when it can. `YYYY` and `DD` are refused: in
 * date-fns they are the week-numbering year and the day of the year, almost never what an export
 * means; so are letters date-fns does not know.
 *
 * @example
 * dateFormatProblem('DD.MM.YYYY'); // 'Use `yyyy` for the year and `dd` for the day of the month: …'
 */
export function dateFormatProblem(dateFormat: string): string | undefined {
  // Text in single quotes is literal, not tokens.
  if (/[YD]/.test(dateFormat.replace(/'[^']*'/g, ''))) {
    return 'Use `yyyy` for the year and `dd` for the day of the month: `YYYY` and `DD` are the week-numbering year and the day of the year';
  }
  try {
    parse('', dateFormat, reference);
    return undefined;
  } catch (error) {
    return error instanceof RangeError ? error.message : String(error);
  }
}
