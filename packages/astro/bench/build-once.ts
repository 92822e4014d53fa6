// Child process of the site benchmark: builds the report site of one workspace with the built
// package, as the CLI's build command does (log level "error"), and prints JSON { ms, cpuMs, pages },
// cpuMs being the CPU time of the build call in every thread of the process (Pagefind's indexer, a
// process of its own, is not counted).
// Usage: node build-once.ts <workspace> <out>
import module from 'node:module';
import { outputStats } from './output.ts';

// As `journeykit build` does: code compiled by an earlier run is read from disk, except in CI.
if (!process.env['CI']) module.enableCompileCache();
const { buildSite } = await import('@journeykit/astro');

const [workspace, out] = process.argv.slice(2);
if (workspace === undefined || out === undefined) throw new Error('Usage: node build-once.ts <workspace> <out>');

const cpuBefore = process.cpuUsage();
const start = performance.now();
await buildSite({ workspace, out, logLevel: 'error' });
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, pages: outputStats(out).pages }));
