// pnpm --filter @journeykit/core run bench: writes event logs of 1 and 10 million rows and measures
// the funnel and cohort retention through loadWorkspace, each in a new process: time, events per
// second and peak memory. bench/sql.ts puts the SQL engines beside these figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeEventLog } from './event-log.ts';
import { measureTypeScript, type Measurement } from './measure-typescript.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const scratch = mkdtempSync(join(tmpdir(), 'journeykit-events-bench-'));
const measured: Measurement[] = [];
try {
  for (const count of sizes.length > 0 ? sizes : [1_000_000, 10_000_000]) {
    const log = await writeEventLog(join(scratch, `events-${count}.csv`), count);
    for (const kind of ['funnel', 'retention'] as const) measured.push(measureTypeScript(log, kind));
    rmSync(log.file);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`Event log → funnel (with conversion per month and attribution) or monthly cohort retention, through loadWorkspace; Node ${process.version}\n`);
console.log('| computes | events | time | events/s | peak memory (RSS) | people counted |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const m of measured) {
  console.log(`| ${m.kind} | ${m.events.toLocaleString('en')} | ${m.seconds.toFixed(1)} s | ${Math.round(m.eventsPerSecond).toLocaleString('en')} | ${m.peakMiB.toFixed(0)} MiB | ${m.people.toLocaleString('en')} |`);
}
