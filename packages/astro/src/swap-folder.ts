import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** The file operations a swap makes; tests pass ones that fail. */
export interface SwapOperations {
  rename: typeof rename;
  rm: typeof rm;
}

/**
 * Puts the folder `staging` in the place of `out`, moving what `out` held to `aside` (a name
 * beside it) first and removing it once the new folder is in place. When the new folder cannot be
 * moved in, the old one is moved back: `out` never ends up missing, nor hidden in `aside`.
 *
 * @example
 * await swapFolder('.public.123.ab.partial', 'public', '.public.123.cd.partial');
 */
export async function swapFolder(staging: string, out: string, aside: string, operations: SwapOperations = { rename, rm }): Promise<void> {
  const previous = existsSync(out) ? aside : undefined;
  if (previous !== undefined) await operations.rename(out, previous);
  try {
    await operations.rename(staging, out);
  } catch (error) {
    if (previous !== undefined) await operations.rename(previous, out);
    throw error;
  }
  // The new site is in place; an old one that cannot be removed now is removed by the next build.
  if (previous !== undefined) await operations.rm(previous, { recursive: true, force: true }).catch(() => undefined);
}
