import { describe, expect, it } from 'vitest';
import { journeySchema } from '../schema/journey.ts';
import { painOwnership } from './pain-ownership.ts';

const pain = (id: string, severity: string | number, owner?: string) => ({ id, title: id, severity, evidence: 'observed', ...(owner === undefined ? {} : { owner }) });
const install = journeySchema.parse({
  id: 'install',
  title: 'Installation',
  stages: [
    { id: 'survey', name: 'Survey', kind: 'purchase', steps: [{ id: 'book', name: 'Books', painPoints: [pain('phone-tag', 'high', 'ops'), pain('no-slot', 2, 'ops')] }] },
    { id: 'quiet', name: 'Quiet', kind: 'custom', steps: [] },
    { id: 'permit', name: 'Permit', kind: 'purchase', painPoints: [pain('silence', 5, 'permits'), pain('forms', 'low')], steps: [] },
  ],
});
const repair = journeySchema.parse({
  id: 'repair',
  title: 'Repair',
  stages: [{ id: 'report', name: 'Report', kind: 'retention', steps: [{ id: 'call', name: 'Calls', painPoints: [pain('hold', 'critical', 'contractors')] }] }],
});
const teams = [
  { id: 'permits', name: 'Permits' },
  { id: 'ops', name: 'Operations' },
  { id: 'sales', name: 'Sales' },
];

describe('painOwnership', () => {
  const { columns, rows } = painOwnership([install, repair], teams);

  it('has a column per stage with pain points, journey by journey in map order', () => {
    expect(columns.map(({ journey, stage }) => `${journey.id}/${stage.id} ${stage.kind}`)).toEqual(['install/survey purchase', 'install/permit purchase', 'repair/report retention']);
  });

  it('has a row per owning team in the teams\' order, then owners not among them, then nobody', () => {
    expect(rows.map(({ team, count, weighted }) => [team?.name, count, weighted])).toEqual([
      ['Permits', 1, 5],
      ['Operations', 2, 6],
      ['contractors', 1, 5],
      [undefined, 1, 2],
    ]);
  });

  it('counts and weighs each cell by severity on the 1–5 scale, naming its pain points', () => {
    const operations = rows[1]!;
    expect(operations.cells.map(({ count, weighted }) => [count, weighted])).toEqual([[2, 6], [0, 0], [0, 0]]);
    expect(operations.cells[0]!.painPoints).toEqual([
      { journey: { id: 'install', title: 'Installation' }, id: 'phone-tag', title: 'phone-tag', step: { id: 'book', name: 'Books' }, severity: 4 },
      { journey: { id: 'install', title: 'Installation' }, id: 'no-slot', title: 'no-slot', step: { id: 'book', name: 'Books' }, severity: 2 },
    ]);
    expect(rows[3]!.cells[1]!.painPoints.map((p) => [p.id, p.step])).toEqual([['forms', undefined]]);
  });

  it('is empty without pain points', () => {
    expect(painOwnership([], teams)).toEqual({ columns: [], rows: [] });
  });
});
