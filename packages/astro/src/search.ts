import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pages whose search result fragments share one file: a search fetches one file per result. */
const pagesPerFragmentFile = 32;

/**
 * Builds the Pagefind search index of the written site in `dir` (about `pages` pages) into
 * `pagefind/` inside it, and resolves to how many pages it holds. Only the content marked
 * `data-pagefind-body` is indexed.
 *
 * @example
 * const indexed = await indexForSearch(fileURLToPath(dir), pages.length);
 */
export async function indexForSearch(dir: string, pages: number): Promise<number> {
  // Pagefind writes a small file per page's result fragment unless told to bundle them, and the
  // files were most of its time. Bundled, a search still fetches only the files of its results.
  const maxFragments = Math.max(1, Math.ceil(pages / pagesPerFragmentFile));
  try {
    const { index, errors } = await pagefind.createIndex({ maxFragments });
    if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
