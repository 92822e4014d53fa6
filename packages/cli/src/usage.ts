import { exportFormats } from './export/formats.ts';

/** What `journeykit --help` prints: every command with its options, then the global options and exit codes. */
export const usage = `Usage: journeykit <command> [options]

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
                --out <folder>   A new or empty folder, or a site built before (required); replaced when the build succeeds.
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

/** The usage text's lines under `Commands:`, one block per command, by the command's first word. */
function commandBlocks(): Map<string, string[]> {
  const lines = usage.slice(usage.indexOf('Commands:\n') + 'Commands:\n'.length, usage.indexOf('\nOptions:')).split('\n');
  const blocks = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of lines) {
    if (/^ {2}\S/.test(line)) blocks.set(line.trim().split(/\s/)[0]!, (current = [line]));
    else if (line.trim() !== '') current.push(line);
  }
  return blocks;
}

/**
 * What `journeykit <command> --help` prints: the command's part of the usage text, then the
 * global options and exit codes; undefined for a command that does not exist.
 */
export function commandUsage(name: string): string | undefined {
  const block = commandBlocks().get(name);
  if (block === undefined) return undefined;
  const [first, ...rest] = block as [string, ...string[]];
  const [synopsis, summary] = first.trim().split(/\s{2,}/, 2);
  const indent = Math.min(...rest.map((line) => /^\s*/.exec(line)![0].length));
  const body = [...(summary === undefined ? [] : [`  ${summary}`]), ...rest.map((line) => `  ${line.slice(indent)}`)];
  const [options, exitCodes] = usage.slice(usage.indexOf('Options:')).split(/\n\n(?=Exit codes:)/) as [string, string];
  // The exit codes of every command, unless the command has its own line (`diff: 0 no changes, …`).
  const [general, ...own] = exitCodes.trimEnd().split('\n') as [string, ...string[]];
  const ownLine = own.find((line) => line.startsWith(`${name}: `));
  const exits = ownLine === undefined ? general : `Exit codes: ${ownLine.slice(name.length + 2)}`;
  return `Usage: journeykit ${synopsis} [options]\n\n${body.join('\n')}\n\n${options}\n\n${exits}\n`;
}
