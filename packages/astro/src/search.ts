import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { installedVersion } from './installed-version.ts';
import { keepSearchIndex, restoreSearchIndex, siteDigest } from './search-cache.ts';

/** Pages whose search result fragments share one file: a search fetches one file per result. */
const pagesPerFragmentFile = 32;

// Part of every cache key: bump on any change to how the index is made.
const searchVersion = 1;

export interface SearchIndexOptions {
  /**
   * Where the index of the last build is kept: a rebuild whose pages are all the same as then
   * copies it instead of running Pagefind again.
   */
  cacheDir?: string | undefined;
  /** Text in the pages that differs from build to build without changing the index (see `siteDigest`). */
  volatile?: readonly string[] | undefined;
  /**
   * Runs once the index no longer depends on the pages, beside the writing of the index: the
   * pages may change then without changing the index.
   */
  meanwhile?: () => Promise<unknown>;
}

/**
 * Builds the Pagefind search index of a built site of about `pages` pages into `pagefind/`
 * inside it, or copies it from the cache, and says how many pages it holds and whether it was
 * copied. Only the content marked `data-pagefind-body` is indexed.
 */
export async function indexForSearch(dir: string, pages: number, options: SearchIndexOptions = {}): Promise<{ pages: number; cached: boolean }> {
  const { cacheDir, volatile, meanwhile = async () => {} } = options;
  const target = join(dir, 'pagefind');
  // Pagefind writes a small file per page's result fragment unless told to bundle them, and the
  // files were most of its time. Bundled, a search still fetches only the files of its results.
  const maxFragments = Math.max(1, Math.ceil(pages / pagesPerFragmentFile));
  const identity = `journeykit search ${searchVersion}, pagefind ${installedVersion('pagefind')}, maxFragments ${maxFragments}`;
  // A site with a pagefind/ folder of its own gets the index written into it, as always, and
  // none cached: a copy would bring that folder's files back after they were gone.
  const ownFolder = existsSync(target);
  const { index, errors } = await pagefind.createIndex({ maxFragments });
  if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Pagefind reads the pages in a process of its own while this thread works out whether the
    // index kept from the last build is theirs: the digest reads every page too, 60–90 ms at 100
    // journeys and 0.6–2 s at 1,000, which used to come before Pagefind's own time.
    const adding = index.addDirectory({ path: dir });
    adding.catch(() => undefined);
    const cache = cacheDir === undefined || ownFolder ? undefined : { dir: cacheDir, digest: siteDigest(dir, identity, volatile) };
    const kept = cache === undefined ? undefined : restoreSearchIndex(cache.dir, cache.digest, target);
    if (kept !== undefined) {
      await pagefind.close();
      await meanwhile();
      return { pages: kept, cached: true };
    }
    const added = await adding;
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const [written] = await Promise.all([index.writeFiles({ outputPath: target }), meanwhile()]);
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    if (cache !== undefined) keepSearchIndex(cache.dir, cache.digest, target, added.page_count);
    return { pages: added.page_count, cached: false };
  } finally {
    await pagefind.close();
  }
}
