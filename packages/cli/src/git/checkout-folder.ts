import { existsSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { listFolder, readBlobs } from './read-tree.ts';
import type { Repository } from './repository.ts';
import { runGit } from './run-git.ts';

/**
 * Writes a folder of the repository as it is at a commit into `destination`, at the same path
 * inside it as in the repository, and returns where it landed; undefined when the commit has no
 * such folder. TypeScript definitions import packages and are typed by the nearest package.json,
 * so the package.json files above the folder come from the commit too, and the working tree's
 * node_modules folders along the way are linked in: imports resolve as they would in the repository.
 */
export async function checkoutFolder(repository: Repository, commit: string, folder: string, destination: string): Promise<string | undefined> {
  const files = await listFolder(repository, commit, folder);
  if (files === undefined) return undefined;
  const root = join(destination, ...(folder === '' ? [] : folder.split('/')));
  await mkdir(root, { recursive: true });
  const blobs = await readBlobs(repository, [...new Set(files.map((file) => file.object))]);
  for (const file of files) {
    // Git refuses such paths in trees; checked anyway, so nothing is ever written outside.
    if (file.path.split('/').some((part) => part === '..' || part === '') || file.path.startsWith('/')) continue;
    const target = join(root, ...file.path.split('/'));
    const contents = blobs.get(file.object) ?? Buffer.alloc(0);
    await mkdir(dirname(target), { recursive: true });
    if (file.link) await symlink(contents.toString('utf8'), target).catch(() => undefined);
    else await writeFile(target, contents);
  }
  const segments = folder === '' ? [] : folder.split('/');
  for (let depth = 0; depth <= segments.length; depth++) {
    const at = segments.slice(0, depth);
    await linkModules(join(repository.top, ...at, 'node_modules'), join(destination, ...at, 'node_modules'));
    if (depth < segments.length) await copyPackageJson(repository, commit, at.join('/'), join(destination, ...at));
  }
  return root;
}

async function linkModules(from: string, to: string): Promise<void> {
  if (!existsSync(from) || existsSync(to)) return;
  await mkdir(dirname(to), { recursive: true });
  await symlink(from, to, 'junction');
}

async function copyPackageJson(repository: Repository, commit: string, folder: string, to: string): Promise<void> {
  const path = folder === '' ? 'package.json' : `${folder}/package.json`;
  const result = await runGit(['cat-file', 'blob', `${commit}:${path}`], repository.top);
  if (result.code !== 0) return;
  await mkdir(to, { recursive: true });
  await writeFile(join(to, 'package.json'), result.stdout);
}
