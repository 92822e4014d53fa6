import { describe, expect, it } from 'vitest';
import { scoreDistributionChart } from './score-distribution.ts';

const everyScoreOnce = Array.from({ length: 11 }, (_, score) => ({ score, count: 1 }));

describe('scoreDistributionChart', () => {
  it('groups NPS scores into detractors 0–6, passives 7–8 and promoters 9–10', () => {
    const chart = scoreDistributionChart({ title: 'Onboarding NPS', kind: 'nps', scale: { min: 0, max: 10 }, counts: everyScoreOnce });
    expect(chart.table.columns).toEqual(['score', 'group', 'count', 'share']);
    expect(chart.table.rows.map(([score, group]) => `${score} ${group}`)).toEqual([
      '0 Detractors',
      '1 Detractors',
      '2 Detractors',
      '3 Detractors',
      '4 Detractors',
      '5 Detractors',
      '6 Detractors',
      '7 Passives',
      '8 Passives',
      '9 Promoters',
      '10 Promoters',
    ]);
  });

  it('gives the NPS in the description: 100 × (promoters − detractors) / respondents', () => {
    const chart = scoreDistributionChart({ title: 'NPS', kind: 'nps', scale: { min: 0, max: 10 }, counts: everyScoreOnce });
    expect(chart.description).toBe('11 responses on the 0–10 scale: 2 promoters, 2 passives, 7 detractors, for an NPS of −45.5.');
  });

  it('shows every score of the scale, with zero bars and summed duplicates', () => {
    const chart = scoreDistributionChart({
      title: 'CSAT',
      kind: 'csat',
      scale: { min: 1, max: 5 },
      counts: [{ score: 5, count: 3 }, { score: 4, count: 1 }, { score: 5, count: 4 }, { score: 9, count: 100 }],
    });
    expect(chart.table.rows).toEqual([
      [1, 'Dissatisfied', 0, '0%'],
      [2, 'Dissatisfied', 0, '0%'],
      [3, 'Neutral', 0, '0%'],
      [4, 'Satisfied', 1, '12.5%'],
      [5, 'Satisfied', 7, '87.5%'],
    ]);
    expect(chart.description).toBe('8 responses on the 1–5 scale: 100% satisfied, 0% dissatisfied.');
  });

  it('colours each group with its own palette colour and names its scores in the legend', () => {
    const chart = scoreDistributionChart({ title: 'NPS', kind: 'nps', scale: { min: 0, max: 10 }, counts: [] });
    const spec = chart.spec as { layer: { encoding?: { color?: { scale: unknown } } }[] };
    expect(spec.layer[0]?.encoding?.color?.scale).toEqual({
      domain: ['Detractors (0–6)', 'Passives (7–8)', 'Promoters (9–10)'],
      range: ['#f58518', '#bab0ac', '#4c78a8'],
    });
  });

  it('splits a CES scale at its middle, the good end as declared', () => {
    const groups = (goodEnd: 'high' | 'low') =>
      scoreDistributionChart({ title: 'Effort', kind: 'ces', scale: { min: 1, max: 7 }, counts: [], goodEnd }).table.rows.map((row) => row[1]);
    expect(groups('high')).toEqual(['Difficult', 'Difficult', 'Difficult', 'Neutral', 'Easy', 'Easy', 'Easy']);
    expect(groups('low')).toEqual(['Easy', 'Easy', 'Easy', 'Neutral', 'Difficult', 'Difficult', 'Difficult']);
  });

  it('has no neutral group on a scale without a middle score', () => {
    const chart = scoreDistributionChart({ title: 'CSAT', kind: 'csat', scale: { min: 1, max: 4 }, counts: [] });
    expect(chart.table.rows.map((row) => row[1])).toEqual(['Dissatisfied', 'Dissatisfied', 'Satisfied', 'Satisfied']);
  });

  it('still draws the scale when nobody answered', () => {
    const chart = scoreDistributionChart({ title: 'Kickoff CSAT', kind: 'csat', scale: { min: 1, max: 5 }, counts: [] });
    expect(chart.id).toBe('csat-distribution-kickoff-csat');
    expect(chart.description).toBe('No responses yet on the 1–5 scale.');
    expect(chart.table.rows.map((row) => row[3])).toEqual([null, null, null, null, null]);
  });
});
