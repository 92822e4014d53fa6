import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pages whose search result fragments share one file: a search fetches one file per result. */
const pagesPerFragmentFile = 32;

/**
 * Builds the Pagefind search index of a built site of about `pages` pages into `pagefind/`
 * inside it, and returns how many pages it indexed. Only the content marked `data-pagefind-body`
 * is indexed. `meanwhile` runs once Pagefind has read every page, while it writes the index: the
 * pages may change then without changing the index.
 */
export async function indexForSearch(dir: string, pages: number, meanwhile: () => Promise<unknown> = async () => {}): Promise<number> {
  // Pagefind writes a small file per page's result fragment unless told to bundle them, and the
  // files were most of its time. Bundled, a search still fetches only the files of its results.
  const maxFragments = Math.max(1, Math.ceil(pages / pagesPerFragmentFile));
  const { index, errors } = await pagefind.createIndex({ maxFragments });
  if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const [written] = await Promise.all([index.writeFiles({ outputPath: join(dir, 'pagefind') }), meanwhile()]);
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
