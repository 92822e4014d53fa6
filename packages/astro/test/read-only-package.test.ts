import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scratch, workspaceWith } from './build.ts';

const packageFolder = join(import.meta.dirname, '..');

/**
 * A copy of the built package as an install leaves it: its files, and its dependencies linked by
 * absolute path (the package's own links are relative to where it is).
 */
function installedCopy(target: string): string {
  for (const part of ['package.json', 'src', 'dist']) cpSync(join(packageFolder, part), join(target, part), { recursive: true });
  const modules = join(packageFolder, 'node_modules');
  const link = (name: string) => symlinkSync(resolve(modules, name, '..', readlinkSync(join(modules, name))), join(target, 'node_modules', name));
  for (const name of readdirSync(modules)) {
    if (name.startsWith('.')) continue;
    if (!name.startsWith('@')) {
      mkdirSync(join(target, 'node_modules'), { recursive: true });
      link(name);
      continue;
    }
    mkdirSync(join(target, 'node_modules', name), { recursive: true });
    for (const scoped of readdirSync(join(modules, name))) link(`${name}/${scoped}`);
  }
  return target;
}

/** Every file and folder under `root` (links not followed) with its size and modification time. */
function snapshot(root: string): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((path) => !path.startsWith('node_modules/') || path.split('/').length <= 3)
    .map((path) => {
      const stats = lstatSync(join(root, path));
      return `${path} ${stats.size} ${stats.mtimeMs}`;
    })
    .sort();
}

/** Makes every file and folder under `root` read-only, or writable again (links left alone). */
function setWritable(root: string, writable: boolean): void {
  for (const path of [root, ...readdirSync(root, { recursive: true }).map((path) => join(root, String(path)))]) {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) continue;
    chmodSync(path, writable ? stats.mode | 0o200 : stats.mode & ~0o222);
  }
}

describe('a build with the package installed read-only', () => {
  const copy = join(scratch, 'read-only-install', '@journeykit', 'astro');
  afterAll(() => {
    if (existsSync(copy)) setWritable(copy, true);
  });

  it('writes nothing into the package, and builds the site', () => {
    if (!existsSync(join(packageFolder, 'dist/index.js'))) throw new Error('Build the package first: pnpm exec tsc -b');
    installedCopy(copy);
    setWritable(copy, false);
    const before = snapshot(copy);
    const workspace = workspaceWith({
      'journeykit.config.yaml': 'name: Read-only install\n',
      'journeys/j.yaml': 'id: j\ntitle: J\nstages:\n  - { id: s, name: S, kind: awareness, steps: [{ id: t, name: T, emotion: 3 }] }\n',
    });
    const out = join(scratch, 'read-only-install-site');
    const script = join(scratch, 'build-read-only.mjs');
    writeFileSync(script, `const { buildSite } = await import(${JSON.stringify(pathToFileURL(join(copy, 'dist/index.js')).href)});\nawait buildSite({ workspace: ${JSON.stringify(workspace)}, out: ${JSON.stringify(out)}, logLevel: 'error' });\n`);
    // Without the source condition: the copy runs its build, as an installed package does.
    const child = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 120_000, cwd: scratch });
    expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 0, stderr: '' });
    expect(statSync(join(out, 'journeys/j/index.html')).isFile()).toBe(true);
    expect(readdirSync(join(out, 'journeys/j'))).toEqual(['index.html']);
    expect(snapshot(copy)).toEqual(before);
  });
});
