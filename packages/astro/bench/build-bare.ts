// Child process of the site benchmark: builds a bare Astro project (see bare-project.ts) with
// Astro's programmatic build, and prints JSON { ms, cpuMs, pages }, cpuMs being the CPU time of
// the build call in every thread of the process. With a concurrency, Astro renders that many pages
// at a time, as `journeykit build` has it do; without, one (Astro's default).
// Usage: node build-bare.ts <project root> [concurrency]
import module from 'node:module';
import { join, resolve } from 'node:path';
import { outputStats } from './output.ts';

// As `astro build` does: code compiled by an earlier run is read from disk, except in CI.
if (!process.env['CI']) module.enableCompileCache();
const { build } = await import('astro');

const [project, concurrency] = process.argv.slice(2);
if (project === undefined) throw new Error('Usage: node build-bare.ts <project root> [concurrency]');
const root = resolve(project);
const out = join(root, 'dist');
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

const cpuBefore = process.cpuUsage();
const start = performance.now();
// As buildSite does: Astro writes prerender chunks under the working folder.
process.chdir(root);
await build({ root, configFile: false, outDir: out, logLevel: 'error', devToolbar: { enabled: false }, ...(concurrency === undefined ? {} : { build: { concurrency: Number(concurrency) } }) });
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, pages: outputStats(out).pages }));
