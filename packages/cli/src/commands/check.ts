import { relative, resolve } from 'node:path';
import { builtinChannels, countOf, formatDiagnostics, type DiagnosticFormat, type Workspace } from '@journeykit/core';
import { loadWorkspace } from '@journeykit/core/node';
import { exit, UsageError, type Io } from '../io.ts';
import { parseCommand } from '../args.ts';
import { annotationRoot } from '../git/annotation-root.ts';

const formats: readonly DiagnosticFormat[] = ['pretty', 'json', 'github'];

/** `journeykit check [dir]`: prints every problem of the workspace; exit 1 when one is an error. */
export async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, { format: { type: 'string', default: 'pretty' } });
  const format = values.format as DiagnosticFormat;
  if (!formats.includes(format)) throw new UsageError(`Unknown format "${format}": expected one of ${formats.join(', ')}.`);
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const loaded = await loadWorkspace(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new UsageError(`No folder at "${positionals[0] ?? '.'}".`);
    throw error;
  });
  const color = format === 'pretty' && io.stdout.isTTY === true && io.env?.['NO_COLOR'] === undefined;
  const root = format === 'github' ? await annotationRoot(dir, io) : relative(io.cwd, dir).split('\\').join('/');
  const workspace = loaded.value;
  if (format === 'pretty' && workspace !== undefined) io.stdout.write(`${root || '.'}: ${contents(workspace)}.\n`);
  io.stdout.write(formatDiagnostics(loaded.diagnostics, { format, texts: loaded.texts, root, color }));
  return workspace === undefined ? exit.problems : exit.ok;
}

/** What a workspace holds, in a line: "2 journeys, 3 personas, …". */
function contents(workspace: Workspace): string {
  const custom = workspace.channels.length - builtinChannels.length;
  return [
    countOf(workspace.journeys.length, 'journey'),
    countOf(workspace.personas.length, 'persona'),
    countOf(workspace.teams.length, 'team'),
    countOf(workspace.metrics.length, 'metric'),
    countOf(Math.max(0, custom), 'channel'),
    countOf(Object.keys(workspace.files.glossary).length, 'glossary term'),
  ].join(', ');
}
