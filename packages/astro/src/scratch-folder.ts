import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's folder, which may be read-only (a global or locked install): never written to. */
const packageFolder = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where `journeykit build`, `dev` and `preview` keep their scratch folders and caches for the
 * workspace (or output folder) `dir`: `node_modules/.cache/journeykit` of the nearest folder above
 * it whose `node_modules` can be written, else a folder of this user's in the OS's temporary
 * folder (see `ownTemporaryFolder`).
 *
 * @example
 * scratchFolderFor('/work/site/journeys'); // '/work/site/node_modules/.cache/journeykit'
 */
export function scratchFolderFor(dir: string): string {
  for (let folder = dir; ; folder = dirname(folder)) {
    const modules = join(folder, 'node_modules');
    if (writable(modules)) return join(modules, '.cache', 'journeykit');
    if (dirname(folder) === folder) return ownTemporaryFolder();
  }
}

/**
 * A short name for the folder `dir`, the same in every run: what keeps the files of one workspace
 * apart from another's in a scratch folder they share.
 *
 * @example
 * join(scratchFolderFor(dir), 'serve', folderKey(dir));
 */
export function folderKey(dir: string): string {
  return createHash('sha256').update(dir).digest('hex').slice(0, 12);
}

/**
 * `journeykit-<uid>` in the temporary folder, made readable by this user alone. Others can write
 * there too, so a folder of that name that is not this user's own folder (another user's, or a
 * link planted to send the files elsewhere) is never used: a new folder is made instead.
 */
function ownTemporaryFolder(): string {
  const { uid, username } = userInfo();
  const folder = join(tmpdir(), `journeykit-${uid >= 0 ? uid : username}`);
  try {
    mkdirSync(folder, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const found = lstatSync(folder);
  const own = found.isDirectory() && (uid < 0 || found.uid === uid) && (found.mode & 0o077) === 0;
  return own ? folder : mkdtempSync(join(tmpdir(), 'journeykit-'));
}

/**
 * Makes `root` a folder Astro can run in outside the package: the pages Astro builds there import
 * this package's dependencies (Astro, @journeykit/core) through its `node_modules`, a link to the
 * folder they are installed in.
 */
export function makeAstroRoot(root: string): void {
  mkdirSync(root, { recursive: true });
  const link = join(root, 'node_modules');
  const target = dependencyFolder();
  if (linkTarget(link) === target) return;
  // A root kept between runs may link to an install that has moved or gone since.
  rmSync(link, { force: true });
  // A junction on Windows, which needs no privilege; elsewhere the type is ignored.
  symlinkSync(target, link, 'junction');
}

function linkTarget(link: string): string | undefined {
  try {
    return readlinkSync(link);
  } catch {
    return undefined;
  }
}

/** The `node_modules` folder this package's dependencies are installed in: the nearest above it that holds Astro. */
function dependencyFolder(): string {
  for (let folder = packageFolder; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'node_modules', 'astro', 'package.json'))) return join(folder, 'node_modules');
    if (dirname(folder) === folder) throw new Error(`Astro is not installed beside @journeykit/astro (${packageFolder}): install astro 7 or later.`);
  }
}

function writable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
