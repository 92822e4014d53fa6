import { chmodSync, existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeAstroRoot, scratchFolderFor } from './scratch-folder.ts';

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

  it('is the journeykit folder of the temporary folder when no folder above has node_modules', () => {
    // The temporary folder itself may sit in a project; a folder at the file system's root has none above.
    expect(scratchFolderFor('/journeykit-nowhere/journeys')).toBe(join(tmpdir(), 'journeykit'));
  });
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
