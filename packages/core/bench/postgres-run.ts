// Run by the benchmark in a process of its own, beside DuckDB's:
//   node postgres-run.ts load <events.csv> <connection.json>      loads the log into the table events
//   node postgres-run.ts query <connection.json> <query.sql>…     runs each query on it
// Prints { ms, rows } as JSON: the time taken and the rows of the first query. The work is the
// server's, in processes of its own: this process's memory says nothing of it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostgresCluster } from '../test/postgres-cluster.ts';
import { postgresClient } from '../test/postgres.ts';

const [command, ...paths] = process.argv.slice(2);
const cluster = JSON.parse(readFileSync(command === 'load' ? paths[1]! : paths[0]!, 'utf8')) as PostgresCluster['connection'] & { bin: string };
const client = await postgresClient({ connection: cluster, stop: () => {} });
const started = performance.now();
let rows: unknown[] = [];
if (command === 'load') {
  await client.run('DROP TABLE IF EXISTS events');
  await client.run('CREATE TABLE events (person TEXT, timestamp TIMESTAMP, event TEXT)');
  // psql's \copy reads the file on this side: the server's user may not read this process's files.
  const copy = spawnSync(join(cluster.bin, 'psql'), ['-h', cluster.host, '-p', String(cluster.port), '-U', cluster.user, '-d', cluster.database, '-v', 'ON_ERROR_STOP=1', '-c', `\\copy events FROM '${paths[0]!.replaceAll("'", "''")}' WITH (FORMAT csv, HEADER true)`], { encoding: 'utf8' });
  if (copy.status !== 0) throw new Error(`psql \\copy failed: ${copy.stderr}`);
  // Statistics, as a warehouse keeps them for its tables.
  await client.run('ANALYZE events');
} else {
  for (const [index, path] of paths.slice(1).entries()) {
    const result = await client.rows(readFileSync(path, 'utf8'));
    if (index === 0) rows = result;
  }
}
const ms = performance.now() - started;
await client.close();
console.log(JSON.stringify({ ms, rows }));
