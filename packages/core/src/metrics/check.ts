// Input checks shared by the metrics. Metrics are pure functions called by code, so bad input is a
// programming or data error: they throw a RangeError saying what is wrong and where.

/** A value as it should appear in a message: strings quoted, numbers as written. */
export function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Throws unless `value` is a whole number of 0 or more, like a count of customers. */
export function checkCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number of 0 or more, but it is ${show(value)}.`);
  }
}

/**
 * Answers on a survey scale run over the whole numbers from `min` to `max`.
 *
 * @example
 * const scale: Scale = { min: 1, max: 7 };
 */
export interface Scale {
  /** Lowest answer. */
  min: number;
  /** Highest answer. */
  max: number;
}

/** Throws unless the scale runs between two whole numbers, min below max. */
export function checkScale(scale: Scale, metric: string): void {
  if (!Number.isSafeInteger(scale.min) || !Number.isSafeInteger(scale.max) || scale.min >= scale.max) {
    throw new RangeError(
      `The ${metric} scale must run from a whole number to a larger one, but it runs from ${show(scale.min)} to ${show(scale.max)}.`,
    );
  }
}

/** Throws unless every answer is a whole number on the scale, naming the first bad one and its index. */
export function checkAnswers(answers: readonly number[], scale: Scale, what: string): void {
  answers.forEach((answer, index) => {
    if (!Number.isInteger(answer) || answer < scale.min || answer > scale.max) {
      throw new RangeError(
        `${what} must be whole numbers from ${scale.min} to ${scale.max}, but ${show(answer)} at index ${index} is not.`,
      );
    }
  });
}
