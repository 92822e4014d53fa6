/**
 * The `journeykit` command line, as a function: run it with arguments and streams, get an exit code.
 *
 * @module journeykit
 */
import { check } from './commands/check.ts';
import { diff } from './commands/diff.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { init } from './commands/init.ts';
import { buildCommand, devCommand, previewCommand } from './commands/site.ts';
import { sql } from './commands/sql.ts';
import { exit, UsageError, type Io } from './io.ts';
import { exportFormats } from './export/formats.ts';
import { version } from './version.ts';

export type { Io } from './io.ts';

const usage = `Usage: journeykit <command> [options]

Commands:
  check [dir]   Check the workspace in dir (default: the current folder).
                --format pretty|json|github   How to print problems (default: pretty).
  diff <base> <head>
                What changed between two versions of a workspace, each a folder or else a git
                revision (branch, tag, commit) of the repository of the current folder.
                --format markdown|json   For a pull-request comment (default), or for programs.
                --workspace <path>       The workspace's folder in revisions (default: the folder
                                         given as the other side, else the current folder).
  init [dir]    Start a small, valid workspace in dir (default: the current folder).
  build [dir]   Build the report site of the workspace in dir.
                --out <folder>   Where to write it (required); replaced only when the build succeeds.
                --base /path/    Sub-path the site is served from (default: /).
                --site <url>     Address of the site, for absolute links in the sitemap.
  dev [dir]     Serve the report with live reload as definitions change.
                --port <n>, --host, --base, --site
  preview       Serve a built site: --out <folder> (default: dist), --port <n>, --host, --base.
  export [dir]  Write the journeys of the workspace in dir for other tools and places.
                --format <format>  ${Object.entries(exportFormats).map(([name, format]) => `${name}: ${format.description}`).join(';\n                                   ')}.
                --journey <id>     Only this journey (repeat for more; default: all).
                --out <path>       A file, or a folder (one file per journey); default: standard output.
  import mermaid <file>
                Make a journey (and personas for its actors) from a Mermaid user journey diagram.
                --into <dir>       The workspace to write into (default: the current folder).
                --id <id>          The journey's id (default: kept by an export, else from the title).
  sql [dir]     Print the SQL that computes a metric where its data is; without --metric, list the metrics that compile.
                --metric <id>      The metric.
                --dialect <name>   duckdb, postgres, bigquery or snowflake.
                --table <name>     The table or view to read, like analytics.events (default: the source file's name;
                                   BigQuery needs the dataset).
                --result <name>    series (default), or steps, summary, attribution (funnels) or cohorts (retention).
                --half-life <days> For attribution: the time-decay half-life (default: 7).
                --direct <a,b>     For attribution: channels counted as direct, adding the last non-direct model.
                --quote-names <q>  Snowflake: when-needed (default; plain names unquoted, read upper-cased)
                                   or always (every name quoted as written).

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit codes: 0 no errors, 1 errors found, 2 the command was used wrongly.
diff: 0 no changes, 1 changes found, 2 wrong usage, an unknown revision or an invalid workspace.
`;

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
    if (command === undefined) throw new UsageError(`Unknown command "${name}".`);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`journeykit: ${(error as Error).message}\n\n${usage}`);
      return exit.usage;
    }
    // A bug of ours, not a mistake of the user's: say so plainly; the stack only on request.
    const detail = io.env?.['JOURNEYKIT_DEBUG'] ? `\n${(error as Error).stack}` : '';
    io.stderr.write(`journeykit: unexpected error: ${(error as Error).message}${detail}\nPlease report it with the command you ran; set JOURNEYKIT_DEBUG=1 for details.\n`);
    return exit.problems;
  }
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
}
