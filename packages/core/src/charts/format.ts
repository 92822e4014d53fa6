/**
 * Rounds a number to one decimal, the precision charts show.
 *
 * @example
 * round1(62.549); // 62.5
 */
export function round1(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded; // no "-0"
}

/**
 * Writes a ratio as a percentage with at most one decimal.
 *
 * @example
 * percent(0.625); // '62.5%'
 * percent(1); // '100%'
 */
export function percent(ratio: number): string {
  return `${round1(ratio * 100)}%`;
}

/**
 * Writes a number with commas between thousands, the same on every machine (unlike `toLocaleString`).
 *
 * @example
 * formatNumber(12345.5); // '12,345.5'
 */
export function formatNumber(value: number): string {
  const [whole = '', fraction] = String(round1(Math.abs(value))).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '−' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
