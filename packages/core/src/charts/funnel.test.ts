import { describe, expect, it } from 'vitest';
import { funnelChart } from './funnel.ts';

const trial = {
  title: 'Trial to paid',
  steps: [
    { label: 'Visit', count: 1000 },
    { label: 'Sign up', count: 400 },
    { label: 'Activate', count: 300 },
    { label: 'Pay', count: 60 },
  ],
};

describe('funnelChart', () => {
  it('computes step-to-step conversion, overall conversion and drop-off for every step', () => {
    expect(funnelChart(trial)?.table).toEqual({
      columns: ['step', 'count', 'conversion from previous', 'overall conversion', 'drop-off'],
      rows: [
        ['Visit', 1000, null, '100%', null],
        ['Sign up', 400, '40%', '40%', 600],
        ['Activate', 300, '75%', '30%', 100],
        ['Pay', 60, '20%', '6%', 240],
      ],
    });
  });

  it('names the biggest leak, the lowest step-to-step conversion', () => {
    expect(funnelChart(trial)?.description).toBe(
      '4 steps from Visit (1,000) to Pay (60), an overall conversion of 6%. The biggest leak is from Activate to Pay: 20% convert and 240 drop off.',
    );
  });

  it('labels each bar with its count and its conversion from the previous step', () => {
    const spec = funnelChart(trial)?.spec as { data: { values: { label: string }[] } };
    expect(spec.data.values.map((value) => value.label)).toEqual([
      '1,000',
      '400 (40% of previous)',
      '300 (75% of previous)',
      '60 (20% of previous)',
    ]);
  });

  it('leaves conversions empty rather than dividing by zero', () => {
    const chart = funnelChart({ title: 'Empty', steps: [{ label: 'A', count: 0 }, { label: 'B', count: 0 }] });
    expect(chart?.table.rows).toEqual([
      ['A', 0, null, null, null],
      ['B', 0, null, null, 0],
    ]);
  });

  it('takes its id from the title unless given one', () => {
    expect(funnelChart(trial)?.id).toBe('funnel-trial-to-paid');
    expect(funnelChart({ ...trial, id: 'checkout' })?.id).toBe('checkout');
  });

  it('describes a funnel of one step', () => {
    expect(funnelChart({ title: 'One', steps: [{ label: 'Visit', count: 5 }] })?.description).toBe('A single step, Visit, with 5.');
  });

  it('returns undefined without steps', () => {
    expect(funnelChart({ title: 'Nothing', steps: [] })).toBeUndefined();
  });
});
