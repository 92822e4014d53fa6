import { DuckDBInstance, timestampValue, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll } from 'vitest';
import type { FunnelEvent } from '../src/metrics/funnel-from-events.ts';

/** An in-memory DuckDB connection, closed when the test file is done. */
export async function duckdb(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });
  return connection;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Replaces `table` with the events, in columns of the given names: text, TIMESTAMP and text. */
export async function loadEvents(connection: DuckDBConnection, table: string, columns: { unit: string; timestamp: string; event: string }, events: readonly FunnelEvent[]): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE ${quote(table)} (${quote(columns.unit)} VARCHAR, ${quote(columns.timestamp)} TIMESTAMP, ${quote(columns.event)} VARCHAR)`);
  const appender = await connection.createAppender(table);
  for (const { unit, time, event } of events) {
    appender.appendVarchar(unit);
    appender.appendTimestamp(timestampValue(BigInt(time) * 1000n));
    appender.appendVarchar(event);
    appender.endRow();
  }
  appender.closeSync();
}

/** Runs a query and returns its rows, with 64-bit integers as numbers. */
export async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjects().map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value])));
}
