// Preloaded with --import into the measured process: reports its peak memory when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env['JOURNEYKIT_BENCH_RSS'];
if (file !== undefined) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
