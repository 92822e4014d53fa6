import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index of a built site into `pagefind/` inside it, and returns how
 * many pages it indexed. Only the content marked `data-pagefind-body` is indexed.
 */
export async function indexForSearch(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
