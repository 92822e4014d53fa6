import { firstLine, runGit } from './run-git.ts';

/** The git repository that contains a folder: its top folder and where the folder sits in it. */
export interface Repository {
  /** Absolute path of the working tree's top folder. */
  top: string;
  /** Path of the folder inside the repository, with `/` separators and no trailing slash; '' at the top. */
  prefix: string;
}

/** The repository containing `cwd`, or undefined when it is in none. */
export async function findRepository(cwd: string): Promise<Repository | undefined> {
  const result = await runGit(['rev-parse', '--show-toplevel', '--show-prefix'], cwd);
  if (result.code !== 0) return undefined;
  const [top = '', prefix = ''] = result.stdout.toString('utf8').split('\n');
  return { top, prefix: prefix.replace(/\/$/, '') };
}

/** The full id of the commit a revision names (a branch, tag, `HEAD~2`, a hash), or undefined for none. */
export async function resolveCommit(repository: Repository, revision: string): Promise<string | undefined> {
  // A revision that starts with "-" would be read as an option.
  if (revision.startsWith('-')) return undefined;
  const result = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], repository.top);
  return result.code === 0 ? firstLine(result) : undefined;
}
