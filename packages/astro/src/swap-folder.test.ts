import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteWriteError } from './site-write-error.ts';
import { swapFolder } from './swap-folder.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-swap-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder holding an old site in `site/` and a new one in `.site.new`. */
function sites(): string {
  const root = mkdtempSync(join(scratch, 'root-'));
  mkdirSync(join(root, 'site'));
  writeFileSync(join(root, 'site/index.html'), 'old');
  mkdirSync(join(root, '.site.new'));
  writeFileSync(join(root, '.site.new/index.html'), 'new');
  return root;
}

describe('swapFolder', () => {
  it('puts the new folder in place and removes the old one', async () => {
    const root = sites();
    await swapFolder(join(root, '.site.new'), join(root, 'site'), join(root, '.site.old'));
    expect(readFileSync(join(root, 'site/index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['site']);
  });

  it('moves the old folder back when the new one cannot be moved in, leaving nothing hidden beside it', async () => {
    const root = sites();
    const full = Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' });
    let renames = 0;
    // The second rename, the new folder's, fails as on a full disk.
    const failing = { rm, rename: (async (from, to) => (++renames === 2 ? Promise.reject(full) : rename(from, to))) as typeof rename };
    await expect(swapFolder(join(root, '.site.new'), join(root, 'site'), join(root, '.site.old'), failing)).rejects.toBe(full);
    expect(readFileSync(join(root, 'site/index.html'), 'utf8')).toBe('old');
    expect(existsSync(join(root, '.site.old'))).toBe(false);
  });
});

describe('siteWriteError', () => {
  it('names the output folder and the cause of a file system error beside it, and leaves others alone', () => {
    const root = sites();
    const out = join(root, 'site');
    const full = Object.assign(new Error(`ENOSPC: no space left on device, copyfile 'a' -> '${root}/.site.1.x.partial/index.html'`), { code: 'ENOSPC', dest: `${root}/.site.1.x.partial/index.html` });
    expect(siteWriteError(full, out)?.message).toBe(`Cannot write the site to ${out}: the disk is full (ENOSPC). The folder keeps the site it held.`);
    const elsewhere = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: '/etc/shadow' });
    expect(siteWriteError(elsewhere, out)).toBeUndefined();
    expect(siteWriteError(new TypeError('x is undefined'), out)).toBeUndefined();
  });
});
