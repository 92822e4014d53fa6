import type { Granularity } from '../data/period-of.ts';
import { plainSnowflakeName } from './snowflake-names.ts';

/**
 * The SQL dialects Journeykit compiles metrics to: the engines where event logs and survey
 * answers usually live.
 *
 * @example
 * for (const dialect of sqlDialects) console.log(metricSql(workspace, 'nps', { dialect }).sql);
 */
export const sqlDialects = ['duckdb', 'postgres', 'bigquery', 'snowflake'] as const;

/**
 * One of {@link sqlDialects}.
 *
 * @example
 * const dialect: SqlDialectName = 'postgres';
 */
export type SqlDialectName = (typeof sqlDialects)[number];

/** Where the dialects differ, as functions from SQL text to SQL text. Compilers use nothing else. */
export interface SqlDialect {
  name: SqlDialectName;
  /** A column name from a definition, quoted so that any text is only ever a name. */
  identifier(name: string): string;
  /** A name the result's columns get, quoted so that its case survives (Snowflake folds unquoted names). */
  alias(name: string): string;
  /** A text literal; every quote, backslash and control character escaped. */
  string(text: string): string;
  /** The value as text. */
  text(sql: string): string;
  /** The value as a 64-bit float, so division is never integer or fixed-point division. */
  double(sql: string): string;
  /** The value as a 64-bit integer. */
  bigint(sql: string): string;
  /** The number written in a text or number column, or NULL when it is not one. */
  tryNumber(sql: string): string;
  /** Whether the text matches a regular expression as a whole. */
  fullMatch(sql: string, pattern: string): string;
  /** Milliseconds since the epoch of a TIMESTAMP (read as UTC), TIMESTAMP WITH TIME ZONE or DATE column. */
  epochMillis(sql: string): string;
  /** A timestamp in UTC, without time zone, from milliseconds since the epoch. */
  fromEpochMillis(sql: string): string;
  /** The label of the period holding a UTC timestamp, as metric series write it: 2026-03-31, 2026-W14, 2026-03, 2026-Q1, 2026. */
  periodLabel(timestamp: string, granularity: Granularity): string;
  /** Ordering of text by code point, whatever the database's collation. */
  binaryOrder(sql: string): string;
  /** Whether `QUALIFY` filters on window functions; without it, a subquery does. */
  qualify: boolean;
  /** An exact percentile (linear interpolation, like numpy's default) of `sql` over the rows: an aggregate, or for `window`, an analytic function over the whole result. */
  percentile: { kind: 'aggregate' | 'window'; sql(value: string, fraction: number): string };
  /** A join that repeats each row once per whole number from 0 to `to` (inclusive), and the column holding that number. */
  range(to: string): { join: string; column: string };
}

const quoteWith = (quote: string) => (name: string) => `${quote}${name.replaceAll(quote, quote + quote)}${quote}`;
const doubleQuoted = quoteWith('"');

/** `'text'` with quotes doubled: the SQL standard, for engines that take backslashes literally. */
const standardString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Control characters as `\xhh`, for engines whose strings read backslash escapes. */
const escapeControls = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/** strftime-style formats, shared by DuckDB and BigQuery. */
const strftime: Record<Granularity, string> = { day: '%Y-%m-%d', week: '%G-W%V', month: '%Y-%m', quarter: '', year: '%Y' };

const duckdb: SqlDialect = {
  name: 'duckdb',
  identifier: doubleQuoted,
  alias: doubleQuoted,
  string: standardString,
  text: (sql) => `CAST(${sql} AS VARCHAR)`,
  double: (sql) => `CAST(${sql} AS DOUBLE)`,
  bigint: (sql) => `CAST(${sql} AS BIGINT)`,
  tryNumber: (sql) => `TRY_CAST(TRIM(CAST(${sql} AS VARCHAR)) AS DOUBLE)`,
  fullMatch: (sql, pattern) => `regexp_full_match(${sql}, ${standardString(pattern)})`,
  epochMillis: (sql) => `epoch_ms(${sql})`,
  fromEpochMillis: (sql) => `make_timestamp(${sql} * 1000)`,
  periodLabel: (ts, granularity) =>
    granularity === 'quarter' ? `strftime(${ts}, '%Y') || '-Q' || CAST(quarter(${ts}) AS VARCHAR)` : `strftime(${ts}, '${strftime[granularity]}')`,
  binaryOrder: (sql) => sql,
  qualify: true,
  percentile: { kind: 'aggregate', sql: (value, fraction) => `quantile_cont(${value}, ${fraction})` },
  range: (to) => ({ join: `CROSS JOIN generate_series(0, ${to}) AS offsets(offset_number)`, column: 'offsets.offset_number' }),
};

const postgresFormats: Record<Granularity, string> = { day: 'YYYY-MM-DD', week: 'IYYY-"W"IW', month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' };

const postgres: SqlDialect = {
  name: 'postgres',
  identifier: doubleQuoted,
  alias: doubleQuoted,
  // With a backslash, an E'' string: its meaning does not hang on standard_conforming_strings.
  string: (text) => (text.includes('\\') ? `E'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'` : standardString(text)),
  text: (sql) => `CAST(${sql} AS TEXT)`,
  double: (sql) => `CAST(${sql} AS DOUBLE PRECISION)`,
  bigint: (sql) => `CAST(${sql} AS BIGINT)`,
  // No TRY_CAST: only text shaped like a number is cast.
  tryNumber: (sql) =>
    `CASE WHEN TRIM(CAST(${sql} AS TEXT)) ~ '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$' THEN CAST(TRIM(CAST(${sql} AS TEXT)) AS DOUBLE PRECISION) END`,
  fullMatch: (sql, pattern) => `(${sql} ~ ${standardString(pattern)})`,
  epochMillis: (sql) => `CAST(FLOOR(EXTRACT(EPOCH FROM ${sql}) * 1000) AS BIGINT)`,
  fromEpochMillis: (sql) => `(TIMESTAMP '1970-01-01 00:00:00' + ${sql} * INTERVAL '1 millisecond')`,
  periodLabel: (ts, granularity) => `to_char(${ts}, '${postgresFormats[granularity]}')`,
  binaryOrder: (sql) => `${sql} COLLATE "C"`,
  qualify: false,
  percentile: { kind: 'aggregate', sql: (value, fraction) => `percentile_cont(${fraction}) WITHIN GROUP (ORDER BY ${value})` },
  range: (to) => ({ join: `CROSS JOIN LATERAL generate_series(0, ${to}) AS offsets(offset_number)`, column: 'offsets.offset_number' }),
};

const bigquery: SqlDialect = {
  name: 'bigquery',
  identifier: (name) => `\`${escapeControls(name.replaceAll('\\', '\\\\').replaceAll('`', '\\`'))}\``,
  alias: (name) => `\`${escapeControls(name.replaceAll('\\', '\\\\').replaceAll('`', '\\`'))}\``,
  string: (text) => `'${escapeControls(text.replaceAll('\\', '\\\\').replaceAll("'", "\\'"))}'`,
  text: (sql) => `CAST(${sql} AS STRING)`,
  double: (sql) => `CAST(${sql} AS FLOAT64)`,
  bigint: (sql) => `CAST(${sql} AS INT64)`,
  tryNumber: (sql) => `SAFE_CAST(TRIM(CAST(${sql} AS STRING)) AS FLOAT64)`,
  fullMatch: (sql, pattern) => `REGEXP_CONTAINS(${sql}, ${bigquery.string(pattern)})`,
  // CAST reads DATE, DATETIME (as UTC) and TIMESTAMP alike.
  epochMillis: (sql) => `UNIX_MILLIS(CAST(${sql} AS TIMESTAMP))`,
  fromEpochMillis: (sql) => `TIMESTAMP_MILLIS(${sql})`,
  periodLabel: (ts, granularity) =>
    granularity === 'quarter' ? `FORMAT_TIMESTAMP('%Y-Q%Q', ${ts}, 'UTC')` : `FORMAT_TIMESTAMP('${strftime[granularity]}', ${ts}, 'UTC')`,
  binaryOrder: (sql) => sql,
  qualify: true,
  // BigQuery's exact PERCENTILE_CONT is analytic only.
  percentile: { kind: 'window', sql: (value, fraction) => `PERCENTILE_CONT(${value}, ${fraction}) OVER ()` },
  range: (to) => ({ join: `CROSS JOIN UNNEST(GENERATE_ARRAY(0, ${to})) AS offset_number`, column: 'offset_number' }),
};

const snowflakeFormats: Record<Granularity, string> = { day: 'YYYY-MM-DD', week: '', month: 'YYYY-MM', quarter: '', year: 'YYYY' };

const snowflake: SqlDialect = {
  name: 'snowflake',
  // Plain names stay unquoted, so they resolve like the unquoted (upper-cased) names tables are made with.
  identifier: (name) => (plainSnowflakeName(name) ? name : doubleQuoted(name)),
  alias: doubleQuoted,
  string: (text) => `'${escapeControls(text.replaceAll('\\', '\\\\').replaceAll("'", "''"))}'`,
  text: (sql) => `CAST(${sql} AS VARCHAR)`,
  double: (sql) => `CAST(${sql} AS DOUBLE)`,
  bigint: (sql) => `CAST(${sql} AS BIGINT)`,
  // TRY_TO_DOUBLE takes text only.
  tryNumber: (sql) => `TRY_TO_DOUBLE(TRIM(TO_VARCHAR(${sql})))`,
  fullMatch: (sql, pattern) => `REGEXP_LIKE(${sql}, ${snowflake.string(pattern)})`,
  epochMillis: (sql) => `DATE_PART(EPOCH_MILLISECOND, ${sql})`,
  fromEpochMillis: (sql) => `TO_TIMESTAMP_NTZ(${sql}, 3)`,
  periodLabel: (ts, granularity) => {
    if (granularity === 'week') return `YEAROFWEEKISO(${ts}) || '-W' || LPAD(WEEKISO(${ts}), 2, '0')`;
    if (granularity === 'quarter') return `YEAR(${ts}) || '-Q' || QUARTER(${ts})`;
    return `TO_CHAR(${ts}, '${snowflakeFormats[granularity]}')`;
  },
  binaryOrder: (sql) => sql,
  qualify: true,
  percentile: { kind: 'aggregate', sql: (value, fraction) => `PERCENTILE_CONT(${fraction}) WITHIN GROUP (ORDER BY ${value})` },
  range: (to) => ({ join: `CROSS JOIN LATERAL FLATTEN(INPUT => ARRAY_GENERATE_RANGE(0, ${to} + 1)) AS offsets`, column: 'CAST(offsets.value AS BIGINT)' }),
};

const dialects: Record<SqlDialectName, SqlDialect> = { duckdb, postgres, bigquery, snowflake };

/** The dialect of that name, with every text it quotes checked for NUL characters, which no engine's strings can hold. */
export function sqlDialect(name: SqlDialectName): SqlDialect {
  const dialect = dialects[name];
  if (dialect === undefined) throw new RangeError(`The SQL dialect must be one of ${sqlDialects.join(', ')}, but it is ${JSON.stringify(name)}.`);
  return {
    ...dialect,
    identifier: (text) => {
      if (text === '') throw new RangeError('A column or table name in SQL cannot be empty.');
      return dialect.identifier(withoutNul(text, 'A column or table name'));
    },
    string: (text) => dialect.string(withoutNul(text, 'A text')),
  };
}

function withoutNul(text: string, what: string): string {
  if (text.includes('\u0000')) throw new RangeError(`${what} in SQL cannot hold a NUL character, but ${JSON.stringify(text)} does.`);
  return text;
}
