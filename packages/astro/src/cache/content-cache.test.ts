import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCache, contentKey } from './content-cache.ts';

const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), 'journeykit-cache-'));
  folders.push(made);
  return join(made, 'entries');
};
afterEach(() => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

const day = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * day);

describe('contentKey', () => {
  it('is the same for the same format and identity, and differs when either does', () => {
    const key = contentKey('chart-svg 1', { id: 'a', values: [1, 2] });
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(contentKey('chart-svg 1', { id: 'a', values: [1, 2] })).toBe(key);
    expect(contentKey('chart-svg 2', { id: 'a', values: [1, 2] })).not.toBe(key);
    expect(contentKey('chart-svg 1', { id: 'a', values: [1, 3] })).not.toBe(key);
  });
});

describe('a content cache', () => {
  it('reads back what was written, under the key and extension only', () => {
    const dir = folder();
    const cache = contentCache(dir, '.svg');
    expect(cache.has('k1')).toBe(false);
    expect(cache.read('k1')).toBeUndefined();
    cache.write('k1', '<svg>one</svg>');
    expect(cache.has('k1')).toBe(true);
    expect(cache.read('k1')).toBe('<svg>one</svg>');
    expect(readdirSync(dir)).toEqual(['k1.svg']);
  });

  it('says whether it holds an entry, not counting what an interrupted write left', () => {
    const dir = folder();
    const cache = contentCache(dir, '');
    expect(cache.holdsEntries()).toBe(false);
    mkdirSync(dir);
    writeFileSync(join(dir, 'k1.123.abc.partial'), 'half');
    expect(cache.holdsEntries()).toBe(false);
    cache.write('k1', 'whole');
    expect(cache.holdsEntries()).toBe(true);
  });

  it('leaves nothing behind when it cannot write', () => {
    const dir = folder();
    // A file where the folder would be: nothing can be written under it.
    writeFileSync(dir, 'not a folder');
    const cache = contentCache(dir, '.svg');
    cache.write('k1', '<svg/>');
    expect(cache.read('k1')).toBeUndefined();
    expect(readdirSync(join(dir, '..'))).toEqual(['entries']);
  });

  it('prunes what was not used for the given time, and what interrupted writes left', () => {
    const dir = folder();
    const cache = contentCache(dir, '.svg');
    for (const key of ['old', 'recent', 'old-but-read']) cache.write(key, key);
    writeFileSync(join(dir, 'dead.svg.123.abc.partial'), 'half');
    for (const name of ['old.svg', 'old-but-read.svg', 'dead.svg.123.abc.partial']) utimesSync(join(dir, name), daysAgo(40), daysAgo(40));
    utimesSync(join(dir, 'recent.svg'), daysAgo(2), daysAgo(2));
    expect(cache.read('old-but-read')).toBe('old-but-read');
    cache.prune(30 * day);
    expect(readdirSync(dir).sort()).toEqual(['old-but-read.svg', 'recent.svg']);
  });

  it('keeps copies of folders, and copies them out whole', () => {
    const dir = folder();
    const source = join(dir, '..', 'index');
    mkdirSync(join(source, 'fragment'), { recursive: true });
    writeFileSync(join(source, 'entry.json'), '{}');
    writeFileSync(join(source, 'fragment', 'a.pf_fragment'), 'a');
    const cache = contentCache(dir, '');
    cache.keepCopy('k1', source);
    const target = join(dir, '..', 'copied');
    expect(cache.copyOut('k1', target)).toBe(true);
    expect(readdirSync(target, { recursive: true }).map(String).sort()).toEqual(['entry.json', 'fragment', 'fragment/a.pf_fragment']);
    expect(readFileSync(join(target, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('a');
    expect(cache.copyOut('k2', join(dir, '..', 'none'))).toBe(false);
    expect(existsSync(join(dir, '..', 'none'))).toBe(false);
    // A target that exists is never written into: the copy fails and leaves it as it was.
    expect(cache.copyOut('k1', source)).toBe(false);
    expect(readdirSync(source).sort()).toEqual(['entry.json', 'fragment']);
    expect(readdirSync(dir)).toEqual(['k1']);
  });

  it('marks an entry as used at most once a day, so reading a fresh entry writes nothing', () => {
    const dir = folder();
    const cache = contentCache(dir, '.svg');
    cache.write('k1', 'x');
    const hoursAgo = new Date(Date.now() - 3 * 60 * 60 * 1000);
    utimesSync(join(dir, 'k1.svg'), hoursAgo, hoursAgo);
    cache.read('k1');
    expect(statSync(join(dir, 'k1.svg')).mtimeMs).toBe(hoursAgo.getTime());
  });
});
