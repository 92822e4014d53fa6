import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { contentCache, contentKey } from './cache/content-cache.ts';
import { installedVersion } from './installed-version.ts';

/** Pages whose search result fragments share one file: a search fetches one file per result. */
const pagesPerFragmentFile = 32;

/** Bumped on any change to how the index is made, so no older index is reused. */
const indexFormat = 'search-index 1';

/** Kept indexes unused for this long are removed when a build ends. */
const kept = 30 * 24 * 60 * 60 * 1000;

/**
 * Builds the Pagefind search index of the written site in `dir` (about `pages` pages) into
 * `pagefind/` inside it, and resolves to how many pages it holds, or undefined when it was copied
 * from `cacheDir`: a build whose pages are all as a build before wrote them copies that build's
 * index instead of running Pagefind again. Only the content marked `data-pagefind-body` is indexed.
 *
 * @example
 * const indexed = await indexForSearch(fileURLToPath(dir), pages.length, cacheDir);
 */
export async function indexForSearch(dir: string, pages: number, cacheDir?: string): Promise<number | undefined> {
  // Pagefind writes a small file per page's result fragment unless told to bundle them, and the
  // files were most of its time. Bundled, a search still fetches only the files of its results.
  const maxFragments = Math.max(1, Math.ceil(pages / pagesPerFragmentFile));
  const target = join(dir, 'pagefind');
  // A site with a pagefind/ folder of its own gets the index written into it, and none cached: a
  // copy would bring that folder's files back after they were gone.
  const cache = cacheDir === undefined || existsSync(target) ? undefined : contentCache(cacheDir, '');
  try {
    // A cache that holds an index is most likely that of a build of these same pages: then telling
    // comes first, as Pagefind reading the pages meanwhile would only slow it down. Else Pagefind
    // reads them in a process of its own while this thread tells: handed the folder first, as the
    // telling holds this thread, and with it any request to Pagefind not yet sent.
    const adding = cache?.holdsEntries() ? undefined : await startAdding(dir, maxFragments);
    adding?.added.catch(() => undefined);
    const key = cache && contentKey(indexFormat, { pagefind: installedVersion('pagefind'), maxFragments, pages: pagesDigest(dir) });
    if (cache !== undefined && key !== undefined && cache.copyOut(key, target)) return undefined;
    const { index, pageCount } = await (adding ?? (await startAdding(dir, maxFragments))).added;
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    if (cache !== undefined && key !== undefined) {
      cache.keepCopy(key, target);
      cache.prune(kept);
    }
    return pageCount;
  } finally {
    await pagefind.close();
  }
}

/** A Pagefind index of every page in `dir`, not yet written, and how many pages it holds. */
interface AddedPages {
  index: pagefind.PagefindIndex;
  pageCount: number;
}

/**
 * Starts Pagefind adding every page in `dir` to a new index, and resolves once it has been asked
 * to: `added` resolves when it has.
 */
async function startAdding(dir: string, maxFragments: number): Promise<{ added: Promise<AddedPages> }> {
  const { index, errors } = await pagefind.createIndex({ maxFragments });
  if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = index.addDirectory({ path: dir }).then((response) => {
    if (response.errors.length > 0) throw new Error(`Pagefind could not index the site: ${response.errors.join('; ')}`);
    return { index, pageCount: response.page_count };
  });
  return { added };
}

/** A digest of every HTML file under `dir`, path and content, in a fixed order: the same digest, the same pages. */
function pagesDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const path of htmlFiles(dir).sort()) hash.update(`${path}\0${createHash('sha256').update(readFileSync(join(dir, path))).digest('hex')}\n`);
  return hash.digest('hex');
}

/** The paths of the HTML files under `dir`, relative to it. */
function htmlFiles(dir: string, prefix = '', found: string[] = []): string[] {
  // Synchronous on purpose: a site's pages are a folder each, and Node's asynchronous (or
  // recursive) readdir took 3 to 5 times as long as this walk.
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) htmlFiles(join(dir, entry.name), `${path}/`, found);
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}
