import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Io } from '../io.ts';
import { findRepository } from './repository.ts';
import { GitMissingError } from './run-git.ts';

/**
 * The workspace folder as GitHub annotations name it: relative to the checkout (`GITHUB_WORKSPACE`)
 * when set, else to the top of the git repository, else to the current folder. GitHub matches an
 * annotation's `file=` against the repository's paths, whatever `working-directory:` the step has.
 */
export async function annotationRoot(dir: string, io: Io): Promise<string> {
  const real = await realpath(dir).catch(() => dir);
  const workspace = io.env?.['GITHUB_WORKSPACE'];
  const top = workspace !== undefined && workspace !== ''
    ? await realpath(resolve(io.cwd, workspace)).catch(() => resolve(io.cwd, workspace))
    : await findRepository(dir).then(
        (repository) => repository?.top,
        (error: unknown) => {
          if (error instanceof GitMissingError) return undefined;
          throw error;
        },
      );
  const inside = top === undefined ? undefined : relative(top, real);
  const outside = inside === undefined || inside.split(sep)[0] === '..' || isAbsolute(inside);
  return (outside ? relative(io.cwd, dir) : inside).split(sep).join('/');
}
