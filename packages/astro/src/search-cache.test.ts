import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { endedProcessId } from '../test/ended-process.ts';
import { pathAside } from './path-aside.ts';
import { keepSearchIndex, restoreSearchIndex, siteDigest } from './search-cache.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-search-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let count = 0;

function folderWith(files: Record<string, string>): string {
  const root = join(scratch, `folder-${++count}`);
  mkdirSync(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const site = { 'index.html': '<main>Home</main>', 'a/index.html': '<main>A <!--chart 1f2e3d4c ab--></main>', 'style.css': 'p{}' };

describe('siteDigest', () => {
  it('is the same for the same pages, wherever they are', () => {
    expect(siteDigest(folderWith(site), 'v1')).toBe(siteDigest(folderWith(site), 'v1'));
  });

  it('changes with a page\'s content or path, a new page, and the identity', () => {
    const digest = siteDigest(folderWith(site), 'v1');
    expect(siteDigest(folderWith({ ...site, 'index.html': '<main>Home!</main>' }), 'v1')).not.toBe(digest);
    const { 'a/index.html': moved, ...rest } = site;
    expect(siteDigest(folderWith({ ...rest, 'b/index.html': moved }), 'v1')).not.toBe(digest);
    expect(siteDigest(folderWith({ ...site, 'c.html': '' }), 'v1')).not.toBe(digest);
    expect(siteDigest(folderWith(site), 'v2')).not.toBe(digest);
  });

  it('ignores files other than pages, and the volatile text in pages', () => {
    const digest = siteDigest(folderWith(site), 'v1', ['1f2e3d4c']);
    expect(siteDigest(folderWith({ ...site, 'style.css': 'p{color:red}' }), 'v1', ['1f2e3d4c'])).toBe(digest);
    expect(siteDigest(folderWith({ ...site, 'a/index.html': '<main>A <!--chart 99aa88bb ab--></main>' }), 'v1', ['99aa88bb'])).toBe(digest);
    // Only the volatile text: anything else that differs still counts.
    expect(siteDigest(folderWith({ ...site, 'a/index.html': '<main>A <!--chart 99aa88bb ac--></main>' }), 'v1', ['99aa88bb'])).not.toBe(digest);
  });

  it('leaves out every volatile text, wherever each occurs', () => {
    const page = (a: string, b: string) => ({ 'index.html': `<!--chart ${a} 1--><p>x</p><!--chart ${b} 2--><!--chart ${a} 3-->` });
    const digest = siteDigest(folderWith(page('aaaa1111', 'bbbb2222')), 'v1', ['aaaa1111', 'bbbb2222']);
    expect(siteDigest(folderWith(page('cccc3333', 'dddd4444')), 'v1', ['dddd4444', 'cccc3333'])).toBe(digest);
    expect(siteDigest(folderWith(page('cccc3333', 'dddd4444')), 'v1', ['cccc3333'])).not.toBe(digest);
  });

  it('tells a page\'s content from its path', () => {
    expect(siteDigest(folderWith({ 'ab.html': 'c' }), 'v1')).not.toBe(siteDigest(folderWith({ 'a.html': 'bc' }), 'v1'));
  });
});

describe('keepSearchIndex and restoreSearchIndex', () => {
  const index = folderWith({ 'pagefind.js': 'search', 'fragment/x.pf_fragment': 'bytes' });

  it('give back what was kept, with its page count', () => {
    const cache = join(scratch, `cache-${++count}`);
    keepSearchIndex(cache, 'abc', index, 12);
    const target = join(scratch, `restored-${++count}`);
    expect(restoreSearchIndex(cache, 'abc', target)).toBe(12);
    expect(readFileSync(join(target, 'fragment/x.pf_fragment'), 'utf8')).toBe('bytes');
    expect(readdirSync(target).sort()).toEqual(['fragment', 'pagefind.js']);
  });

  it('keep one entry: the last', () => {
    const cache = join(scratch, `cache-${++count}`);
    keepSearchIndex(cache, 'old', index, 1);
    mkdirSync(join(cache, `dead.${endedProcessId()}.x.partial`));
    keepSearchIndex(cache, 'new', index, 2);
    expect(readdirSync(cache)).toEqual(['new']);
    expect(restoreSearchIndex(cache, 'old', join(scratch, `restored-${++count}`))).toBeUndefined();
  });

  it('leave the entry another build is still writing', () => {
    const cache = join(scratch, `cache-${++count}`);
    const writing = pathAside(join(cache, 'other'));
    mkdirSync(writing, { recursive: true });
    keepSearchIndex(cache, 'new', index, 2);
    expect(readdirSync(cache).sort()).toEqual(['new', basename(writing)].sort());
  });

  it('restore nothing, and leave no half-copied index, from a missing or damaged entry', () => {
    const cache = join(scratch, `cache-${++count}`);
    const target = join(scratch, `restored-${++count}`);
    expect(restoreSearchIndex(cache, 'none', target)).toBeUndefined();
    keepSearchIndex(cache, 'damaged', index, 3);
    rmSync(join(cache, 'damaged', 'files'), { recursive: true });
    expect(restoreSearchIndex(cache, 'damaged', target)).toBeUndefined();
    expect(existsSync(target)).toBe(false);
    writeFileSync(join(cache, 'damaged', 'pages'), 'many');
    expect(restoreSearchIndex(cache, 'damaged', target)).toBeUndefined();
  });

  it('restore nothing over a folder that is already there, and leave it as it was', () => {
    const cache = join(scratch, `cache-${++count}`);
    keepSearchIndex(cache, 'abc', index, 4);
    const target = folderWith({ 'mine.txt': 'a file of the site' });
    expect(restoreSearchIndex(cache, 'abc', target)).toBeUndefined();
    expect(readdirSync(target)).toEqual(['mine.txt']);
  });

  it('keep nothing when the index cannot be copied', () => {
    const cache = join(scratch, `cache-${++count}`);
    keepSearchIndex(cache, 'abc', join(scratch, 'no such folder'), 1);
    expect(readdirSync(cache)).toEqual([]);
  });
});
