// Run by the benchmark in a process of its own, so its peak memory is its own:
//   node duckdb-run.ts load <events.csv> <database>     loads the log into a DuckDB file
//   node duckdb-run.ts query <database> <query.sql>…    runs each query on it
// Prints { ms, rows } as JSON: the time taken and the rows of the first query.
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [command, ...paths] = process.argv.slice(2);
const instance = await DuckDBInstance.create(command === 'load' ? paths[1]! : paths[0]!);
const connection = await instance.connect();
const started = performance.now();
let rows: unknown[] = [];
if (command === 'load') {
  const file = paths[0]!.replaceAll("'", "''");
  await connection.run(`CREATE OR REPLACE TABLE events AS SELECT * FROM read_csv('${file}', header = true, columns = {'person': 'VARCHAR', 'timestamp': 'TIMESTAMP', 'event': 'VARCHAR'})`);
} else {
  for (const [index, path] of paths.slice(1).entries()) {
    const reader = await connection.runAndReadAll(readFileSync(path, 'utf8'));
    if (index === 0) rows = reader.getRowObjectsJson();
  }
}
const ms = performance.now() - started;
connection.closeSync();
instance.closeSync();
console.log(JSON.stringify({ ms, rows }));
