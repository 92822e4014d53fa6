import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A path beside `path` to write to before renaming it into place, so no reader ever sees half of
 * it: unique to this process and call, so builds running side by side never share one.
 *
 * @example
 * pathAside('/site/.public'); // '/site/.public.4242.k3j9x2.partial'
 */
export function pathAside(path: string): string {
  return `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
}

/** What `pathAside` adds to a path: the process's id, a random part and `.partial`. */
const asideSuffix = /\.(\d+)\.[a-z0-9]*\.partial$/;

/**
 * Whether a file or folder name is one `pathAside` gave a process that is still running: a build
 * that may yet rename it into place, so a cache must not remove it. Those of builds that died
 * may go.
 */
export function asideOfRunningProcess(name: string): boolean {
  const pid = asideSuffix.exec(name)?.[1];
  if (pid === undefined) return false;
  try {
    // Signal 0 only asks whether the process exists.
    process.kill(Number(pid), 0);
    return true;
  } catch (error) {
    // It exists, but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what `pathAside(path)` gave processes that have ended: the partial files and folders
 * of builds that were interrupted or killed before they could rename or remove them.
 *
 * @example
 * await removeAbandonedAsides('/site/.public'); // removes /site/.public.4242.k3j9x2.partial if 4242 has ended
 */
export async function removeAbandonedAsides(path: string): Promise<void> {
  const folder = dirname(path);
  const base = basename(path);
  const names = await readdir(folder).catch(() => [] as string[]);
  const abandoned = names.filter((name) => name.startsWith(base) && asideSuffix.exec(name)?.index === base.length && !asideOfRunningProcess(name));
  // Best effort: one that cannot be removed (a read-only folder) never stops a build, whose own names differ.
  await Promise.all(abandoned.map((name) => rm(join(folder, name), { recursive: true, force: true }).catch(() => undefined)));
}
