/**
 * The lines of a file's text, without their line breaks (`\n` or `\r\n`). The printer splits each
 * file once, however many diagnostics point into it.
 *
 * @example
 * splitLines('a\r\nb\n'); // ['a', 'b', '']
 */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}
