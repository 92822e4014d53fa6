import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { buildSite, type SiteOptions } from '../src/build-site.ts';

export const scratch = mkdtempSync(join(tmpdir(), 'journeykit-site-'));
// Registered by the test file that imports this module: its builds go when it is done.
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
export const examples = join(import.meta.dirname, '../../../examples');
let count = 0;

/** Writes a workspace from files by path into a new folder. */
export function workspaceWith(files: Record<string, string>): string {
  const root = join(scratch, `workspace-${++count}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Builds a workspace's site into a new folder and returns the folder. */
export async function build(workspace: string, options: Omit<SiteOptions, 'workspace'> = {}, out = join(scratch, `site-${++count}`)): Promise<string> {
  await buildSite({ workspace, out, logLevel: 'silent', ...options });
  return out;
}

/** Every file of a built site by path (with `/`), for reading back. */
export function filesOf(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split(sep).join('/'), readFileSync(path));
  }
  return files;
}

/** A fingerprint of every file under a folder. */
export function fingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const [path, content] of [...filesOf(root)].sort(([a], [b]) => a.localeCompare(b))) hash.update(path).update(content);
  return hash.digest('hex');
}
