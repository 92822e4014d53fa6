/**
 * A calendar period in UTC: a day, an ISO week (Monday to Sunday) or a month.
 *
 * @example
 * cohortRetention(activity, { period: 'week' satisfies CalendarPeriod, mode: 'on' });
 */
export type CalendarPeriod = 'day' | 'week' | 'month';

const dayMillis = 86_400_000;
// 1970-01-01 was a Thursday: counting days from the Monday 3 days before puts week boundaries on Mondays.
const daysFromMondayToEpoch = 3;

/** The number of the period holding `millis`, counted from the epoch; consecutive periods differ by 1. */
export function periodIndex(millis: number, period: CalendarPeriod): number {
  const day = Math.floor(millis / dayMillis);
  if (period === 'day') return day;
  if (period === 'week') return Math.floor((day + daysFromMondayToEpoch) / 7);
  return monthOfDay(day);
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
export function periodStartMillis(index: number, period: CalendarPeriod): number {
  if (period === 'day') return index * dayMillis;
  if (period === 'week') return (index * 7 - daysFromMondayToEpoch) * dayMillis;
  return Date.UTC(Math.floor(index / 12), index % 12, 1);
}

/**
 * The period's name as metric series write it: `2026-03-31` for a day, `2026-W14` for an ISO week
 * (numbered within the year holding its Thursday) and `2026-03` for a month.
 */
export function periodLabel(index: number, period: CalendarPeriod): string {
  const start = new Date(periodStartMillis(index, period));
  if (period === 'day') return start.toISOString().slice(0, 10);
  if (period === 'month') return start.toISOString().slice(0, 7);
  const thursday = new Date(start.getTime() + 3 * dayMillis);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * dayMillis)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
