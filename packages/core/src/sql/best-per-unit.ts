import type { SqlDialect } from './dialect.ts';

/**
 * The first row per `unit_id` of a query in the given order: with QUALIFY where the dialect has
 * it, else through a subquery numbering the rows.
 */
export function bestPerUnit(d: SqlDialect, from: string, columns: readonly string[], order: string): string {
  const rank = `ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY ${order})`;
  if (d.qualify) {
    // BigQuery takes QUALIFY only in a query with a WHERE, GROUP BY or HAVING clause.
    return `SELECT ${columns.join(', ')}\nFROM ${from}\nWHERE TRUE\nQUALIFY ${rank} = 1`;
  }
  return `SELECT ${columns.join(', ')}\nFROM (\n  SELECT ${columns.join(', ')}, ${rank} AS unit_rank\n  FROM ${from}\n) AS ranked\nWHERE unit_rank = 1`;
}
