// Runs a command and samples the CPU time of its processes, thread by thread, from /proc (Linux
// only): where the cores of a build go, phase by phase, which a CPU profile of one thread cannot
// show. Threads are grouped by name: in Node, MainThread (the JavaScript thread), WorkerThread
// (worker_threads, such as the chart thread), V8Worker (V8's own helpers: garbage collection and
// compilers) and libuv-worker (the file system); threads of other processes by their process's
// name, such as pagefind_extended. Writes a TSV to <out>: each row the sampling interval's end
// (ms from the start), then each group's share of one core in percent; on stderr, each group's
// CPU seconds.
// Usage: node cpu-timeline.ts <out.tsv> <interval ms> <command> [args...]
// e.g. node bench/cpu-timeline.ts /tmp/cold.tsv 500 node bench/build-once.ts <workspace> <out>
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { procStat, tickMs } from './proc-stat.ts';

const [out, interval, command, ...args] = process.argv.slice(2);
if (out === undefined || interval === undefined || command === undefined) throw new Error('Usage: node cpu-timeline.ts <out.tsv> <interval ms> <command> [args...]');

/** The process `root` and its descendants, alive now. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const { parent } = procStat(`/proc/${entry}/stat`);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // Ended while listed.
    }
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

const child = spawn(command, args, { stdio: 'inherit' });
const start = Date.now();
/** Each thread's CPU ticks at the last sample, by "pid/tid". */
const seen = new Map<string, number>();
const rows: { ms: number; ticks: Map<string, number> }[] = [];

function sample(): void {
  const ticks = new Map<string, number>();
  for (const pid of processTree(child.pid!)) {
    let threads: string[];
    let processName: string;
    try {
      threads = readdirSync(`/proc/${pid}/task`);
      processName = procStat(`/proc/${pid}/stat`).comm;
    } catch {
      continue;
    }
    for (const tid of threads) {
      try {
        const { comm, cpuTicks: total } = procStat(`/proc/${pid}/task/${tid}/stat`);
        const key = `${pid}/${tid}`;
        const group = processName === 'MainThread' || processName === 'node' ? comm : processName;
        ticks.set(group, (ticks.get(group) ?? 0) + total - (seen.get(key) ?? 0));
        seen.set(key, total);
      } catch {
        // Ended while listed.
      }
    }
  }
  rows.push({ ms: Date.now() - start, ticks });
}

const timer = setInterval(sample, Number(interval));
child.on('exit', (code) => {
  clearInterval(timer);
  sample();
  const groups = [...new Set(rows.flatMap((row) => [...row.ticks.keys()]))].sort();
  const lines = [['ms', 'all', ...groups].join('\t')];
  let previous = 0;
  for (const { ms, ticks } of rows) {
    const percent = (n: number) => String(Math.round(((n * tickMs) / Math.max(1, ms - previous)) * 100));
    lines.push([String(ms), percent([...ticks.values()].reduce((a, b) => a + b, 0)), ...groups.map((group) => percent(ticks.get(group) ?? 0))].join('\t'));
    previous = ms;
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  const seconds = (group: string) => (rows.reduce((sum, row) => sum + (row.ticks.get(group) ?? 0), 0) * tickMs) / 1000;
  console.error(groups.map((group) => `${group} ${seconds(group).toFixed(1)} s`).join(', '));
  process.exitCode = code ?? 1;
});
