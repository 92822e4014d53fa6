/**
 * A calendar period in UTC: a day, an ISO week (Monday to Sunday) or a month.
 *
 * @example
 * cohortRetention(activity, { period: 'week' satisfies CalendarPeriod, mode: 'on' });
 */
export type CalendarPeriod = 'day' | 'week' | 'month';

/**
 * The granularities a dated answer can be counted in.
 *
 * @example
 * const granularity: Granularity = 'month';
 */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * The length of a period, by its label: 2026-03-31 a day, 2026-W14 a week, 2026-03 a month,
 * 2026-Q1 a quarter, 2026-H1 a half, 2026 a year.
 *
 * @example
 * const unit: PeriodUnit = 'quarter';
 */
export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

const dayMillis = 86_400_000;
// 1970-01-01 was a Thursday: counting days from the Monday 3 days before puts week boundaries on Mondays.
const daysFromMondayToEpoch = 3;
const monthsIn = { month: 1, quarter: 3, half: 6, year: 12 } as const;

/** The number of the period holding `millis`, counted from the epoch; consecutive periods differ by 1. */
export function periodIndex(millis: number, period: PeriodUnit): number {
  const day = Math.floor(millis / dayMillis);
  if (period === 'day') return day;
  if (period === 'week') return Math.floor((day + daysFromMondayToEpoch) / 7);
  return Math.floor(monthOfDay(day) / monthsIn[period]);
}

/** Months since year 0 of a day since the epoch, by arithmetic (Howard Hinnant's algorithm): no Date per event. */
function monthOfDay(day: number): number {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  // The shifted year starts in March: January and February belong to the next calendar year.
  const month = shiftedMonth < 10 ? shiftedMonth + 2 : shiftedMonth - 10;
  return (yearOfEra + era * 400 + (month <= 1 ? 1 : 0)) * 12 + month;
}

/** When the period numbered `index` starts, in milliseconds. */
export function periodStartMillis(index: number, period: PeriodUnit): number {
  if (period === 'day') return index * dayMillis;
  if (period === 'week') return (index * 7 - daysFromMondayToEpoch) * dayMillis;
  const months = index * monthsIn[period];
  const year = Math.floor(months / 12);
  return Date.UTC(year, months - year * 12, 1);
}

/**
 * The period's name as metric series write it: `2026-03-31` for a day, `2026-W14` for an ISO week
 * (numbered within the year holding its Thursday), `2026-03` for a month, `2026-Q1` for a quarter,
 * `2026-H1` for a half and `2026` for a year.
 */
export function periodLabel(index: number, period: PeriodUnit): string {
  if (period === 'day') return new Date(periodStartMillis(index, period)).toISOString().slice(0, 10);
  if (period === 'month') return new Date(periodStartMillis(index, period)).toISOString().slice(0, 7);
  if (period === 'week') return isoWeekLabel(periodStartMillis(index, period));
  const months = index * monthsIn[period];
  const year = Math.floor(months / 12);
  if (period === 'year') return String(year);
  return `${year}-${period === 'quarter' ? 'Q' : 'H'}${(months - year * 12) / monthsIn[period] + 1}`;
}

/** An ISO week's label, like 2026-W14, from its Monday: numbered within the year holding its Thursday. */
function isoWeekLabel(monday: number): string {
  const thursday = monday + 3 * dayMillis;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * dayMillis)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The period a moment falls in, labelled as metric series label periods: 2026-03-31, 2026-W14,
 * 2026-03, 2026-Q1 or 2026. UTC, weeks from Monday (ISO).
 *
 * @example
 * periodOf(Date.UTC(2026, 4, 17), 'quarter'); // '2026-Q2'
 */
export function periodOf(millis: number, granularity: Granularity): string {
  return periodLabel(periodIndex(millis, granularity), granularity);
}

/**
 * The period a label like 2026, 2026-H1, 2026-Q3, 2026-W07, 2026-03 or 2026-03-31 names, numbered
 * as {@link periodIndex} numbers them; undefined for anything else. ISO week 1 is the week holding
 * the year's first Thursday, so January 4th.
 *
 * @example
 * parsePeriodLabel('2026-Q2'); // { unit: 'quarter', index: 8105 }
 */
export function parsePeriodLabel(label: string): { unit: PeriodUnit; index: number } | undefined {
  const match = /^(\d{4})(?:-(?:H([12])|Q([1-4])|W(\d{2})|(\d{2})(?:-(\d{2}))?))?$/.exec(label);
  if (match === null) return undefined;
  const [, year, half, quarter, week, month, day] = match;
  const y = Number(year);
  if (half !== undefined) return { unit: 'half', index: y * 2 + Number(half) - 1 };
  if (quarter !== undefined) return { unit: 'quarter', index: y * 4 + Number(quarter) - 1 };
  if (week !== undefined) return { unit: 'week', index: periodIndex(Date.UTC(y, 0, 4), 'week') + Number(week) - 1 };
  if (month === undefined) return { unit: 'year', index: y };
  if (day === undefined) return { unit: 'month', index: y * 12 + Number(month) - 1 };
  return { unit: 'day', index: periodIndex(Date.UTC(y, Number(month) - 1, Number(day)), 'day') };
}

/**
 * When the period a label names starts, as a UTC timestamp; NaN for anything else. Orders series
 * whose periods mix granularities.
 *
 * @example
 * periodLabelStart('2026-W02'); // Date.UTC(2026, 0, 5)
 */
export function periodLabelStart(label: string): number {
  const period = parsePeriodLabel(label);
  return period === undefined ? Number.NaN : periodStartMillis(period.index, period.unit);
}
