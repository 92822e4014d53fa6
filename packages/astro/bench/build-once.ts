// Child process of the site benchmark: builds the report site of one workspace with the built
// package, as the CLI's build command does (log level "error"), and prints JSON { ms, pages }.
// Usage: node build-once.ts <workspace> <out>
import module from 'node:module';
import { outputStats } from './output.ts';

// As `journeykit build` does: code compiled by an earlier run is read from disk, except in CI.
if (!process.env['CI']) module.enableCompileCache();
const { buildSite } = await import('@journeykit/astro');

const [workspace, out] = process.argv.slice(2);
if (workspace === undefined || out === undefined) throw new Error('Usage: node build-once.ts <workspace> <out>');

const start = performance.now();
await buildSite({ workspace, out, logLevel: 'error' });
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, pages: outputStats(out).pages }));
