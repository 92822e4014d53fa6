import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteWriteError } from './site-write-error.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-site-write-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('siteWriteError', () => {
  it('names the output folder and the cause of a file system error beside it, and leaves others alone', () => {
    const root = mkdtempSync(join(scratch, 'root-'));
    const out = join(root, 'site');
    // A site built before, which the failed build leaves in place.
    mkdirSync(out);
    const full = Object.assign(new Error(`ENOSPC: no space left on device, copyfile 'a' -> '${root}/.site.1.x.partial/index.html'`), { code: 'ENOSPC', dest: `${root}/.site.1.x.partial/index.html` });
    expect(siteWriteError(full, out)?.message).toBe(`Cannot write the site to ${out}: the disk is full (ENOSPC). The folder keeps the site it held.`);
    const elsewhere = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: '/etc/shadow' });
    expect(siteWriteError(elsewhere, out)).toBeUndefined();
    expect(siteWriteError(new TypeError('x is undefined'), out)).toBeUndefined();
  });
});
