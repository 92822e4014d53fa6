/**
 * The first day of a period written as 2026, 2026-H1, 2026-Q3, 2026-W07, 2026-03 or 2026-03-31,
 * as a UTC timestamp; NaN for anything else. Used to order series whose periods mix granularities.
 */
export function periodStart(period: string): number {
  const match = /^(\d{4})(?:-(?:H([12])|Q([1-4])|W(\d{2})|(\d{2})(?:-(\d{2}))?))?$/.exec(period);
  if (match === null) return Number.NaN;
  const [, year, half, quarter, week, month, day] = match;
  const y = Number(year);
  if (half !== undefined) return Date.UTC(y, (Number(half) - 1) * 6, 1);
  if (quarter !== undefined) return Date.UTC(y, (Number(quarter) - 1) * 3, 1);
  if (week !== undefined) {
    // ISO week 1 is the week with the year's first Thursday; weeks start on Monday.
    const january4 = Date.UTC(y, 0, 4);
    const mondayOfWeek1 = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * 86_400_000;
    return mondayOfWeek1 + (Number(week) - 1) * 7 * 86_400_000;
  }
  return Date.UTC(y, month === undefined ? 0 : Number(month) - 1, day === undefined ? 1 : Number(day));
}
