/**
 * How many line feeds a text holds from `start` up to `end`: the lines it moves on by, as the code
 * frames and `positionAt` count them (`\r\n` and `\n` end a line, a lone `\r` does not).
 *
 * @example
 * countNewlines('a\r\nb\nc'); // 2
 * countNewlines('a\nb\nc', 2); // 1
 */
export function countNewlines(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
