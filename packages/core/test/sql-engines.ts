import { readFileSync } from 'node:fs';
import { timestampValue } from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterAll } from 'vitest';
import type { FunnelEvent } from '../src/metrics/funnel-from-events.ts';
import { duckdb, loadEvents, rows } from './duckdb.ts';
import { postgresClient, postgresMissing, postgresPrograms, startPostgresCluster } from './postgres.ts';

/**
 * A database the compiled SQL runs on in tests, with its dialect's name: embedded DuckDB, and a
 * PostgreSQL server of the test run.
 */
export interface SqlEngine {
  name: 'DuckDB' | 'PostgreSQL';
  dialect: 'duckdb' | 'postgres';
  /** Why this engine cannot run here; its tests are skipped (never in CI, where that is a failure). */
  skipped?: string;
  run(sql: string): Promise<void>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** Replaces `table` with the events, in columns of the given names: text, TIMESTAMP and text. */
  loadEvents(table: string, columns: { unit: string; timestamp: string; event: string }, events: readonly FunnelEvent[]): Promise<void>;
  /** Replaces `table` with rows of text (null for NULL) in columns of the given kinds. */
  loadRows(table: string, columns: Readonly<Record<string, 'text' | 'timestamp'>>, rows: readonly (readonly (string | null)[])[]): Promise<void>;
  /**
   * Replaces `table` with a CSV file: DuckDB infers its columns' types; PostgreSQL gets
   * TIMESTAMP WITH TIME ZONE for columns of ISO times and TEXT for the rest.
   */
  loadCsv(table: string, file: string): Promise<void>;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function duckdbEngine(): Promise<SqlEngine> {
  const connection = await duckdb();
  return {
    name: 'DuckDB',
    dialect: 'duckdb',
    run: async (sql) => void (await connection.run(sql)),
    rows: (sql) => rows(connection, sql),
    loadEvents: (table, columns, events) => loadEvents(connection, table, columns, events),
    loadRows: async (table, columns, values) => {
      const names = Object.keys(columns);
      await connection.run(`CREATE OR REPLACE TABLE ${quote(table)} (${names.map((name) => `${quote(name)} ${columns[name] === 'timestamp' ? 'TIMESTAMP' : 'VARCHAR'}`).join(', ')})`);
      const appender = await connection.createAppender(table);
      for (const row of values) {
        names.forEach((name, k) => {
          const value = row[k] ?? null;
          if (value === null) appender.appendNull();
          else if (columns[name] === 'timestamp') appender.appendTimestamp(timestampValue(BigInt(Date.parse(`${value}Z`)) * 1000n));
          else appender.appendVarchar(value);
        });
        appender.endRow();
      }
      appender.closeSync();
    },
    loadCsv: async (table, file) => {
      await connection.run(`CREATE OR REPLACE TABLE ${quote(table)} AS SELECT * FROM read_csv(${`'${file.replaceAll("'", "''")}'`})`);
    },
  };
}

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

async function postgresEngine(): Promise<SqlEngine> {
  const missing = postgresMissing();
  const unavailable = (): never => {
    throw new Error(`PostgreSQL is skipped: ${missing}`);
  };
  if (missing !== undefined) {
    console.warn(`\n${'!'.repeat(100)}\n!! PostgreSQL tests SKIPPED: ${missing}\n!! CI runs them; install PostgreSQL to run them here.\n${'!'.repeat(100)}\n`);
    return { name: 'PostgreSQL', dialect: 'postgres', skipped: missing, run: unavailable, rows: unavailable, loadEvents: unavailable, loadRows: unavailable, loadCsv: unavailable };
  }
  const cluster = await startPostgresCluster(postgresPrograms()!);
  const client = await postgresClient(cluster).catch((error: unknown) => {
    cluster.stop();
    throw error;
  });
  afterAll(async () => {
    await client.close();
    cluster.stop();
  });
  return {
    name: 'PostgreSQL',
    dialect: 'postgres',
    run: (sql) => client.run(sql),
    rows: (sql) => client.rows(sql),
    loadEvents: (table, columns, events) => client.loadEvents(table, columns, events),
    loadRows: (table, columns, values) =>
      client.loadRows(table, Object.fromEntries(Object.entries(columns).map(([name, kind]) => [name, kind === 'timestamp' ? 'TIMESTAMP' : 'TEXT'])), values),
    loadCsv: async (table, file) => {
      const { data } = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true });
      const [header = [], ...body] = data;
      const types = header.map((_, k) => (body.every((row) => isoTime.test(row[k] ?? '')) ? 'TIMESTAMP WITH TIME ZONE' : 'TEXT'));
      await client.loadRows(table, Object.fromEntries(header.map((name, k) => [name, types[k]!])), body);
    },
  };
}

/**
 * The engines a test file runs compiled SQL on: DuckDB, and PostgreSQL on a cluster of its own,
 * stopped when the file is done. Without PostgreSQL installed, its tests are skipped, loudly;
 * with `CI=true`, that fails instead.
 */
export async function sqlEngines(): Promise<SqlEngine[]> {
  return [await duckdbEngine(), await postgresEngine()];
}
