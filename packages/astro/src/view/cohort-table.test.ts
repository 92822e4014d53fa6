import { cohortRetention, metricSchema } from '@journeykit/core';
import { describe, expect, it } from 'vitest';
import { cohortTable } from './cohort-table.ts';

const metric = metricSchema.parse({
  id: 'repeat',
  name: 'Repeat orders',
  kind: 'retention',
  target: 30,
  source: { file: 'data/e.csv', format: 'events', retention: { start: ['buy'], return: ['buy'] } },
});
const table = cohortRetention(
  {
    starts: [{ person: 'a', time: '2026-01-05' }, { person: 'b', time: '2026-01-09' }, { person: 'c', time: '2026-02-02' }],
    returns: [{ person: 'a', time: '2026-02-10' }, { person: 'c', time: '2026-03-03' }],
  },
  { period: 'month', mode: 'on' },
);

describe('cohortTable', () => {
  it('gives a row per cohort with its size, and a column per month since its own', () => {
    const view = cohortTable(metric, table, 2);
    expect(view.offsets).toEqual(['Month 0', 'Month 1', 'Month 2']);
    expect(view.rows.map((row) => [row.cohort, row.size, row.thin, row.cells.map((cell) => cell?.text)])).toEqual([
      ['2026-01', 2, false, ['100%', '50%', '0%']],
      ['2026-02', 1, true, ['100%', '100%', undefined]],
    ]);
  });

  it('shades retention after the cohort\'s own period by tenths of the highest, and marks periods under way', () => {
    const view = cohortTable(metric, table, 2);
    expect(view.rows[0]!.cells.map((cell) => cell?.shade)).toEqual([undefined, 5, 0]);
    expect(view.rows[1]!.cells[1]).toEqual({ text: '100%', shade: 10, incomplete: true });
    expect(view.average.cells.map((cell) => [cell.text, cell.incomplete])).toEqual([['100%', false], ['50%', false], ['0%', true]]);
    expect(view.incomplete).toBe(true);
  });
});
