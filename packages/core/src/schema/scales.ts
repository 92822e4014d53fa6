import * as z from 'zod';

/**
 * The numeric scales of pain points and opportunities, with the number each word stands for.
 * Words keep their order on the scale, so `critical` is the top of severity and `low` effort is
 * below `medium`; the numbers left between and beyond them are for teams that score finer.
 *
 * @example
 * numericScales.severity; // { min: 1, max: 5, words: { low: 2, medium: 3, high: 4, critical: 5 } }
 */
export const numericScales = {
  severity: { min: 1, max: 5, words: { low: 2, medium: 3, high: 4, critical: 5 } },
  customerValue: { min: 0, max: 100, words: { low: 25, medium: 50, high: 75 } },
  businessValue: { min: 0, max: 100, words: { low: 25, medium: 50, high: 75 } },
  effort: { min: 1, max: 5, words: { low: 2, medium: 3, high: 4 } },
} as const;

/**
 * A field scored on one of {@link numericScales}: `severity`, `customerValue`, `businessValue` or `effort`.
 *
 * @example
 * const field: ScaleField = 'effort';
 */
export type ScaleField = keyof typeof numericScales;

/** The words a scale accepts, like `'low' | 'medium' | 'high'`. */
type WordOf<F extends ScaleField> = keyof (typeof numericScales)[F]['words'] & string;

/**
 * The number a scored field stands for on its scale, whether the author wrote a word or a number.
 *
 * @example
 * scaleValue('severity', 'high'); // 4
 * scaleValue('severity', 3); // 3
 * scaleValue('customerValue', 'medium'); // 50
 */
export function scaleValue<F extends ScaleField>(field: F, value: WordOf<F> | number): number {
  if (typeof value === 'number') return value;
  return (numericScales[field].words as Record<string, number>)[value]!;
}

/**
 * A score of a field: one of the scale's words, or a whole number on it.
 * Numbers are whole because prioritisation frameworks score in steps, and a step is what authors compare.
 */
export function scoreOn<F extends ScaleField>(field: F, words: readonly [WordOf<F>, ...WordOf<F>[]], description: string) {
  const { min, max } = numericScales[field];
  const mapping = words.map((word) => `${word} = ${scaleValue(field, word)}`).join(', ');
  return z
    .union([z.enum(words), z.number().int().min(min).max(max)])
    .meta({ description: `${description} A word, or a whole number from ${min} to ${max} (${mapping}).` });
}

/**
 * A severity as readers see it: the word as written, or the number with the top of its scale.
 *
 * @example
 * severityLabel('high'); // 'high'
 * severityLabel(4); // '4 of 5'
 */
export function severityLabel(severity: WordOf<'severity'> | number): string {
  return typeof severity === 'number' ? `${severity} of ${numericScales.severity.max}` : severity;
}
