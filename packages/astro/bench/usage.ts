// Preloaded with --import into a measured process (like packages/cli/bench/max-rss.ts): when it
// exits, writes JSON { maxRss, cpuMs, childrenCpuMs } to $JOURNEYKIT_BENCH_USAGE: its peak memory,
// its CPU time (user + system, every thread), and the CPU time of its child processes, such as
// Pagefind's indexer (Linux only, from /proc; 0 elsewhere).
import { readdirSync, writeFileSync } from 'node:fs';
import { procStat, tickMs } from './proc-stat.ts';

/** The fields of /proc/<pid>/stat after "(comm)" (see procStat). */
const statFields = (pid: string): string[] => procStat(`/proc/${pid}/stat`).fields;

/**
 * CPU time of the children: those reaped (cutime and cstime, fields 16 and 17), and those not
 * reaped yet (their own utime, stime, cutime and cstime, fields 14 to 17). A child that was
 * stopped without being waited for, as Pagefind's indexer is, is not reaped before this
 * process exits.
 */
function childrenCpuMs(): number {
  const own = statFields('self');
  let ticks = Number(own[13]) + Number(own[14]);
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    try {
      const fields = statFields(pid);
      // Field 4, the parent's pid.
      if (Number(fields[1]) === process.pid) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
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
