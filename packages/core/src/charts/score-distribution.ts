import { plural } from '../render/words/plural.ts';
import type { TopLevelSpec } from 'vega-lite';
import type { Chart } from './chart.ts';
import { formatNumber, percent, round1 } from './format.ts';
import { axisSize, slug } from './layout.ts';
import { chartColors, specFrame } from './theme.ts';

/**
 * Survey answers counted per score. `goodEnd` says which end of a CSAT or CES scale is good (high
 * unless the survey asks the other way round); `id` defaults to `<kind>-distribution-<slug of title>`.
 *
 * @example
 * const input: ScoreDistributionInput = { title: 'NPS in 2026-Q3', kind: 'nps', scale: { min: 0, max: 10 }, counts: [{ score: 9, count: 120 }, { score: 3, count: 14 }] };
 * scoreDistributionChart(input);
 */
export interface ScoreDistributionInput {
  id?: string;
  title: string;
  kind: 'nps' | 'csat' | 'ces';
  scale: { min: number; max: number };
  counts: { score: number; count: number }[];
  goodEnd?: 'high' | 'low';
}

type Group = 'negative' | 'neutral' | 'positive';

const groupNames: Record<ScoreDistributionInput['kind'], Record<Group, string>> = {
  nps: { negative: 'Detractors', neutral: 'Passives', positive: 'Promoters' },
  csat: { negative: 'Dissatisfied', neutral: 'Neutral', positive: 'Satisfied' },
  ces: { negative: 'Difficult', neutral: 'Neutral', positive: 'Easy' },
};

const groupColors: Record<Group, string> = { negative: chartColors.series[1], neutral: chartColors.neutral, positive: chartColors.series[0] };

/**
 * Builds the distribution of survey scores: a bar for every score of the scale (zero counts
 * included), coloured by group. NPS groups are detractors 0–6, passives 7–8 and promoters 9–10;
 * CSAT and CES scores above the scale's middle are positive, those below negative and the middle
 * one neutral. Counts for scores outside the scale are left out.
 *
 * @example
 * const chart = scoreDistributionChart({ title: 'Onboarding NPS', kind: 'nps', scale: { min: 0, max: 10 }, counts: [{ score: 9, count: 3 }] });
 * chart.table.rows[9]; // [9, 'Promoters', 3, '100%']
 */
export function scoreDistributionChart(input: ScoreDistributionInput): Chart {
  const { min, max } = input.scale;
  const scores = Array.from({ length: Math.max(0, Math.floor(max) - Math.ceil(min) + 1) }, (_, i) => Math.ceil(min) + i);
  const total = scores.reduce((sum, score) => sum + countOf(input, score), 0);
  const bars = scores.map((score) => {
    const group = groupOf(input, score);
    const count = countOf(input, score);
    return { score, group: groupNames[input.kind][group], key: group, count, share: total === 0 ? null : percent(count / total) };
  });
  const groups = (['negative', 'neutral', 'positive'] as const).filter((group) => bars.some((bar) => bar.key === group));
  const label = (group: Group) => `${groupNames[input.kind][group]} (${span(bars.filter((bar) => bar.key === group).map((bar) => bar.score))})`;
  const values = bars.map((bar) => ({ ...bar, legend: label(bar.key) }));
  const description = describe(input, bars, total);
  const spec: TopLevelSpec = {
    ...specFrame(input.title, description),
    width: axisSize(scores.length, 36),
    height: 220,
    data: { values },
    encoding: {
      x: { field: 'score', type: 'ordinal', title: 'Score', scale: { domain: scores }, axis: { labelAngle: 0 } },
      y: { field: 'count', type: 'quantitative', title: 'Responses', scale: total === 0 ? { domain: [0, 1] } : { domainMin: 0 }, axis: { format: ',d', tickMinStep: 1 } },
      tooltip: [
        { field: 'score', title: 'Score' },
        { field: 'group', title: 'Group' },
        { field: 'count', title: 'Responses', format: ',d' },
        { field: 'share', title: 'Share' },
      ],
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          color: {
            field: 'legend',
            type: 'nominal',
            title: null,
            scale: { domain: groups.map(label), range: groups.map((group) => groupColors[group]) },
            legend: { orient: 'bottom', direction: 'horizontal' },
          },
        },
      },
      { mark: { type: 'text', baseline: 'bottom', dy: -2 }, encoding: { text: { field: 'count', format: ',d' } } },
    ],
  };
  return {
    id: input.id ?? `${input.kind}-distribution-${slug(input.title)}`,
    title: input.title,
    description,
    spec,
    table: { columns: ['score', 'group', 'count', 'share'], rows: bars.map((bar) => [bar.score, bar.group, bar.count, bar.share]) },
  };
}

function countOf(input: ScoreDistributionInput, score: number): number {
  return input.counts.filter((entry) => entry.score === score).reduce((sum, entry) => sum + entry.count, 0);
}

function groupOf(input: ScoreDistributionInput, score: number): Group {
  if (input.kind === 'nps') return score <= 6 ? 'negative' : score <= 8 ? 'neutral' : 'positive';
  const middle = (input.scale.min + input.scale.max) / 2;
  if (score === middle) return 'neutral';
  return (score > middle) === (input.goodEnd !== 'low') ? 'positive' : 'negative';
}

function span(scores: number[]): string {
  const first = Math.min(...scores);
  const last = Math.max(...scores);
  return first === last ? `${first}` : `${first}–${last}`;
}

function describe(input: ScoreDistributionInput, bars: { key: Group; count: number }[], total: number): string {
  const scale = `${input.scale.min}–${input.scale.max}`;
  if (total === 0) return `No responses yet on the ${scale} scale.`;
  const sum = (group: Group) => bars.filter((bar) => bar.key === group).reduce((all, bar) => all + bar.count, 0);
  const names = groupNames[input.kind];
  const responses = `${formatNumber(total)} ${plural(total, 'response')} on the ${scale} scale`;
  if (input.kind === 'nps') {
    const nps = round1((100 * (sum('positive') - sum('negative'))) / total);
    const groups = (['positive', 'neutral', 'negative'] as const).map((group) => `${formatNumber(sum(group))} ${names[group].toLowerCase()}`);
    return `${responses}: ${groups.join(', ')}, for an NPS of ${formatNumber(nps)}.`;
  }
  return `${responses}: ${percent(sum('positive') / total)} ${names.positive.toLowerCase()}, ${percent(sum('negative') / total)} ${names.negative.toLowerCase()}.`;
}
