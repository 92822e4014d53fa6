// Child process of the site benchmark: indexes a copy of a built site with Pagefind again, as the
// integration does at astro:build:done, and prints JSON { ms, pages }, so the share of the build
// that is search indexing can be told apart. The copy is made before the clock starts.
// Usage: node index-once.ts <site> <scratch folder>
import { cpSync, readdirSync } from 'node:fs';
import { indexForSearch } from '../src/search.ts';

const [site, scratch] = process.argv.slice(2);
if (site === undefined || scratch === undefined) throw new Error('Usage: node index-once.ts <site> <scratch folder>');

cpSync(site, scratch, { recursive: true, filter: (path) => !path.endsWith('/pagefind') });
const pages = readdirSync(scratch, { recursive: true }).filter((path) => String(path).endsWith('.html')).length;
const start = performance.now();
const indexed = await indexForSearch(scratch, pages);
console.log(JSON.stringify({ ms: performance.now() - start, pages: indexed ?? 0 }));
