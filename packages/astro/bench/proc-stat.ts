// Reading /proc/<pid>/stat and /proc/<pid>/task/<tid>/stat (Linux only), for the bench's CPU counts.
import { readFileSync } from 'node:fs';

/** Clock ticks are 10 ms on Linux (CLK_TCK 100). */
export const tickMs = 10;

/**
 * The stat file at `path`: the name in its "(comm)", and its fields after it. State is field 3 of
 * the file, so index 0 of `fields`; utime and stime, fields 14 and 15, are indexes 11 and 12.
 */
export function procStat(path: string): { comm: string; fields: string[] } {
  const text = readFileSync(path, 'utf8');
  return { comm: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')), fields: text.slice(text.lastIndexOf(')') + 2).split(' ') };
}
