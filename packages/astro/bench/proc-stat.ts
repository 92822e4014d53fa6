// Reading /proc/<pid>/stat and /proc/<pid>/task/<tid>/stat (Linux only), for the bench's CPU counts.
import { readFileSync } from 'node:fs';

/** Clock ticks are 10 ms on Linux (CLK_TCK 100). */
export const tickMs = 10;

/** What the bench reads from a stat file: the times are in clock ticks. */
export interface ProcStat {
  /** The name in the file's "(comm)". */
  comm: string;
  /** The parent's pid. */
  parent: number;
  /** CPU time of the process or thread itself: user and system. */
  cpuTicks: number;
  /** CPU time of its children that were waited for: user and system. */
  reapedChildrenTicks: number;
}

/**
 * The stat file at `path`. After "(comm)", index 0 is field 3 of the file (the state): the
 * parent's pid is field 4; utime and stime fields 14 and 15; cutime and cstime 16 and 17.
 */
export function procStat(path: string): ProcStat {
  const text = readFileSync(path, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ').map(Number);
  return {
    comm: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')),
    parent: fields[1]!,
    cpuTicks: fields[11]! + fields[12]!,
    reapedChildrenTicks: fields[13]! + fields[14]!,
  };
}
