import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { diffMarkdown, diffWorkspaces, formatDiagnostics, visibleControls, type Workspace } from '@journeykit/core';
import { loadWorkspace } from '@journeykit/core/node';
import { parseCommand } from '../args.ts';
import { checkoutFolder } from '../git/checkout-folder.ts';
import { findRepository, resolveCommit, type Repository } from '../git/repository.ts';
import { GitMissingError } from '../git/run-git.ts';
import { exit, UsageError, type Io } from '../io.ts';
import { withTempFolder } from '../temp-folder.ts';

const formats = ['markdown', 'json'] as const;
type Format = (typeof formats)[number];

/** One side of the comparison: a folder as it is now, or a commit of the repository. */
type Side = { argument: string; folder: string } | { argument: string; commit: string };

/** A side ready to load: the folder holding its workspace, and how to name it and its files. */
interface LoadableSide {
  /** The workspace folder; undefined for a revision that has none yet (or any more): an empty workspace. */
  root: string | undefined;
  /** Names the side in the report: the folder, or the revision with its commit. */
  title: string;
  /** Prefixes the paths of its files in problems: the folder, or `revision:path` as git names it. */
  files: string;
}

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * `journeykit diff <base> <head>`: what changed between two versions of a workspace, each a
 * folder or a git revision of the repository the current folder is in. Exit 0 when nothing
 * changed, 1 when something did, 2 when a side cannot be read (no such folder or revision, or not a
 * valid workspace). Revisions are read into a temporary folder, removed afterwards.
 */
export async function diff(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, { format: { type: 'string', default: 'markdown' }, workspace: { type: 'string' } }, 2);
  const format = values.format as Format;
  if (!formats.includes(format)) throw new UsageError(`Unknown format "${format}": expected one of ${formats.join(', ')}.`);
  if (positionals.length < 2) throw new UsageError('diff compares two versions of a workspace: journeykit diff <base> <head>.');
  const { sides, repository } = await readSides(positionals, io.cwd);
  if (repository === undefined && values.workspace !== undefined) {
    throw new UsageError('--workspace names the workspace inside git revisions, but both sides are folders.');
  }
  const path = repository === undefined ? '' : await workspacePath(repository, io.cwd, values.workspace, sides);
  const folderLabel = (folder: string) => toPosix(relative(io.cwd, folder)) || '.';
  const run = async (temp: string) => {
    const loadable: LoadableSide[] = [];
    for (const [i, side] of sides.entries()) {
      if ('folder' in side) {
        loadable.push({ root: side.folder, title: folderLabel(side.folder), files: folderLabel(side.folder) });
        continue;
      }
      const root = await checkoutFolder(repository!, side.commit, path, join(temp, i === 0 ? 'base' : 'head'));
      const title = `${side.argument} (${side.commit.slice(0, 7)}${root === undefined ? `, no folder "${path || '.'}"` : ''})`;
      loadable.push({ root, title, files: `${side.argument}:${path || '.'}` });
    }
    // A revision before the workspace was added (or after it was removed) compares as an empty
    // workspace, so the pull request that adds one gets a report; with neither side, the path is wrong.
    if (loadable.every((side) => side.root === undefined)) {
      throw new UsageError(`Neither revision has a folder "${path || '.'}": name the workspace's folder with --workspace <path>.`);
    }
    return compare(io, format, loadable);
  };
  // Only revisions need a temporary folder.
  return repository === undefined ? run('') : withTempFolder('journeykit-diff-', run);
}

/**
 * What each argument names: an existing folder, else a revision of the repository the current
 * folder is in (found only when a side needs it).
 */
async function readSides(argumentsGiven: readonly string[], cwd: string): Promise<{ sides: Side[]; repository: Repository | undefined }> {
  const sides: Side[] = [];
  let repository: Repository | undefined;
  for (const argument of argumentsGiven) {
    const folder = resolve(cwd, argument);
    if (await stat(folder).then((info) => info.isDirectory(), () => false)) {
      sides.push({ argument, folder });
      continue;
    }
    repository ??= await findRepository(cwd).catch((error: unknown) => {
      if (error instanceof GitMissingError) throw new UsageError(`"${argument}" is not a folder, and ${error.message}`);
      throw error;
    });
    if (repository === undefined) {
      throw new UsageError(`"${argument}" is not a folder, and the current folder is not in a git repository, so it cannot be a revision either.`);
    }
    const commit = await resolveCommit(repository, argument);
    if (commit === undefined) throw new UsageError(`Unknown revision "${argument}": it is neither a folder nor a commit, branch or tag of the repository at ${repository.top}.`);
    sides.push({ argument, commit });
  }
  return { sides, repository };
}

/**
 * The workspace's folder inside the repository, for the sides that are revisions: `--workspace`
 * (relative to the current folder), else the folder given as the other side when it is in the
 * repository, else the current folder.
 */
async function workspacePath(repository: Repository, cwd: string, option: string | undefined, sides: readonly Side[]): Promise<string> {
  const inRepository = (absolute: string) => {
    const path = toPosix(relative(repository.top, absolute));
    return path === '..' || path.startsWith('../') || isAbsolute(path) ? undefined : path;
  };
  if (option !== undefined) {
    // Git names the top folder with links resolved, so the current folder is compared resolved too.
    const path = inRepository(resolve(await realpath(cwd), option));
    if (path === undefined) throw new UsageError(`--workspace "${option}" is outside the repository at ${repository.top}.`);
    return path;
  }
  for (const side of sides) {
    const path = 'folder' in side ? inRepository(await realpath(side.folder)) : undefined;
    if (path !== undefined) return path;
  }
  return repository.prefix;
}

/** Loads both sides and prints their diff, or the errors of a side that is not a valid workspace. */
async function compare(io: Io, format: Format, sides: readonly LoadableSide[]): Promise<number> {
  const workspaces: (Workspace | 'absent')[] = [];
  for (const [i, side] of sides.entries()) {
    if (side.root === undefined) {
      workspaces.push('absent');
      continue;
    }
    const loaded = await loadWorkspace(side.root);
    if (loaded.value !== undefined) {
      workspaces.push(loaded.value);
      continue;
    }
    const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    io.stderr.write(`journeykit: the ${i === 0 ? 'base' : 'head'} side, ${side.title}, is not a valid workspace; fix these errors to compare it:\n\n`);
    io.stderr.write(formatDiagnostics(errors, { texts: loaded.texts, root: side.files }));
  }
  const [given, taken] = workspaces;
  if (given === undefined || taken === undefined) return exit.usage;
  const base = given === 'absent' ? emptyLike(taken as Workspace) : given;
  const head = taken === 'absent' ? emptyLike(given as Workspace) : taken;
  const result = diffWorkspaces(base, head);
  // Names in the report come from definitions: their control characters are shown, never sent as they are.
  io.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : visibleControls(diffMarkdown(result, { base: sides[0]!.title, head: sides[1]!.title }), '\n'));
  return result.changes.length + result.config.length > 0 ? exit.problems : exit.ok;
}

/** A workspace with nothing of its own: the other side's config, and only the built-in channels and terms. */
function emptyLike(workspace: Workspace): Workspace {
  const none = Object.fromEntries(Object.keys(workspace.files).map((kind) => [kind, {}])) as Workspace['files'];
  return {
    ...workspace,
    journeys: [],
    personas: [],
    teams: [],
    metrics: [],
    funnels: {},
    retention: {},
    // Built-ins come from no file: what a workspace of its own would still have.
    channels: workspace.channels.filter((channel) => workspace.files.channel[channel.id] === undefined),
    glossary: workspace.glossary.filter((term) => workspace.files.glossary[term.id] === undefined),
    files: none,
  };
}
