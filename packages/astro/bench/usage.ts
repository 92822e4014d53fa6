// Preloaded with --import into a measured process (like packages/cli/bench/max-rss.ts): when it
// exits, writes JSON { maxRss, cpuMs, childrenCpuMs } to $JOURNEYKIT_BENCH_USAGE: its peak memory,
// its CPU time (user + system, every thread), and the CPU time of its child processes, such as
// Pagefind's indexer (Linux only, from /proc; 0 elsewhere).
import { readdirSync, writeFileSync } from 'node:fs';
import { procStat, tickMs } from './proc-stat.ts';

/**
 * CPU time of the children: those reaped, and those not reaped yet (their own and their reaped
 * children's). A child that was stopped without being waited for, as Pagefind's indexer is, is
 * not reaped before this process exits.
 */
function childrenCpuMs(): number {
  let ticks = procStat('/proc/self/stat').reapedChildrenTicks;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    try {
      const child = procStat(`/proc/${pid}/stat`);
      if (child.parent === process.pid) ticks += child.cpuTicks + child.reapedChildrenTicks;
    } catch {
      // Gone meanwhile: it was not ours to wait for.
    }
  }
  return ticks * tickMs;
}

const file = process.env['JOURNEYKIT_BENCH_USAGE'];
if (file !== undefined) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    let children = 0;
    try {
      children = childrenCpuMs();
    } catch {
      // Not Linux: children unknown.
    }
    writeFileSync(file, JSON.stringify({ maxRss: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, childrenCpuMs: children }));
  });
}
