import { relative, resolve } from 'node:path';
import { formatDiagnostics, metricSql, sqlDialects, sqlSupport, type SqlDialectName, type SqlNameQuoting, type SqlSupport, type Workspace } from '@journeykit/core';
import { loadWorkspace } from '@journeykit/core/node';
import { parseCommand } from '../args.ts';
import { exit, UsageError, type Io } from '../io.ts';

const families = { funnel: 'journey funnel, from an event log', retention: 'cohort retention, from an event log', survey: 'survey score, from answers' };

/**
 * `journeykit sql [dir] --metric <id> --dialect <dialect> [--table <name>] [--result <result>] [--quote-names when-needed|always]`:
 * prints the SQL that computes a metric in the warehouse; without --metric, lists what compiles.
 */
export async function sql(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    metric: { type: 'string', short: 'm' },
    dialect: { type: 'string', short: 'd' },
    table: { type: 'string', short: 't' },
    result: { type: 'string', short: 'r' },
    'half-life': { type: 'string' },
    direct: { type: 'string' },
    'quote-names': { type: 'string' },
  });
  const dialect = values.dialect;
  if (dialect !== undefined && !(sqlDialects as readonly string[]).includes(dialect)) {
    throw new UsageError(`Unknown dialect "${dialect}": expected one of ${sqlDialects.join(', ')}.`);
  }
  const halfLifeDays = values['half-life'] === undefined ? undefined : Number(values['half-life']);
  if (halfLifeDays !== undefined && !(halfLifeDays > 0 && Number.isFinite(halfLifeDays))) {
    throw new UsageError(`Invalid --half-life "${values['half-life']}": expected a positive number of days, like 7.`);
  }
  if (values.table !== undefined && values.table.split('.').some((part) => part === '')) {
    throw new UsageError(`Invalid --table "${values.table}": expected a name like events or analytics.events.`);
  }
  const quoteNames = values['quote-names'];
  if (quoteNames !== undefined && quoteNames !== 'when-needed' && quoteNames !== 'always') {
    throw new UsageError(`Invalid --quote-names "${quoteNames}": expected when-needed (the default: plain names unquoted, as Snowflake upper-cases them) or always (every name quoted as written).`);
  }
  if (dialect === 'bigquery' && values.metric !== undefined && !(values.table ?? '').includes('.')) {
    throw new UsageError(
      values.table === undefined
        ? 'BigQuery needs the table with its dataset: give it with --table, like --table analytics.events.'
        : `BigQuery needs the table with its dataset: --table analytics.${values.table} (or project.analytics.${values.table}).`,
    );
  }
  if (values.table !== undefined && /^journeykit_/i.test(values.table)) {
    throw new UsageError(`Invalid --table "${values.table}": the query names its own steps journeykit_…; name the table with its schema, like analytics.${values.table}.`);
  }

  const dir = resolve(io.cwd, positionals[0] ?? '.');
  // Definitions only: the data may be a large local export, or not here at all.
  const loaded = await loadWorkspace(dir, { readData: false }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new UsageError(`No folder at "${positionals[0] ?? '.'}".`);
    throw error;
  });
  const workspace = loaded.value;
  if (workspace === undefined) {
    // To stderr, so that nothing but SQL ever reaches a file the output is redirected to.
    io.stderr.write(formatDiagnostics(loaded.diagnostics, { texts: loaded.texts, root: relative(io.cwd, dir).split('\\').join('/') }));
    io.stderr.write('journeykit: the workspace has errors, so no SQL was written.\n');
    return exit.problems;
  }
  const support = sqlSupport(workspace);
  if (values.metric === undefined) {
    io.stdout.write(listing(support));
    return exit.ok;
  }
  const metric = support.find((entry) => entry.metric === values.metric);
  if (metric === undefined) throw new UsageError(`No metric has the id "${values.metric}". ${compilable(support)}`);
  if ('reason' in metric) {
    io.stderr.write(`journeykit: the metric "${metric.metric}" does not compile to SQL. ${metric.reason}\n`);
    return exit.problems;
  }
  if (dialect === undefined) throw new UsageError(`Missing --dialect: one of ${sqlDialects.join(', ')}.`);
  if (values.result !== undefined && !metric.results.includes(values.result)) {
    throw new UsageError(`Unknown result "${values.result}" for the metric "${metric.metric}": expected one of ${metric.results.join(', ')}.`);
  }
  let text: string;
  try {
    text = compile(workspace, metric.metric, dialect as SqlDialectName, values, halfLifeDays);
  } catch (error) {
    // A definition SQL cannot hold, like a NUL character in an event name.
    if (!(error instanceof RangeError)) throw error;
    io.stderr.write(`journeykit: the metric "${metric.metric}" does not compile to SQL. ${error.message}\n`);
    return exit.problems;
  }
  io.stdout.write(text);
  return exit.ok;
}

function compile(
  workspace: Workspace,
  metric: string,
  dialect: SqlDialectName,
  values: { table?: string | undefined; result?: string | undefined; direct?: string | undefined; 'quote-names'?: string | undefined },
  halfLifeDays: number | undefined,
): string {
  const directChannels = values.direct?.split(',').map((channel) => channel.trim()).filter((channel) => channel !== '');
  return metricSql(workspace, metric, {
    dialect,
    ...(values.table !== undefined && { table: values.table }),
    ...(values.result !== undefined && { result: values.result }),
    ...(halfLifeDays !== undefined && { halfLifeDays }),
    ...(directChannels !== undefined && { directChannels }),
    ...(values['quote-names'] !== undefined && { quoteNames: values['quote-names'] as SqlNameQuoting }),
  }).sql;
}

/** The metrics that compile, with what they compute and their results, then the others and why not. */
function listing(support: readonly SqlSupport[]): string {
  const width = Math.max(0, ...support.map((entry) => entry.metric.length));
  const line = (id: string, text: string) => `  ${id.padEnd(width)}  ${text}\n`;
  const compiled = support.flatMap((entry) => ('reason' in entry ? [] : [line(entry.metric, `${families[entry.family]}: ${entry.results.join(', ')}`)]));
  const others = support.flatMap((entry) => ('reason' in entry ? [line(entry.metric, entry.reason)] : []));
  return [
    compiled.length === 0 ? 'No metric compiles to SQL: none computes a funnel, cohort retention or survey score from a data file.\n' : `Metrics that compile to SQL, with their results (the first is the metric's series):\n${compiled.join('')}`,
    ...(others.length === 0 ? [] : [`\nMetrics with nothing to compute:\n${others.join('')}`]),
    ...(compiled.length === 0 ? [] : [`\nPrint one with: journeykit sql [dir] --metric <id> --dialect ${sqlDialects.join('|')} [--table <name>] [--result <result>] [--quote-names when-needed|always]\n`]),
  ].join('');
}

function compilable(support: readonly SqlSupport[]): string {
  const ids = support.flatMap((entry) => ('reason' in entry ? [] : [entry.metric]));
  return ids.length === 0 ? 'No metric of this workspace compiles to SQL.' : `Metrics that compile to SQL: ${ids.join(', ')}.`;
}
