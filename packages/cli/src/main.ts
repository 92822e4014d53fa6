/**
 * The `journeykit` command line, as a function: run it with arguments and streams, get an exit code.
 *
 * @module journeykit
 */
import { closest } from '@journeykit/core';
import { check } from './commands/check.ts';
import { diff } from './commands/diff.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { init } from './commands/init.ts';
import { buildCommand, devCommand, previewCommand } from './commands/site.ts';
import { sql } from './commands/sql.ts';
import { HelpRequest } from './args.ts';
import { exit, UsageError, type Io } from './io.ts';
import { commandUsage, usage } from './usage.ts';
import { version } from './version.ts';

export type { Io } from './io.ts';


const commands: Record<string, (args: string[], io: Io) => Promise<number>> = {
  check,
  diff,
  init,
  build: buildCommand,
  dev: devCommand,
  preview: previewCommand,
  export: exportCommand,
  import: importCommand,
  sql,
};

/**
 * Runs the `journeykit` command line and returns its exit code; never throws for user mistakes.
 *
 * @example
 * const code = await main(['check', 'examples/b2b-saas'], { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write(usage);
    return name === undefined ? exit.usage : exit.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${version}\n`);
    return exit.ok;
  }
  const command = commands[name];
  try {
    if (command === undefined) throw new UsageError(unknownCommand(name));
    return await command(rest, io);
  } catch (error) {
    if (error instanceof HelpRequest) {
      io.stdout.write(commandUsage(name)!);
      return exit.ok;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`journeykit: ${(error as Error).message}\n\n${commandUsage(name) ?? usage}`);
      return exit.usage;
    }
    // A bug of ours, not a mistake of the user's: say so plainly; the stack only on request.
    const detail = io.env?.['JOURNEYKIT_DEBUG'] ? `\n${(error as Error).stack}` : '';
    io.stderr.write(`journeykit: unexpected error: ${(error as Error).message}${detail}\nPlease report it with the command you ran; set JOURNEYKIT_DEBUG=1 for details.\n`);
    return exit.problems;
  }
}

function unknownCommand(name: string): string {
  const suggestion = closest(name, Object.keys(commands));
  return `Unknown command "${name}".${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`}`;
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
}
