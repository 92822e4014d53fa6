import { describe, expect, it } from 'vitest';
import { opportunityMatrix } from '../analysis/opportunity-matrix.ts';
import { journeySchema } from '../schema/journey.ts';
import { isQuickWin, opportunityMatrixChart } from './opportunity-matrix.ts';

const journey = journeySchema.parse({
  id: 'install',
  title: 'Installation',
  stages: [
    {
      id: 'permit',
      name: 'Permit',
      kind: 'purchase',
      opportunities: [{ id: 'tracker', title: 'Permit tracker', customerValue: 'high', businessValue: 'medium', effort: 'medium', status: 'planned' }],
      steps: [
        {
          id: 'book',
          name: 'Books a survey',
          opportunities: [
            { id: 'online', title: 'Online booking', customerValue: 90, effort: 1 },
            { id: 'sms', title: 'SMS reminders', customerValue: 90, effort: 1, status: 'done' },
            { id: 'later', title: 'Someday', status: 'idea' },
          ],
        },
      ],
    },
  ],
});

describe('opportunityMatrix', () => {
  it('turns words and numbers into scores on their scales, value the mean of those given', () => {
    expect(opportunityMatrix([journey]).map(({ id, customerValue, businessValue, value, effort, step }) => [id, customerValue, businessValue, value, effort, step?.id])).toEqual([
      ['tracker', 75, 50, 62.5, 3, undefined],
      ['online', 90, undefined, 90, 1, 'book'],
      ['sms', 90, undefined, 90, 1, 'book'],
      ['later', undefined, undefined, undefined, undefined, 'book'],
    ]);
  });
});

describe('opportunityMatrixChart', () => {
  const chart = opportunityMatrixChart(opportunityMatrix([journey]), 'Installation')!;
  const points = (chart.spec as { layer: { data?: { values: { key: string; x: number; labelX: number; labelY: number }[] } }[] }).layer.at(-1)!.data!.values;

  it('plots the scored opportunities, setting those at the same place side by side and stacking their labels', () => {
    expect(points.map(({ key, x, labelX, labelY }) => [key, x, labelX, labelY])).toEqual([
      ['install/tracker', 3, 3, 62.5],
      ['install/online', 0.93, 1.07, 92.25],
      ['install/sms', 1.07, 1.07, 87.75],
    ]);
  });

  it('moves a label down where it would overlap another of the same effort', () => {
    const near = journeySchema.parse({
      id: 'j',
      title: 'J',
      stages: [{ id: 's', name: 'S', kind: 'custom', opportunities: [{ id: 'a', title: 'A', customerValue: 50, effort: 2 }, { id: 'b', title: 'B', customerValue: 52, effort: 2 }], steps: [] }],
    });
    const spec = opportunityMatrixChart(opportunityMatrix([near]), 'J')!.spec as { layer: { data?: { values: { key: string; labelY: number }[] } }[] };
    expect(spec.layer.at(-1)!.data!.values.map(({ key, labelY }) => [key, labelY])).toEqual([['j/a', 47.5], ['j/b', 52]]);
  });

  it('lists every opportunity in its table, scored or not', () => {
    expect(chart.table.rows).toEqual([
      ['Permit tracker', 'Installation', 75, 50, 62.5, 3, 'planned'],
      ['Online booking', 'Installation', 90, null, 90, 1, 'idea'],
      ['SMS reminders', 'Installation', 90, null, 90, 1, 'done'],
      ['Someday', 'Installation', null, null, null, null, 'idea'],
    ]);
  });

  it('says how many are plotted, which are not, and names the quick wins', () => {
    expect(chart.description).toBe(
      '3 opportunities of Installation by value (0 to 100) against effort (1 to 5); 1 has no value or effort yet and is only in the table. Quick wins (value above 50, effort below 3): Online booking, SMS reminders.',
    );
    expect([isQuickWin({ value: 75, effort: 2 }), isQuickWin({ value: 50, effort: 2 }), isQuickWin({ value: 75, effort: 3 })]).toEqual([true, false, false]);
  });

  it('is not drawn when no opportunity has both a value and an effort', () => {
    expect(opportunityMatrixChart(opportunityMatrix([journey]).slice(3), 'Installation')).toBeUndefined();
  });
});
