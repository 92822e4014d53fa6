import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isInside } from '../load/file-status.ts';

/**
 * What Journeykit may write a folder of output into, and the marker file that says it wrote one.
 *
 * @example
 * const site: OutputKind = { marker: '.journeykit-site', what: 'a site Journeykit built', note: 'Journeykit built this site…' };
 */
export interface OutputKind {
  /** The name of the file written into every such folder, by which a later run knows it may replace it. */
  marker: string;
  /** What such a folder is, in words: "a site Journeykit built". */
  what: string;
  /** The marker's text, for whoever finds the file. */
  note: string;
}

/**
 * The report sites `journeykit build` and `buildSite` write: a folder holding this marker may be
 * replaced by the next build.
 *
 * @example
 * existsSync(join('public', siteOutput.marker)); // true once a build wrote public/
 */
export const siteOutput: OutputKind = {
  marker: '.journeykit-site',
  what: 'a site Journeykit built',
  note: 'Journeykit built this site. The next `journeykit build` into this folder replaces all of it;\nit replaces only folders that are new, empty, or hold this file.\n',
};

/**
 * The folders `journeykit export --out <folder>/` writes a file per journey into.
 *
 * @example
 * existsSync(join('reports', exportOutput.marker)); // true once an export wrote reports/
 */
export const exportOutput: OutputKind = {
  marker: '.journeykit-export',
  what: 'a folder Journeykit exported to',
  note: 'Journeykit exported journeys into this folder. The next `journeykit export` into it may\nreplace its files; it writes only into folders that are new, empty, or hold this file.\n',
};

/**
 * A folder Journeykit refuses to write its output into, and why; nothing was touched.
 *
 * @example
 * try {
 *   checkOutputFolder('.', { workspace: 'journeys' });
 * } catch (error) {
 *   if (error instanceof OutputFolderError) console.error(error.message);
 * }
 */
export class OutputFolderError extends Error {
  /** The folder refused, as given. */
  readonly folder: string;

  constructor(folder: string, message: string) {
    super(message);
    this.name = 'OutputFolderError';
    this.folder = folder;
  }
}

/** How many of a refused folder's entries the message names. */
const shownEntries = 5;

/**
 * Throws an `OutputFolderError` unless `out` is a folder Journeykit may replace (or write into):
 * one that does not exist, an empty one, one holding the kind's marker file, or one holding only
 * files of the names in `writes` (the files about to be written there). Never one that is
 * or holds the workspace, the working folder or the top of a git repository, marker or not.
 * Reads only the folder's listing; writes nothing.
 *
 * @example
 * checkOutputFolder('public', { workspace: 'journeys' }); // passes for a new, empty or built folder
 * checkOutputFolder('.', { workspace: '.' }); // throws: the folder holds the workspace
 */
export function checkOutputFolder(out: string, options: { workspace: string; kind?: OutputKind; cwd?: string; writes?: readonly string[] }): void {
  const kind = options.kind ?? siteOutput;
  const absolute = realPathOf(resolve(out));
  const refuse = (why: string) => {
    throw new OutputFolderError(out, `Journeykit will not write into "${out}": ${why}`);
  };
  const advice = `Give --out a new or empty folder, or ${kind.what} before.`;
  const held = [
    { path: realPathOf(resolve(options.workspace)), what: 'the workspace' },
    { path: realPathOf(resolve(options.cwd ?? process.cwd())), what: 'the folder the command runs in' },
  ];
  for (const { path, what } of held) {
    if (isInside(absolute, path)) refuse(`it ${absolute === path ? 'is' : 'holds'} ${what}, which the output would replace. ${advice}`);
  }

  const stats = lstatOrUndefined(resolve(out));
  if (stats === undefined) return;
  if (stats.isSymbolicLink()) refuse(`it is a link, and replacing it would replace the link, not the folder it leads to. ${advice}`);
  if (!stats.isDirectory()) refuse(`it is a file, not a folder. ${advice}`);
  const entries = readdirSync(absolute).sort();
  if (entries.includes('.git')) refuse(`it holds a git repository (.git). ${advice}`);
  const others = entries.filter((name) => !options.writes?.includes(name));
  if (others.length === 0 || isMarker(join(absolute, kind.marker))) return;
  const named = others.slice(0, shownEntries).join(', ');
  const more = others.length > shownEntries ? ` and ${others.length - shownEntries} more` : '';
  refuse(`it holds ${named}${more}, and is not ${kind.what} (no ${kind.marker} file). ${advice}`);
}

/** The marker counts only as a plain file: a link or folder of that name could be anything. */
function isMarker(path: string): boolean {
  return lstatOrUndefined(path)?.isFile() === true;
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The path with its links resolved, as far as it exists: what is compared is where things really are. */
function realPathOf(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const rest = path.slice(existing.length);
  return join(realpathSync(existing), rest);
}
