// Preloaded with --import into a measured process (like packages/cli/bench/max-rss.ts): when it
// exits, writes JSON { maxRss, cpuMs, childrenCpuMs } to $JOURNEYKIT_BENCH_USAGE: its peak memory,
// its CPU time (user + system, every thread), and the CPU time of the child processes it waited
// for, such as Pagefind's indexer (Linux only, from /proc/self/stat; 0 elsewhere).
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env['JOURNEYKIT_BENCH_USAGE'];
if (file !== undefined) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    let childrenCpuMs = 0;
    try {
      // Fields after "(comm)": state is field 3, cutime and cstime are fields 16 and 17, in clock
      // ticks, which are 10 ms on Linux (CLK_TCK 100).
      const stat = readFileSync('/proc/self/stat', 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      childrenCpuMs = (Number(fields[13]) + Number(fields[14])) * 10;
    } catch {
      // Not Linux: children unknown.
    }
    writeFileSync(file, JSON.stringify({ maxRss: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, childrenCpuMs }));
  });
}
