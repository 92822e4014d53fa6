import pg from 'pg';
import type { FunnelEvent } from '../src/metrics/funnel-from-events.ts';
import { postgresPrograms, startPostgresCluster, type PostgresCluster } from './postgres-cluster.ts';

/** PostgreSQL's type ids of the 64-bit integer and of NUMERIC, which `pg` gives as text. */
const int8 = 20;
const numeric = 1700;

/** Counts and sums as numbers, as the DuckDB helper gives them, so both engines' rows compare equal. */
const types = {
  getTypeParser: ((id: number, format?: 'text' | 'binary') =>
    id === int8 || id === numeric ? (text: string) => Number(text) : pg.types.getTypeParser(id, format)) as typeof pg.types.getTypeParser,
};

/** A PostgreSQL client of a test cluster: the rows of a query, and tables made from events or rows. */
export interface PostgresClient {
  run(sql: string, values?: unknown[]): Promise<void>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** Replaces `table` with the events, in columns of the given names: text, TIMESTAMP and text. */
  loadEvents(table: string, columns: { unit: string; timestamp: string; event: string }, events: readonly FunnelEvent[]): Promise<void>;
  /** Replaces `table` with the rows, in columns of the given names and SQL types, values given as text (NULL as null). */
  loadRows(table: string, columns: Readonly<Record<string, string>>, rows: readonly (readonly (string | null)[])[]): Promise<void>;
  close(): Promise<void>;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
/** Rows per INSERT: enough to load a million events quickly, few enough for one message. */
const batch = 50_000;

/** Connects to a cluster's `postgres` database. */
export async function postgresClient(cluster: PostgresCluster): Promise<PostgresClient> {
  // A session time zone far from UTC: SQL that reads local time instead of UTC gives other periods.
  const client = new pg.Client({ ...cluster.connection, types, options: '-c TimeZone=Asia/Kathmandu' });
  await client.connect();
  // One query at a time, in the order asked: a client runs one, and tests ask for several at once.
  let queue: Promise<unknown> = Promise.resolve();
  const query = (sql: string, values?: unknown[]) => {
    const result = queue.then(() => client.query(sql, values));
    queue = result.catch(() => undefined);
    return result;
  };
  const run = async (sql: string, values?: unknown[]) => {
    await query(sql, values);
  };
  const loadRows: PostgresClient['loadRows'] = async (table, columns, rows) => {
    const names = Object.keys(columns);
    await run(`DROP TABLE IF EXISTS ${quote(table)}`);
    await run(`CREATE TABLE ${quote(table)} (${names.map((name) => `${quote(name)} ${columns[name]}`).join(', ')})`);
    for (let start = 0; start < rows.length; start += batch) {
      const slice = rows.slice(start, start + batch);
      // One array parameter per column, unnested side by side: a single statement of any length.
      const arrays = names.map((_, k) => slice.map((row) => row[k] ?? null));
      const select = names.map((name, k) => `CAST($${k + 1}::text[] AS ${columns[name]}[])`).join(', ');
      await run(`INSERT INTO ${quote(table)} SELECT * FROM unnest(${select})`, arrays);
    }
  };
  return {
    run,
    rows: async (sql) => (await query(sql)).rows as Record<string, unknown>[],
    loadRows,
    loadEvents: (table, columns, events) =>
      loadRows(
        table,
        { [columns.unit]: 'TEXT', [columns.timestamp]: 'TIMESTAMP', [columns.event]: 'TEXT' },
        events.map(({ unit, time, event }) => [unit, new Date(time).toISOString().slice(0, -1), event]),
      ),
    close: () => client.end(),
  };
}

/**
 * Why PostgreSQL cannot run here, or undefined when it can. In CI (`CI=true`) that is a failure,
 * never a skip: the SQL of the `postgres` dialect is proven there.
 */
export function postgresMissing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (postgresPrograms(env) !== undefined) return undefined;
  const reason = 'PostgreSQL is not installed: no initdb under /usr/lib/postgresql/*/bin or PG_BIN (apt-get install postgresql).';
  if (env['CI'] === 'true') throw new Error(`${reason} CI runs the PostgreSQL tests and never skips them.`);
  return reason;
}

export { startPostgresCluster, postgresPrograms };
