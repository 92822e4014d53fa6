import { statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { closest, countOf, formatDiagnostics, visibleControls, type Journey, type Workspace } from '@journeykit/core';
import { checkOutputFolder, exportOutput, OutputFolderError, writeAtomically } from '@journeykit/core/node';
import { parseCommand } from '../args.ts';
import { exportFormats, type ExportDocument } from '../export/formats.ts';
import { exit, UsageError, type Io } from '../io.ts';
import { loadFolder } from '../load-folder.ts';
import { writeProblem } from '../write-problem.ts';

const formatNames = () => Object.keys(exportFormats).join(', ');

/**
 * The journeys named with `--journey`, in the order named; all of them when none is. Returns a
 * message instead when an id names no journey.
 */
function chooseJourneys(workspace: Workspace, ids: readonly string[], shown: string): Journey[] | string {
  if (ids.length === 0) return workspace.journeys;
  const known = workspace.journeys.map((journey) => journey.id);
  const chosen: Journey[] = [];
  for (const id of ids) {
    const journey = workspace.journeys.find((j) => j.id === id);
    if (journey !== undefined) {
      if (!chosen.includes(journey)) chosen.push(journey);
      continue;
    }
    const suggestion = closest(id, known);
    return `No journey has the id "${id}".${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`} The journeys of ${shown} are: ${known.join(', ')}.`;
  }
  return chosen;
}

/** Whether `--out` names a folder: one that exists, or a path that ends with a slash. */
function isFolder(out: string, path: string): boolean {
  if (out.endsWith('/') || out.endsWith(sep)) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `journeykit export [dir] --format markdown|mermaid|html|json [--journey id]… [--out file-or-folder]`:
 * writes journeys for other tools and places, to standard output or, atomically, to files.
 */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    format: { type: 'string', short: 'f' },
    journey: { type: 'string', short: 'j', multiple: true },
    out: { type: 'string', short: 'o' },
  });
  if (values.format === undefined) throw new UsageError(`Missing --format: one of ${formatNames()}.`);
  const format = exportFormats[values.format];
  if (format === undefined) throw new UsageError(`Unknown format "${values.format}": expected one of ${formatNames()}.`);

  const { dir, loaded, shown } = await loadFolder(positionals[0] ?? '.', io);
  const workspace = loaded.value;
  if (workspace === undefined) {
    // Problems go to standard error: standard output may be where the export is piped.
    const problems = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    io.stderr.write(formatDiagnostics(problems, { texts: loaded.texts, root: shown === '.' ? '' : shown }));
    io.stderr.write(`journeykit: the workspace has errors, so nothing was exported. \`journeykit check ${shown}\` shows every problem.\n`);
    return exit.problems;
  }
  const journeys = chooseJourneys(workspace, values.journey ?? [], shown);
  if (typeof journeys === 'string') {
    io.stderr.write(`journeykit: ${journeys}\n`);
    return exit.usage;
  }
  const documents = await format.render(workspace, journeys, { dir, loaded });
  const out = values.out;
  const folder = out !== undefined && isFolder(out, resolve(io.cwd, out));
  if (!folder && documents.length > 1 && format.join === undefined) {
    io.stderr.write(
      `journeykit: --format ${values.format} writes a file per journey, and ${documents.length} are chosen: pick one with --journey (${journeys.map((j) => j.id).join(', ')}), or give --out a folder.\n`,
    );
    return exit.usage;
  }
  if (out === undefined) {
    const text = joined(documents, format.join);
    // On a terminal, text from definitions is shown, never acted on; piped, the export is left byte for byte.
    io.stdout.write(io.stdout.isTTY === true ? visibleControls(text, '\t\n') : text);
    return exit.ok;
  }
  const names = documents.map((document) => document.name);
  if (folder) {
    try {
      checkOutputFolder(resolve(io.cwd, out), { workspace: dir, kind: exportOutput, cwd: io.cwd, writes: [...names, exportOutput.marker] });
    } catch (error) {
      if (!(error instanceof OutputFolderError)) throw error;
      io.stderr.write(`journeykit: ${error.message} Nothing was exported.\n`);
      return exit.usage;
    }
  }
  const files = folder
    ? [...documents, { name: exportOutput.marker, text: exportOutput.note }].map((document) => ({ path: join(resolve(io.cwd, out), document.name), text: document.text }))
    : [{ path: resolve(io.cwd, out), text: joined(documents, format.join) }];
  try {
    writeAtomically(files);
  } catch (error) {
    const problem = writeProblem(error);
    if (problem === undefined) throw error;
    io.stderr.write(`journeykit: ${problem}. Nothing was exported.\n`);
    return exit.problems;
  }
  const count = countOf(journeys.length, 'journey');
  const written = folder ? `${out.replace(/[/\\]$/, '')}/ (${documents.map((d) => d.name).join(', ')})` : out;
  io.stdout.write(`Exported ${count} of ${shown} as ${values.format} to ${written}.\n`);
  return exit.ok;
}

/** The text of the documents as one: the document itself, or the format's join of them. */
function joined(documents: readonly ExportDocument[], join: ((texts: readonly string[]) => string) | undefined): string {
  const texts = documents.map((document) => document.text);
  return texts.length === 1 || join === undefined ? (texts[0] ?? '') : join(texts);
}
