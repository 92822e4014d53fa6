import { chmodSync, existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderKey, makeAstroRoot, scratchFolderFor } from './scratch-folder.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-scratch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('scratchFolderFor', () => {
  it('is the journeykit folder of node_modules/.cache in the nearest folder above with node_modules', () => {
    const project = join(scratch, 'project');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    mkdirSync(join(project, 'reports', 'journeys'), { recursive: true });
    expect(scratchFolderFor(join(project, 'reports', 'journeys'))).toBe(join(project, 'node_modules', '.cache', 'journeykit'));
  });

  it.skipIf(process.getuid?.() === 0)('passes over a node_modules that cannot be written', () => {
    const project = join(scratch, 'locked');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    chmodSync(join(project, 'node_modules'), 0o555);
    try {
      expect(scratchFolderFor(project)).not.toContain(join(project, 'node_modules'));
    } finally {
      chmodSync(join(project, 'node_modules'), 0o755);
    }
  });

  describe('when no folder above has node_modules', () => {
    // The temporary folder itself may sit in a project; a folder at the file system's root has none above.
    const nowhere = '/journeykit-nowhere/journeys';
    const temporary = join(scratch, 'tmp');
    const own = join(temporary, `journeykit-${userInfo().uid}`);
    const previous = process.env['TMPDIR'];
    beforeEach(() => {
      rmSync(temporary, { recursive: true, force: true });
      mkdirSync(temporary);
      process.env['TMPDIR'] = temporary;
    });
    afterEach(() => (previous === undefined ? delete process.env['TMPDIR'] : (process.env['TMPDIR'] = previous)));

    it("is this user's folder in the temporary folder, which no one else can read", () => {
      expect(scratchFolderFor(nowhere)).toBe(own);
      expect(statSync(own).mode & 0o777).toBe(0o700);
      expect(scratchFolderFor(nowhere)).toBe(own);
    });

    it('is a new folder when a link or a folder others can open holds that name', () => {
      const elsewhere = join(scratch, 'elsewhere');
      mkdirSync(elsewhere, { recursive: true });
      symlinkSync(elsewhere, own);
      const chosen = scratchFolderFor(nowhere);
      expect(chosen.startsWith(join(temporary, 'journeykit-'))).toBe(true);
      expect([own, elsewhere]).not.toContain(chosen);
      expect(statSync(chosen).mode & 0o777).toBe(0o700);
      rmSync(own);
      mkdirSync(own, { mode: 0o777 });
      chmodSync(own, 0o777);
      expect(scratchFolderFor(nowhere)).not.toBe(own);
    });
  });
});

it('folderKey names a folder by 12 hex digits, the same in every run, another for another folder', () => {
  expect(folderKey('/work/journeys')).toMatch(/^[0-9a-f]{12}$/);
  expect(folderKey('/work/journeys')).toBe(folderKey('/work/journeys'));
  expect(folderKey('/work/other')).not.toBe(folderKey('/work/journeys'));
});

describe('makeAstroRoot', () => {
  it("links the root's node_modules to the package's dependencies, again when the link went stale", () => {
    const root = join(scratch, 'root');
    makeAstroRoot(root);
    const target = readlinkSync(join(root, 'node_modules'));
    expect(existsSync(join(target, 'astro', 'package.json'))).toBe(true);
    rmSync(join(root, 'node_modules'));
    symlinkSync(join(scratch, 'gone'), join(root, 'node_modules'));
    makeAstroRoot(root);
    expect(readlinkSync(join(root, 'node_modules'))).toBe(target);
  });
});
