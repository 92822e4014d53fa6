import { describe, expect, it } from 'vitest';
import { sqlEngines } from '../../test/sql-engines.ts';
import { sqlDialect, sqlDialects, type SqlDialectName } from './dialect.ts';
import { funnelSql } from './funnel-sql.ts';
import { retentionSql } from './retention-sql.ts';
import { surveySql } from './survey-sql.ts';
import { comment } from './sql-text.ts';

const engines = await sqlEngines();
const hostile = `x'); DROP TABLE events; --\\' "\`\n`;

/**
 * The SQL with every string literal, quoted name and comment taken out, read by each dialect's
 * rules: what is left is what the engine runs as code.
 */
function code(sql: string, dialect: SqlDialectName): string {
  const backslashes = dialect === 'bigquery' || dialect === 'snowflake';
  let out = '';
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
      continue;
    }
    const escaped = dialect === 'postgres' && c === 'E' && sql[i + 1] === "'";
    if (escaped) i++;
    const quote = sql[i]!;
    if (quote === "'" || quote === '"' || (quote === '`' && dialect === 'bigquery')) {
      for (i++; i < sql.length; i++) {
        if ((backslashes || escaped) && quote !== '"' && sql[i] === '\\') i++;
        else if (sql[i] === quote && sql[i + 1] === quote && !(dialect === 'bigquery')) i++;
        else if (sql[i] === quote) break;
      }
      out += ' ? ';
      continue;
    }
    out += c;
  }
  return out;
}

describe('SQL dialects', () => {
  it.each([
    ['duckdb', `"we""ird"`, `'it''s \\ '`],
    ['postgres', `"we""ird"`, `E'it''s \\\\ '`],
    ['bigquery', '`we"ird`', `'it\\'s \\\\ '`],
    ['snowflake', `"we""ird"`, `'it''s \\\\ '`],
  ] as const)('quotes names and escapes text in %s', (name, identifier, text) => {
    const d = sqlDialect(name);
    expect(d.identifier('we"ird')).toBe(identifier);
    expect(d.string("it's \\ ")).toBe(text);
  });

  it('leaves plain names unquoted in Snowflake, so they match the upper-cased names tables are made with, and quotes the rest', () => {
    const d = sqlDialect('snowflake');
    expect(['person_id', 'EVENT_TIME', 'select', 'order', 'Event Name', '2fa', 'tz$'].map((name) => d.identifier(name))).toEqual([
      'person_id', 'EVENT_TIME', '"select"', '"order"', '"Event Name"', '"2fa"', 'tz$',
    ]);
    // Result columns keep their case, which the CSV readers need.
    expect(d.alias('period')).toBe('"period"');
  });

  it('writes line breaks and control characters as escapes where strings read them', () => {
    expect(sqlDialect('bigquery').string('a\nb\u0007')).toBe("'a\\x0ab\\x07'");
    expect(sqlDialect('snowflake').string('a\tb')).toBe("'a\\x09b'");
    expect(sqlDialect('bigquery').identifier('a`b\n')).toBe('`a\\`b\\x0a`');
  });

  it('refuses NUL characters and empty names, which no engine can hold', () => {
    expect(() => sqlDialect('postgres').string('a\u0000b')).toThrow('A text in SQL cannot hold a NUL character, but "a\\u0000b" does.');
    expect(() => sqlDialect('duckdb').identifier('')).toThrow('A column or table name in SQL cannot be empty.');
  });

  it.each([
    ['duckdb', 'day', "strftime(t, '%Y-%m-%d')"],
    ['duckdb', 'quarter', "strftime(t, '%Y') || '-Q' || CAST(quarter(t) AS VARCHAR)"],
    ['postgres', 'week', `to_char(t, 'IYYY-"W"IW')`],
    ['bigquery', 'week', "FORMAT_TIMESTAMP('%G-W%V', t, 'UTC')"],
    ['bigquery', 'quarter', "FORMAT_TIMESTAMP('%Y-Q%Q', t, 'UTC')"],
    ['snowflake', 'week', "YEAROFWEEKISO(t) || '-W' || LPAD(WEEKISO(t), 2, '0')"],
    ['snowflake', 'month', "TO_CHAR(t, 'YYYY-MM')"],
  ] as const)('labels periods in %s by %s as metric series do', (name, granularity, sql) => {
    expect(sqlDialect(name).periodLabel('t', granularity)).toBe(sql);
  });

  it.each([
    ['duckdb', 'epoch_ms(c)', 'make_timestamp(m * 1000)'],
    ['postgres', 'CAST(FLOOR(EXTRACT(EPOCH FROM c) * 1000) AS BIGINT)', "(TIMESTAMP '1970-01-01 00:00:00' + m * INTERVAL '1 millisecond')"],
    ['bigquery', 'UNIX_MILLIS(CAST(c AS TIMESTAMP))', 'TIMESTAMP_MILLIS(m)'],
    ['snowflake', 'DATE_PART(EPOCH_MILLISECOND, c)', 'TO_TIMESTAMP_NTZ(m, 3)'],
  ] as const)('reads timestamps as UTC milliseconds in %s', (name, toMillis, fromMillis) => {
    expect(sqlDialect(name).epochMillis('c')).toBe(toMillis);
    expect(sqlDialect(name).fromEpochMillis('m')).toBe(fromMillis);
  });

  it('filters on window functions with QUALIFY where the dialect has it, else in a subquery', () => {
    const steps = [{ label: 'A', events: ['a'] }, { label: 'B', events: ['b'] }];
    const compiled = (name: SqlDialectName) => funnelSql({ table: 'ds.t', columns: { unit: 'u', timestamp: 't', event: 'e' }, steps }, name);
    expect(compiled('postgres')).not.toContain('QUALIFY');
    expect(compiled('postgres')).toContain('WHERE unit_rank = 1');
    for (const name of ['duckdb', 'bigquery', 'snowflake'] as const) expect(compiled(name)).toContain('WHERE TRUE\nQUALIFY ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY reached DESC, CASE WHEN voided THEN 1 ELSE 0 END, anchor_pos) = 1');
  });

  it.each(sqlDialects)('keeps hostile event, step and column names inside literals in %s', (name) => {
    const sql = funnelSql(
      { table: `analytics.${hostile}`, columns: { unit: hostile, timestamp: `t${hostile}`, event: `e${hostile}` }, steps: [{ label: hostile, events: [hostile] }, { label: 'B', events: ['b'] }], exclude: [`${hostile}2`] },
      name,
      'steps',
    );
    expect(code(sql, name)).not.toMatch(/DROP|;/);
    expect(code(surveySql({ table: `analytics.${hostile}`, kind: 'nps', columns: { score: hostile, period: hostile } }, name), name)).not.toMatch(/DROP|;/);
  });

  for (const engine of engines) it.skipIf(engine.skipped !== undefined)(`runs hostile names on ${engine.name} as names and text, not as code`, async () => {
    const columns = { unit: hostile, timestamp: `t${hostile}`, event: `e${hostile}` };
    // The event's line break inside it: at its end, it would be trimmed as the reader trims it.
    const event = `${hostile}!`;
    await engine.loadEvents('events', columns, [{ unit: 'a', time: 0, event }, { unit: 'a', time: 1, event: 'b' }, { unit: 'b', time: 0, event }]);
    const sql = funnelSql({ table: 'events', columns, steps: [{ label: hostile, events: [event] }, { label: 'B', events: ['b'] }] }, engine.dialect, 'steps');
    expect((await engine.rows(sql)).map((row) => [row['step'], row['count']])).toEqual([[hostile, 2], ['B', 1]]);
    expect(await engine.rows('SELECT COUNT(*) AS n FROM events')).toEqual([{ n: 3 }]);
  });

  for (const engine of engines) it.skipIf(engine.skipped !== undefined)(`trims tabs, carriage returns and spaces from ids and events on ${engine.name} as the reader does, and nothing else`, async () => {
    const columns = { unit: 'u', timestamp: 't', event: 'e' };
    await engine.loadEvents('events', columns, [
      { unit: '\ta\r', time: 0, event: ' x\t' }, { unit: 'a', time: 1, event: 'y\r\n' },
      { unit: 'b\u00a0', time: 0, event: 'x' }, { unit: 'b', time: 1, event: '\u00a0y' },
    ]);
    const sql = funnelSql({ table: 'events', columns, steps: [{ label: 'X', events: ['x'] }, { label: 'Y', events: ['y'] }] }, engine.dialect, 'steps');
    // a did x then y; "b\u00a0" did x and b nothing: a no-break space is text.
    expect((await engine.rows(sql)).map((row) => [row['step'], row['count']])).toEqual([['X', 2], ['Y', 1]]);
  });

  it('asks for the schema of a table named like the query\'s own steps', () => {
    const definition = { table: 'journeykit_events', columns: { unit: 'u', timestamp: 't', event: 'e' }, steps: [{ label: 'A', events: ['a'] }] };
    expect(() => funnelSql(definition, 'snowflake')).toThrow('The table "journeykit_events" has a name the query gives its own steps: name it with its schema, like analytics.journeykit_events.');
    expect(funnelSql({ ...definition, table: 'raw.journeykit_events' }, 'snowflake')).toContain('FROM raw.journeykit_events');
  });

  it('refuses a BigQuery table without its dataset, which BigQuery cannot resolve', () => {
    const definition = { table: 'events', columns: { unit: 'u', timestamp: 't', event: 'e' }, steps: [{ label: 'A', events: ['a'] }] };
    expect(() => funnelSql(definition, 'bigquery')).toThrow('BigQuery needs the dataset of the table "events": name it like analytics.events (or project.analytics.events).');
    expect(funnelSql({ ...definition, table: 'analytics.events' }, 'bigquery')).toContain('FROM `analytics`.`events`');
    expect(funnelSql(definition, 'postgres')).toContain('FROM "events"');
  });

  it('joins Snowflake\'s FLATTEN with a comma and LATERAL, which it has instead of CROSS JOIN LATERAL', () => {
    const { join } = sqlDialect('snowflake').range('last_offset');
    expect(join).toBe(', LATERAL FLATTEN(INPUT => ARRAY_GENERATE_RANGE(0, last_offset + 1)) AS offsets');
    const sql = retentionSql({ table: 'raw.events', columns: { unit: 'u', timestamp: 't', event: 'e' }, starts: ['a'], period: 'month', mode: 'on', offset: 1 }, 'snowflake', 'cohorts');
    expect(sql).toContain(', LATERAL FLATTEN(');
    expect(sql).not.toContain('CROSS JOIN LATERAL');
  });

  it('orders ties by code point on every dialect, whatever collation a column has', () => {
    expect(sqlDialects.map((name) => sqlDialect(name).binaryOrder('c'))).toEqual(['c', 'c COLLATE "C"', "COLLATE(c, 'binary')", "COLLATE(c, 'utf8')"]);
  });

  it('quotes Snowflake names when needed by default, and always when told, as the table\'s loader made them', () => {
    const names = ['person_id', 'Event Time', 'select'];
    expect(names.map((name) => sqlDialect('snowflake').identifier(name))).toEqual(['person_id', '"Event Time"', '"select"']);
    expect(names.map((name) => sqlDialect({ dialect: 'snowflake', quoteNames: 'always' }).identifier(name))).toEqual(['"person_id"', '"Event Time"', '"select"']);
    // The other dialects quote every name already.
    expect(sqlDialect({ dialect: 'postgres', quoteNames: 'always' }).identifier('person_id')).toBe('"person_id"');
    expect(() => sqlDialect({ dialect: 'snowflake', quoteNames: 'never' as never })).toThrow('Names are quoted "when-needed" or "always", but the option is "never".');
  });

  it('keeps comments to their lines, whatever the text', () => {
    expect(comment(['Evil\nDROP TABLE events; --', 'ok\r\u2028x'])).toBe('-- Evil DROP TABLE events; --\n-- ok  x');
  });
});
