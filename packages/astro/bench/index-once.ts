// Child process of the site benchmark: indexes a built site with Pagefind again, as the
// integration does at astro:build:done, into a scratch folder, and prints JSON { ms, pages }, so
// the share of the build that is search indexing can be told apart.
// Usage: node index-once.ts <site> <scratch output>
import * as pagefind from 'pagefind';

const [site, outputPath] = process.argv.slice(2);
if (site === undefined || outputPath === undefined) throw new Error('Usage: node index-once.ts <site> <scratch output>');

const start = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
await index.writeFiles({ outputPath });
await pagefind.close();
console.log(JSON.stringify({ ms: performance.now() - start, pages: added.page_count }));
