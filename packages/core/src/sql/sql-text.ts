import type { SqlDialect } from './dialect.ts';

/** A number as an SQL literal; only finite numbers have one. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`A number in SQL must be finite, but it is ${String(value)}.`);
  return String(value);
}

/** `sql IN ('a', 'b')` with each value escaped; FALSE for no values, which no engine accepts as `IN ()`. */
export function isOneOf(dialect: SqlDialect, sql: string, values: readonly string[]): string {
  return values.length === 0 ? 'FALSE' : `${sql} IN (${values.map((value) => dialect.string(value)).join(', ')})`;
}

/**
 * A table named by a path like `analytics.events`, each part quoted as a name. The queries name
 * their own steps `journeykit_…`; a table of such a name needs its schema, or the query would
 * read its own step instead.
 */
export function tableName(dialect: SqlDialect, path: string): string {
  if (/^journeykit_/i.test(path)) throw new RangeError(`The table ${JSON.stringify(path)} has a name the query gives its own steps: name it with its schema, like analytics.${path}.`);
  // BigQuery has no default dataset for a query: a bare table name fails there, after upload.
  if (dialect.name === 'bigquery' && !path.includes('.')) throw new RangeError(`BigQuery needs the dataset of the table ${JSON.stringify(path)}: name it like analytics.${path} (or project.analytics.${path}).`);
  return path.split('.').map((part) => dialect.identifier(part)).join('.');
}

/** Lines of an SQL comment; line breaks and control characters in the text become spaces, so nothing in it can end the comment. */
export function comment(lines: readonly string[]): string {
  return lines.map((line) => `-- ${line.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')}`.trimEnd()).join('\n');
}

/**
 * A WITH clause of named subqueries followed by the final query. The subqueries are not indented:
 * a line break inside a quoted name or text is part of it, and must stay as it is.
 */
export function withQueries(queries: readonly (readonly [string, string])[], final: string): string {
  return `WITH\n${queries.map(([name, sql]) => `${name} AS (\n${sql}\n)`).join(',\n')}\n${final}`;
}
