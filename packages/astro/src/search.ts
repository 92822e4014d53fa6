import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index of a built site into `pagefind/` inside it, and returns how
 * many pages it indexed. Only the content marked `data-pagefind-body` is indexed. `meanwhile`
 * runs once Pagefind has read every page, while it writes the index: the pages may change then
 * without changing the index.
 */
export async function indexForSearch(dir: string, meanwhile: () => Promise<unknown> = async () => {}): Promise<number> {
  // At most 1,000 result fragment files: past that, Pagefind bundles several pages' fragments in
  // one file. On 10,000 pages, writing a small file per page took half of its time.
  const { index, errors } = await pagefind.createIndex({ maxFragments: 1000 });
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
