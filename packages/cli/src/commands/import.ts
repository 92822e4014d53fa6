import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { formatDiagnostics, importedFiles, importMermaid, rules, type Diagnostic } from '@journeykit/core';
import { maxFileSize, writeAtomically } from '@journeykit/core/node';
import { parseCommand } from '../args.ts';
import { exit, UsageError, type Io } from '../io.ts';
import { loadFolder } from '../load-folder.ts';
import { schemaHints } from '../schema-hint.ts';
import { writeProblem } from '../write-problem.ts';

const importFormats = ['mermaid'] as const;

/** The text of the file to import; a file that is not there is a usage error. */
async function readSource(path: string, shown: string): Promise<string> {
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : undefined),
    () => undefined,
  );
  if (size === undefined) throw new UsageError(`No file at "${shown}".`);
  if (size > maxFileSize) throw new UsageError(`"${shown}" is ${(size / 1024 / 1024).toFixed(1)} MB: a diagram to import may be at most ${maxFileSize / 1024 / 1024} MB.`);
  return readFile(path, 'utf8');
}

/**
 * `journeykit import mermaid <file> [--into dir] [--id id]`: reads a Mermaid user journey diagram
 * into a journey file of the workspace (and personas for its actors), never overwriting a file.
 * Prints what it assumed; writes nothing when the diagram cannot be read or `check` would refuse it.
 */
export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, { into: { type: 'string' }, id: { type: 'string' } }, 2);
  const [kind, source] = positionals;
  if (kind === undefined) throw new UsageError(`Missing what to import: \`journeykit import mermaid <file>\`.`);
  if (!(importFormats as readonly string[]).includes(kind)) throw new UsageError(`Unknown import format "${kind}": expected ${importFormats.join(', ')}.`);
  if (source === undefined) throw new UsageError('Missing the file to import, like `journeykit import mermaid journey.mmd`.');
  if (values.id !== undefined && !/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(values.id)) {
    throw new UsageError(`Invalid --id "${values.id}": expected lower-case letters, digits and single hyphens, like "first-purchase".`);
  }
  const shownSource = relative(io.cwd, resolve(io.cwd, source)).split('\\').join('/');
  const text = await readSource(resolve(io.cwd, source), shownSource);

  const { loaded, shown } = await loadFolder(values.into ?? '.', io);
  const workspace = loaded.value;
  if (workspace === undefined) {
    const problems = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    io.stdout.write(formatDiagnostics(problems, { texts: loaded.texts, root: shown === '.' ? '' : shown }));
    io.stderr.write(`journeykit: ${shown} is not a valid workspace, so nothing was imported into it. Fix it first, or start one with \`journeykit init\`.\n`);
    return exit.problems;
  }
  const imported = importMermaid(text, { file: shownSource, workspace, ...(values.id === undefined ? {} : { id: values.id }) });
  const texts = new Map([[shownSource, text]]);
  const files = imported.value === undefined ? [] : importedFiles(imported.value, { source: shownSource, schemaHint: schemaHints(loaded.root) });
  const taken = files.filter((file) => existsSync(join(loaded.root, file.path)));
  const problems: Diagnostic[] = [
    ...imported.diagnostics,
    ...taken.map((file) => ({ rule: rules.importFileExists.id, severity: 'error' as const, message: rules.importFileExists.message({ file: join(shown, file.path) }), hint: rules.importFileExists.hint!({ file: file.path }) })),
  ];
  if (problems.length > 0) io.stdout.write(formatDiagnostics(problems, { texts }));
  if (imported.value === undefined || taken.length > 0) {
    io.stderr.write('journeykit: nothing was imported.\n');
    return exit.problems;
  }
  try {
    writeAtomically(files.map((file) => ({ path: join(loaded.root, file.path), text: file.text })), { exclusive: true });
  } catch (error) {
    const problem = writeProblem(error);
    if (problem === undefined) throw error;
    io.stderr.write(`journeykit: ${problem}. Nothing was imported.\n`);
    return exit.problems;
  }
  io.stdout.write(
    `Imported "${imported.value.journey.title}" from ${shownSource} into ${shown}:\n${files.map((file) => `  ${file.path}`).join('\n')}\n\nNext: review what was assumed, then run \`journeykit check ${shown}\`.\n`,
  );
  return exit.ok;
}
