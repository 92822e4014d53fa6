// The attempts of `funnelFromEvents`, set-wise. Each unit's events are numbered (`pos`) in the order
// that function reads them; an attempt starts at an anchor event and is scored by how many steps
// it reached (`reached`), whether an exclusion event voided it (`voided`) and, when complete, how
// long it took (`duration_ms`). Window functions find each event's next event of a kind; joins
// follow one chain of them per anchor, so the cost grows with the events, never with their square.

const range = (count: number) => Array.from({ length: count }, (_, k) => k);

/** Attempts in step order (sequential or strict), each from an event of the first step. */
export function inOrderAttempts(count: number, windowMs: string, strict: boolean): [string, string][] {
  const after = 'OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING)';
  const later = range(count).slice(1);
  // Strict: at step k, the first later event that neither repeats step k − 1 nor reaches step k ends
  // the attempt, unless it is in a group of unlike events at one time.
  const blocker = (k: number) => `at_step_${k - 1} = 0 AND at_step_${k} = 0 AND mixed = 0`;
  const scanned = [
    'SELECT unit_id, pos, at_ms,',
    ...range(count).map((k) => `  at_step_${k},`),
    ...later.map((k) => `  MIN(CASE WHEN at_step_${k} = 1 THEN pos END) ${after} AS next_${k},`),
    ...(strict
      ? [
          `  MIN(CASE WHEN excluded = 1 THEN pos END) ${after} AS next_excluded_pos,`,
          ...later.flatMap((k) => [
            `  MIN(CASE WHEN ${blocker(k)} THEN pos END) ${after} AS blocked_${k},`,
            `  MIN(CASE WHEN ${blocker(k)} THEN at_ms END) ${after} AS blocked_ms_${k},`,
          ]),
        ]
      : []),
    `  MIN(CASE WHEN excluded = 1 THEN at_ms END) ${after} AS next_excluded_ms`,
    'FROM positioned',
  ].join('\n');
  // Where each event's attempt goes on at each step: in strict order, nowhere when blocked first.
  // A column of its own, so that the joins below are on equal keys alone, which engines hash.
  // With one step there is nowhere to go: no column after `*`, whose trailing comma only DuckDB forgives.
  const follows = later.map((k) => `,\n  ${strict ? `CASE WHEN blocked_${k} IS NULL OR next_${k} < blocked_${k} THEN next_${k} END` : `next_${k}`} AS follow_${k}`);
  const followed = `SELECT *${follows.join('')}\nFROM scanned`;

  // The row reached at step k: r0 is the anchor.
  const row = (k: number) => (k === 0 ? 'a' : `r${k}`);
  const limit = `a.at_ms + ${windowMs}`;
  // The flags are filtered with `> 0`, not `= 1`: without statistics of a computed column, PostgreSQL
  // takes an equality to keep one row in 200 and an inequality one in 3; at one in 200 it expects
  // a single row at each join and nests loops, a scan of the whole log per attempt.
  const joins = later.map(
    (k) => `LEFT JOIN (SELECT * FROM followed WHERE at_step_${k} > 0) AS r${k} ON r${k}.unit_id = a.unit_id AND r${k}.pos = ${row(k - 1)}.follow_${k} AND r${k}.at_ms <= ${limit}`,
  );
  const last = row(count - 1);
  // One step: reached on entering, and nothing left to void (CASE needs a WHEN, so no CASE).
  const reached = count === 1 ? '1' : `CASE ${later.toReversed().map((k) => `WHEN r${k}.pos IS NOT NULL THEN ${k + 1}`).join(' ')} ELSE 1 END`;
  const attempts = [
    'SELECT a.unit_id, a.pos AS anchor_pos, a.at_ms AS start_ms,',
    `  ${reached} AS reached,`,
    `  ${last}.at_ms - a.at_ms AS duration_ms,`,
    `  ${voided(count, strict, limit)} AS voided`,
    'FROM followed AS a',
    ...joins,
    'WHERE a.at_step_0 > 0',
  ].join('\n');
  return [
    ['scanned', scanned],
    ['followed', followed],
    ['attempts', attempts],
  ];
}

/** Whether an exclusion event voided the attempt: seen before it completed, within the window. */
function voided(count: number, strict: boolean, limit: string): string {
  if (count === 1) return 'FALSE';
  const row = (k: number) => (k === 0 ? 'a' : `r${k}`);
  const later = range(count).slice(1);
  // A strict attempt sees events only up to where it stopped.
  if (strict) return `CASE ${later.map((k) => `WHEN r${k}.pos IS NULL THEN ${strictStop(row(k - 1), k, limit)}`).join(' ')} ELSE FALSE END`;
  // Exclusions sort before step events at the same time, so "before the last step" is "at or before its time".
  const last = row(count - 1);
  return `a.next_excluded_ms IS NOT NULL AND a.next_excluded_ms <= ${limit} AND (${last}.pos IS NULL OR a.next_excluded_ms <= ${last}.at_ms)`;
}

/** Whether a strict attempt that stopped before step k, at row `from`, stopped on an exclusion event within the window. */
function strictStop(from: string, k: number, limit: string): string {
  return `(${from}.blocked_${k} = ${from}.next_excluded_pos AND ${from}.blocked_ms_${k} <= ${limit} AND (${from}.next_${k} IS NULL OR ${from}.blocked_${k} < ${from}.next_${k}))`;
}

/**
 * Attempts in any order. From `any` step (PostHog's rule): each from an event of any step, reaching
 * the number of distinct steps seen within the window. From the `first-step` (Amplitude's rule):
 * each from an event of the first step, reaching the steps seen up to the first one missing.
 */
export function anyOrderAttempts(count: number, windowMs: string, start: 'any' | 'first-step'): [string, string][] {
  const here = 'OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)';
  const scanned = [
    'SELECT unit_id, pos, at_ms, first_code, at_step_0,',
    ...range(count).map((k) => `  MIN(CASE WHEN at_step_${k} = 1 THEN at_ms END) ${here} AS first_ms_${k},`),
    `  MIN(CASE WHEN excluded = 1 THEN at_ms END) ${here} AS next_excluded_ms`,
    'FROM positioned',
  ].join('\n');
  const limit = `at_ms + ${windowMs}`;
  // Spelled out so that a missing step makes it FALSE, never NULL.
  const within = (k: number) => `(first_ms_${k} IS NOT NULL AND first_ms_${k} <= ${limit})`;
  const complete = range(count).map(within).join(' AND ');
  const done = `GREATEST(${range(count).map((k) => `first_ms_${k}`).join(', ')})`;
  const reached =
    start === 'any'
      ? range(count).map((k) => `CASE WHEN ${within(k)} THEN 1 ELSE 0 END`).join(' + ')
      : `CASE ${range(count).map((k) => `WHEN NOT ${within(k)} THEN ${k}`).join(' ')} ELSE ${count} END`;
  const attempts = [
    'SELECT unit_id, pos AS anchor_pos, at_ms AS start_ms,',
    `  ${reached} AS reached,`,
    `  CASE WHEN ${complete} THEN ${done} - at_ms END AS duration_ms,`,
    `  next_excluded_ms IS NOT NULL AND next_excluded_ms <= ${limit} AND (NOT (${complete}) OR next_excluded_ms <= ${done}) AS voided`,
    'FROM scanned',
    start === 'any' ? 'WHERE first_code >= 0' : 'WHERE at_step_0 > 0',
  ].join('\n');
  return [
    ['scanned', scanned],
    ['attempts', attempts],
  ];
}
