import type { Repository } from './repository.ts';
import { runGit } from './run-git.ts';

/** A file of a git tree: its path inside the tree, whether it is a symbolic link, and its object id. */
export interface TreeFile {
  path: string;
  link: boolean;
  object: string;
}

/**
 * The files under a folder at a commit, with paths relative to that folder; undefined when the
 * commit has no folder there. Submodules are left out: they are other repositories.
 */
export async function listFolder(repository: Repository, commit: string, folder: string): Promise<TreeFile[] | undefined> {
  const tree = folder === '' ? `${commit}^{tree}` : `${commit}:${folder}`;
  const type = await runGit(['cat-file', '-t', tree], repository.top);
  if (type.code !== 0 || type.stdout.toString('utf8').trim() !== 'tree') return undefined;
  const listing = await runGit(['ls-tree', '-r', '-z', tree], repository.top);
  if (listing.code !== 0) throw new Error(`git ls-tree failed: ${listing.stderr.trim()}`);
  const files: TreeFile[] = [];
  // Each entry: "<mode> <type> <object>\t<path>\0"; -z keeps paths unquoted.
  for (const entry of listing.stdout.toString('utf8').split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (match === null || match[2] !== 'blob') continue;
    files.push({ path: match[4]!, link: match[1] === '120000', object: match[3]! });
  }
  return files;
}

/** The contents of blobs by object id, read in one `git cat-file --batch`. */
export async function readBlobs(repository: Repository, objects: readonly string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  if (objects.length === 0) return blobs;
  const result = await runGit(['cat-file', '--batch'], repository.top, `${objects.join('\n')}\n`);
  if (result.code !== 0) throw new Error(`git cat-file failed: ${result.stderr.trim()}`);
  const output = result.stdout;
  // Each answer: "<object> <type> <size>\n<contents>\n", or "<name> missing\n".
  let offset = 0;
  while (offset < output.length) {
    const end = output.indexOf(0x0a, offset);
    if (end === -1) break;
    const [object = '', type, size] = output.subarray(offset, end).toString('utf8').split(' ');
    offset = end + 1;
    if (type === 'missing' || size === undefined) continue;
    blobs.set(object, output.subarray(offset, offset + Number(size)));
    offset += Number(size) + 1;
  }
  return blobs;
}
