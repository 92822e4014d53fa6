import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadWorkspace } from '@journeykit/core/node';
import { afterAll, describe, expect, it } from 'vitest';
import { endedProcessId } from '../test/ended-process.ts';
import { pathAside } from './path-aside.ts';
import { workspaceCacheIn } from './workspace-cache.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-workspace-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('workspaceCacheIn', () => {
  it('gives back what it kept, and nothing for a key it does not hold', async () => {
    const cache = workspaceCacheIn(join(scratch, 'a', 'workspace'));
    expect(await cache.get('k1')).toBeUndefined();
    await cache.set('k1', '{"entry":1}');
    expect(await cache.get('k1')).toBe('{"entry":1}');
    expect(await cache.get('k2')).toBeUndefined();
  });

  it('keeps one entry: the last, with no partial file left beside it', async () => {
    const dir = join(scratch, 'b');
    mkdirSync(dir);
    writeFileSync(join(dir, `old.json.${endedProcessId()}.abc.partial`), 'half');
    const cache = workspaceCacheIn(dir);
    await cache.set('k1', 'one');
    await cache.set('k2', 'two');
    expect(readdirSync(dir)).toEqual(['k2.json']);
    expect(await cache.get('k1')).toBeUndefined();
  });

  it('leaves the entry another build is still writing', async () => {
    const dir = join(scratch, 'writing');
    mkdirSync(dir);
    const writing = pathAside(join(dir, 'other.json'));
    writeFileSync(writing, 'half');
    await workspaceCacheIn(dir).set('k1', 'one');
    expect(readdirSync(dir).sort()).toEqual(['k1.json', basename(writing)].sort());
  });

  it('reads an example workspace, data files and all, back equal to the one it checked', async () => {
    const example = join(import.meta.dirname, '../../../examples/b2b-saas');
    const cache = workspaceCacheIn(join(scratch, 'c'));
    const checked = await loadWorkspace(example, { cache });
    expect(readdirSync(join(scratch, 'c'))).toHaveLength(1);
    expect(await loadWorkspace(example, { cache })).toEqual(checked);
  });
});
