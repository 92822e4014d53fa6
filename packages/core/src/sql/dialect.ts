import type { Granularity } from '../metrics/period.ts';
import { decimalLimits, decimalPattern, fieldWhitespace } from '../data/field-text.ts';
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

/**
 * How names from a definition are quoted on Snowflake, the one dialect where it matters (the
 * others quote every name, which keeps it as written). `when-needed`, the default: plain names
 * (letters, digits and `_`, not keywords) stay unquoted, so Snowflake upper-cases them as it did
 * when a table was created with unquoted names (`CREATE TABLE events (person_id …)` makes
 * `PERSON_ID`). `always`: every name is quoted as written, for tables whose loader created quoted,
 * lower-case names (`"person_id"`).
 *
 * @example
 * metricSql(workspace, 'nps', { dialect: 'snowflake', quoteNames: 'always' satisfies SqlNameQuoting });
 */
export type SqlNameQuoting = 'when-needed' | 'always';

/**
 * A dialect and how it quotes names: what the compilers take, or a dialect's name alone.
 *
 * @example
 * funnelSql(definition, { dialect: 'snowflake', quoteNames: 'always' } satisfies SqlTarget);
 */
export interface SqlTarget {
  dialect: SqlDialectName;
  /** How Snowflake names are quoted; `when-needed` unless given. */
  quoteNames?: SqlNameQuoting | undefined;
}

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
  /** Text without ASCII whitespace (space, tab, line feed, vertical tab, form feed, carriage return) at its ends, as `fieldText` trims a CSV field. */
  trim(sql: string): string;
  /** The number written in a text or number column, as `decimalNumber` reads it: trimmed, decimal digits only, NULL when it is not one or beyond a double's range. */
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

/** The characters `fieldText` trims, as `chr(32) || chr(9) || …`: no control character in the SQL text. */
const whitespaceByChr = (chr: string) => fieldWhitespace.map((code) => `${chr}(${code})`).join(' || ');

/** Text that may be a decimal number: short enough, and of its pattern. */
const decimalShaped = (text: string, match: (text: string) => string) => `LENGTH(${text}) <= ${decimalLimits.length} AND ${match(text)}`;

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
  trim: (sql) => `trim(${sql}, ${whitespaceByChr('chr')})`,
  // TRY_CAST gives NULL beyond a double's range, 0 below it; the pattern keeps out what it reads besides decimals (1_000).
  tryNumber: (sql) => {
    const text = duckdb.trim(`CAST(${sql} AS VARCHAR)`);
    return `CASE WHEN ${decimalShaped(text, (t) => duckdb.fullMatch(t, decimalPattern))} THEN TRY_CAST(${text} AS DOUBLE) END`;
  },
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
  trim: (sql) => `btrim(${sql}, ${whitespaceByChr('chr')})`,
  // No TRY_CAST, and a cast to DOUBLE PRECISION fails the query beyond its range: decimal text is
  // read exactly as NUMERIC (its pattern bounds the exponent), and only values a double holds are
  // cast; those it rounds to 0 are 0. The bounds are the halfway points where rounding goes to
  // infinity and to zero, as JavaScript's Number rounds.
  tryNumber: (sql) => {
    const text = postgres.trim(`CAST(${sql} AS TEXT)`);
    const exact = `CAST(${text} AS NUMERIC)`;
    return `CASE WHEN ${decimalShaped(text, (t) => postgres.fullMatch(t, decimalPattern))} THEN CASE WHEN ABS(${exact}) >= 1.797693134862315807937289714053034150799e308 THEN NULL WHEN ABS(${exact}) < 2.4703282292062328e-324 THEN 0 ELSE CAST(${exact} AS DOUBLE PRECISION) END END`;
  },
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
  trim: (sql) => `TRIM(${sql}, CODE_POINTS_TO_STRING([${fieldWhitespace.join(', ')}]))`,
  tryNumber: (sql) => {
    const text = bigquery.trim(`CAST(${sql} AS STRING)`);
    const value = `SAFE_CAST(${text} AS FLOAT64)`;
    return `CASE WHEN ${decimalShaped(text, (t) => bigquery.fullMatch(t, decimalPattern))} AND NOT IS_INF(${value}) THEN ${value} END`;
  },
  fullMatch: (sql, pattern) => `REGEXP_CONTAINS(${sql}, ${bigquery.string(pattern)})`,
  // CAST reads DATE, DATETIME (as UTC) and TIMESTAMP alike.
  epochMillis: (sql) => `UNIX_MILLIS(CAST(${sql} AS TIMESTAMP))`,
  fromEpochMillis: (sql) => `TIMESTAMP_MILLIS(${sql})`,
  periodLabel: (ts, granularity) =>
    granularity === 'quarter' ? `FORMAT_TIMESTAMP('%Y-Q%Q', ${ts}, 'UTC')` : `FORMAT_TIMESTAMP('${strftime[granularity]}', ${ts}, 'UTC')`,
  // A column may carry a collation of its own: ties are ordered by code point all the same.
  binaryOrder: (sql) => `COLLATE(${sql}, 'binary')`,
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
  trim: (sql) => `TRIM(${sql}, ${whitespaceByChr('CHR')})`,
  // TRY_TO_DOUBLE takes text only; beyond a double's range it gives infinity, kept out.
  tryNumber: (sql) => {
    const text = snowflake.trim(`TO_VARCHAR(${sql})`);
    const value = `TRY_TO_DOUBLE(${text})`;
    return `CASE WHEN ${decimalShaped(text, (t) => snowflake.fullMatch(t, decimalPattern))} AND ABS(${value}) < 'inf'::DOUBLE THEN ${value} END`;
  },
  fullMatch: (sql, pattern) => `REGEXP_LIKE(${sql}, ${snowflake.string(pattern)})`,
  epochMillis: (sql) => `DATE_PART(EPOCH_MILLISECOND, ${sql})`,
  fromEpochMillis: (sql) => `TO_TIMESTAMP_NTZ(${sql}, 3)`,
  periodLabel: (ts, granularity) => {
    if (granularity === 'week') return `YEAROFWEEKISO(${ts}) || '-W' || LPAD(WEEKISO(${ts}), 2, '0')`;
    if (granularity === 'quarter') return `YEAR(${ts}) || '-Q' || QUARTER(${ts})`;
    return `TO_CHAR(${ts}, '${snowflakeFormats[granularity]}')`;
  },
  // The account, table or column may set a collation: 'utf8' orders by code point whatever it is.
  binaryOrder: (sql) => `COLLATE(${sql}, 'utf8')`,
  qualify: true,
  percentile: { kind: 'aggregate', sql: (value, fraction) => `PERCENTILE_CONT(${fraction}) WITHIN GROUP (ORDER BY ${value})` },
  // Snowflake's table functions join with a comma and LATERAL; it has no CROSS JOIN LATERAL.
  range: (to) => ({ join: `, LATERAL FLATTEN(INPUT => ARRAY_GENERATE_RANGE(0, ${to} + 1)) AS offsets`, column: 'CAST(offsets.value AS BIGINT)' }),
};

const dialects: Record<SqlDialectName, SqlDialect> = { duckdb, postgres, bigquery, snowflake };

/**
 * The dialect of a target (or of that name), with every text it quotes checked for NUL
 * characters, which no engine's strings can hold.
 */
export function sqlDialect(target: SqlDialectName | SqlTarget): SqlDialect {
  const { dialect: name, quoteNames = 'when-needed' } = typeof target === 'string' ? { dialect: target } : target;
  const dialect = dialects[name];
  if (dialect === undefined) throw new RangeError(`The SQL dialect must be one of ${sqlDialects.join(', ')}, but it is ${JSON.stringify(name)}.`);
  if (quoteNames !== 'when-needed' && quoteNames !== 'always') throw new RangeError(`Names are quoted "when-needed" or "always", but the option is ${JSON.stringify(quoteNames)}.`);
  const identifier = quoteNames === 'always' ? doubleQuotedOr(dialect) : dialect.identifier;
  return {
    ...dialect,
    identifier: (text) => {
      if (text === '') throw new RangeError('A column or table name in SQL cannot be empty.');
      return identifier(withoutNul(text, 'A column or table name'));
    },
    string: (text) => dialect.string(withoutNul(text, 'A text')),
  };
}

/** Snowflake's names quoted as written; the other dialects quote every name already. */
const doubleQuotedOr = (dialect: SqlDialect) => (dialect.name === 'snowflake' ? doubleQuoted : dialect.identifier);

function withoutNul(text: string, what: string): string {
  if (text.includes('\u0000')) throw new RangeError(`${what} in SQL cannot hold a NUL character, but ${JSON.stringify(text)} does.`);
  return text;
}
