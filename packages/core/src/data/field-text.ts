/**
 * The characters trimmed from both ends of a CSV field: ASCII whitespace (space, tab, line feed,
 * vertical tab, form feed, carriage return), as code points. The SQL dialects trim the same set
 * (see `SqlDialect.trim`), so a field reads the same in TypeScript and in a warehouse; other
 * spaces (no-break space, …) are text.
 *
 * @example
 * String.fromCodePoint(...fieldWhitespace); // ' \t\n\v\f\r'
 */
export const fieldWhitespace = [32, 9, 10, 11, 12, 13] as const;

const ends = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;

/**
 * A CSV field without the {@link fieldWhitespace} at its ends.
 *
 * @example
 * fieldText(' 9\t\r'); // '9'
 * fieldText('\u00a09'); // '\u00a09': a no-break space is text
 */
export function fieldText(text: string): string {
  return text.replace(ends, '');
}

/**
 * The longest text read as a number, and the most digits of its exponent: enough for any real
 * export, and few enough that every SQL engine can read the text exactly before it rounds it.
 */
export const decimalLimits = { length: 1000, exponentDigits: 4 } as const;

/**
 * What a number in a CSV field looks like: decimal digits with an optional sign, fraction and
 * exponent, like `9`, `-2.5`, `.5`, `5.` or `1e3`; never hexadecimal (`0x9`), binary, `Infinity`
 * or digits with separators. The SQL dialects match the same pattern.
 *
 * @example
 * new RegExp(decimalPattern).test('0x9'); // false
 */
export const decimalPattern = `^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]{1,${decimalLimits.exponentDigits}})?$`;
const decimal = new RegExp(decimalPattern);

/**
 * The number a field holds (trimmed as {@link fieldText}), or undefined when it is not a
 * {@link decimalPattern decimal number} of at most {@link decimalLimits} characters, or its value
 * is beyond the range of a double (a value too small for one is 0).
 *
 * @example
 * decimalNumber(' 9\t'); // 9
 * decimalNumber('0x9'); // undefined
 * decimalNumber('1e400'); // undefined
 */
export function decimalNumber(field: string): number | undefined {
  const text = fieldText(field);
  if (text.length > decimalLimits.length || !decimal.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
