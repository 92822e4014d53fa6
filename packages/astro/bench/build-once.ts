// Child process of the site benchmark: builds the report site of one workspace with the built
// package, as the CLI's build command does (log level "error"), and prints JSON { ms, pages }.
// Usage: node build-once.ts <workspace> <out>
import { buildSite } from '@journeykit/astro';
import { outputStats } from './output.ts';

const [workspace, out] = process.argv.slice(2);
if (workspace === undefined || out === undefined) throw new Error('Usage: node build-once.ts <workspace> <out>');

const start = performance.now();
await buildSite({ workspace, out, logLevel: 'error' });
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, pages: outputStats(out).pages }));
