import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endedProcessId } from '../../test/ended-process.ts';
import { asideOfRunningProcess, pathAside, removeAbandonedAsides } from './path-aside.ts';

describe('asideOfRunningProcess', () => {
  it('tells a path aside of a running process from one of a process that ended', () => {
    const mine = pathAside('/cache/entry').split('/').pop()!;
    expect(asideOfRunningProcess(mine)).toBe(true);
    expect(asideOfRunningProcess(mine.replace(`.${process.pid}.`, `.${endedProcessId()}.`))).toBe(false);
  });

  it('is false for any other name', () => {
    for (const name of ['entry', 'entry.json', `entry.${process.pid}`, `entry.${process.pid}.partial.json`]) expect(asideOfRunningProcess(name)).toBe(false);
  });
});

describe('removeAbandonedAsides', () => {
  it('removes the paths aside of a path that processes which ended left, and nothing else', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'journeykit-aside-'));
    const ended = endedProcessId();
    const names = {
      abandoned: [`.public.${ended}.a1.partial`, `.public.${ended}.b2.partial`],
      kept: [`.public.${process.pid}.c3.partial`, `.public2.${ended}.d4.partial`, '.public', 'public', `.public.${ended}.partial`],
    };
    for (const name of [...names.abandoned, ...names.kept]) mkdirSync(join(folder, name));
    writeFileSync(join(folder, names.abandoned[0]!, 'index.html'), 'half a site');
    await removeAbandonedAsides(join(folder, '.public'));
    expect(readdirSync(folder).sort()).toEqual(names.kept.sort());
    rmSync(folder, { recursive: true, force: true });
  });

  it('does nothing where the folder is missing', async () => {
    await expect(removeAbandonedAsides(join(tmpdir(), 'no such folder', 'public'))).resolves.toBeUndefined();
  });
});
