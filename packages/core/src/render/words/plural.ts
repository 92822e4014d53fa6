// English plural rules, from the platform: Intl.PluralRules knows that 1 takes the singular and
// 0, 1.5 and 2 the plural, so no sentence decides it by hand.
const rules = new Intl.PluralRules('en');

/**
 * The form of a word for a count: `one` when English uses the singular, else `other` (by default
 * `one` with an "s").
 *
 * @example
 * plural(1, 'answers', 'answer'); // 'answers'
 * plural(2, 'opportunity', 'opportunities'); // 'opportunities'
 */
export function plural(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other;
}

/**
 * A count with its noun in the right form: "1 journey", "2 journeys", "0 opportunities".
 *
 * @example
 * countOf(1, 'opportunity', 'opportunities'); // '1 opportunity'
 * countOf(3, 'step'); // '3 steps'
 */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${count} ${plural(count, one, other)}`;
}
