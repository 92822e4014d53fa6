import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PackedContents } from './contents-rules.ts';
import type { Manifest } from './manifest.ts';
import type { WorkspacePackage } from './published-packages.ts';
import { pnpm, run } from './run.ts';

/** A packed package: its tarball, and the tarball's contents unpacked beside it. */
export interface Packed extends PackedContents {
  tarball: string;
  /** The unpacked `package/` folder. */
  dir: string;
  /** Bytes of the tarball, and of its files unpacked. */
  size: { packed: number; unpacked: number };
}

/**
 * Packs a package with `pnpm pack`, as `pnpm publish` would (so `workspace:` ranges become
 * versions), into `dest`, and unpacks it there to read what users will get.
 */
export async function packPackage(pkg: WorkspacePackage, dest: string): Promise<Packed> {
  const { command, prefix } = pnpm();
  const { stdout } = await run(command, [...prefix, 'pack', '--pack-destination', dest, '--json'], { cwd: pkg.dir });
  const { filename } = JSON.parse(stdout) as { filename: string };
  const unpacked = join(dest, pkg.manifest.name.replace('/', '__'));
  await mkdir(unpacked, { recursive: true });
  await run('tar', ['-xzf', filename, '-C', unpacked], { cwd: dest });
  const dir = join(unpacked, 'package');
  const files = await listFiles(dir);
  let bytes = 0;
  for (const file of files) bytes += (await stat(join(dir, file))).size;
  return {
    tarball: filename,
    dir,
    manifest: JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Manifest,
    files: new Set(files),
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    size: { packed: (await stat(filename)).size, unpacked: bytes },
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
