import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asideOfRunningProcess, pathAside } from './path-aside.ts';

/**
 * A digest of every HTML file of a built site, path and content, in a fixed order: the same
 * digest means the same pages, so the same search index. `volatile` holds text that differs from
 * build to build without changing what Pagefind indexes (the tokens in chart placeholders, which
 * are comments): it is left out of the content.
 */
export function siteDigest(dir: string, identity: string, volatile: readonly string[] = []): string {
  const skip = volatile.filter((text) => text !== '').map((text) => Buffer.from(text));
  const hash = createHash('sha256').update(identity).update('\n');
  // Synchronous on purpose: a site's pages are a directory each, and Node's asynchronous (or
  // recursive) readdir took 3 to 5 times as long as this walk.
  for (const path of htmlFiles(dir).sort()) hash.update(`${path}\0${contentDigest(readFileSync(join(dir, path)), skip)}\n`);
  return hash.digest('hex');
}

/** The paths of the HTML files under `dir`, relative to it. */
function htmlFiles(dir: string, prefix = '', found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) htmlFiles(join(dir, entry.name), `${path}/`, found);
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}

function contentDigest(bytes: Buffer, skip: readonly Buffer[]): string {
  const cuts: [start: number, end: number][] = [];
  for (const text of skip) {
    for (let at = bytes.indexOf(text); at !== -1; at = bytes.indexOf(text, at + text.length)) cuts.push([at, at + text.length]);
  }
  cuts.sort(([a], [b]) => a - b);
  const hash = createHash('sha256');
  let from = 0;
  for (const [start, end] of cuts) {
    if (start < from) continue;
    hash.update(bytes.subarray(from, start));
    from = end;
  }
  return hash.update(bytes.subarray(from)).digest('hex');
}

/** What the cache keeps of an index: its files, and how many pages it holds. */
const filesFolder = 'files';
const pagesFile = 'pages';

/**
 * Copies the search index kept under `digest` into `target`, a folder that must not exist yet,
 * and returns its page count. Returns undefined when there is none, when `target` exists (the
 * site may have files of its own there, which Pagefind writes beside), or when the entry cannot be
 * read whole (what was copied is then removed again).
 */
export function restoreSearchIndex(cacheDir: string, digest: string, target: string): number | undefined {
  const entry = join(cacheDir, digest);
  if (existsSync(target)) return undefined;
  try {
    const pages = Number(readFileSync(join(entry, pagesFile), 'utf8'));
    if (!Number.isInteger(pages)) return undefined;
    copyFolder(join(entry, filesFolder), target);
    return pages;
  } catch {
    rmSync(target, { recursive: true, force: true });
    return undefined;
  }
}

/**
 * Keeps a copy of the search index in `source` under `digest`, in place of any kept before: one
 * entry per cache folder. Written aside and renamed, so no build reads half an entry. Best effort: a
 * cache that cannot be written only means the next build indexes again.
 */
export function keepSearchIndex(cacheDir: string, digest: string, source: string, pages: number): void {
  const partial = pathAside(join(cacheDir, digest));
  try {
    mkdirSync(partial, { recursive: true });
    copyFolder(source, join(partial, filesFolder));
    writeFileSync(join(partial, pagesFile), String(pages));
    rmSync(join(cacheDir, digest), { recursive: true, force: true });
    renameSync(partial, join(cacheDir, digest));
    // Older entries, and partial ones of builds that died; not those another build is writing.
    for (const name of readdirSync(cacheDir)) {
      if (name !== digest && !asideOfRunningProcess(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
    }
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
}

/**
 * Copies a folder into `target`, which must not exist yet. Synchronous, as a search index is many
 * small files and the asynchronous `cp` took five times as long; not `cpSync`, whose native copy
 * aborts the process when a folder changes meanwhile (nodejs/node#63970), as a cache entry may
 * when another build replaces it: here that throws, as any file system error.
 */
function copyFolder(source: string, target: string): void {
  mkdirSync(target);
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (entry.isDirectory()) copyFolder(join(source, entry.name), join(target, entry.name));
    else copyFileSync(join(source, entry.name), join(target, entry.name));
  }
}
