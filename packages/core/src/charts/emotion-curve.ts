import { plural } from '../render/words/plural.ts';
import type { TopLevelSpec } from 'vega-lite';
import { journeyParts } from '../schema/journey-parts.ts';
import type { Journey } from '../schema/journey.ts';
import type { Chart } from './chart.ts';
import { namesAt } from './findings.ts';
import { formatNumber } from './format.ts';
import { axisSize, labelAngle, uniqueLabels } from './layout.ts';
import { chartColors, specFrame } from './theme.ts';

/**
 * Builds the emotion curve of a journey: the customer's emotion at each step, in map order, on the
 * journey's emotion scale, with points coloured by stage. Steps without an emotion are left out;
 * returns `undefined` when no step has one.
 *
 * @example
 * const chart = emotionCurveChart(journey);
 * chart?.table.columns; // ['stage', 'step', 'emotion']
 */
export function emotionCurveChart(journey: Journey): Chart | undefined {
  const felt = journeyParts(journey).steps.filter((part) => part.value.emotion !== undefined);
  if (felt.length === 0) return undefined;
  const stageLabels = uniqueLabels(
    journey.stages.map((stage) => stage.name),
    journey.stages.map((stage) => stage.id),
  );
  const stageOf = (part: (typeof felt)[number]) => stageLabels[journey.stages.indexOf(part.stage)] ?? part.stage.name;
  const steps = uniqueLabels(
    felt.map((part) => part.value.name),
    felt.map(stageOf),
  );
  const values = felt.map((part, i) => ({ step: steps[i] ?? part.value.name, stage: stageOf(part), emotion: part.value.emotion ?? 0 }));
  const { min, max } = journey.emotionScale;
  const title = `${journey.title}: emotion per step`;
  const description = describe(journey.title, values, min, max);
  const width = axisSize(values.length, 48);
  const spec: TopLevelSpec = {
    ...specFrame(title, description),
    width,
    height: 240,
    data: { values },
    encoding: {
      x: {
        field: 'step',
        type: 'ordinal',
        sort: null,
        title: 'Step',
        axis: { labelAngle: labelAngle(steps, width / values.length) },
      },
      y: {
        field: 'emotion',
        type: 'quantitative',
        title: `Emotion (${min} to ${max})`,
        scale: { domain: [min, max], nice: false },
        axis: max - min <= 10 ? { values: range(min, max) } : { tickMinStep: 1 },
      },
    },
    layer: [
      { mark: { type: 'line', color: chartColors.axis, strokeWidth: 2 } },
      {
        mark: { type: 'point', filled: true, size: 90, opacity: 1 },
        encoding: {
          color: {
            field: 'stage',
            type: 'nominal',
            title: 'Stage',
            // Stages in the order their steps come, as an explicit domain would give, but without
            // one the spec of every journey has the same shape and renderers can share its compile.
            sort: null,
            legend: { orient: 'bottom', direction: 'horizontal' },
          },
          tooltip: [
            { field: 'stage', title: 'Stage' },
            { field: 'step', title: 'Step' },
            { field: 'emotion', title: 'Emotion' },
          ],
        },
      },
    ],
  };
  return {
    id: `emotion-curve-${journey.id}`,
    title,
    description,
    spec,
    table: { columns: ['stage', 'step', 'emotion'], rows: values.map((value) => [value.stage, value.step, value.emotion]) },
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function describe(journey: string, values: { step: string; stage: string; emotion: number }[], min: number, max: number): string {
  const items = values.map((value) => ({ name: `${value.step} (${value.stage})`, value: value.emotion }));
  const lowest = Math.min(...items.map((item) => item.value));
  const highest = Math.max(...items.map((item) => item.value));
  const scale = `Emotion at ${values.length} ${plural(values.length, 'step')} of ${journey}, from ${min} (most negative) to ${max} (most positive).`;
  if (lowest === highest) return `${scale} Every step is at ${formatNumber(lowest)}.`;
  return `${scale} Lowest at ${formatNumber(lowest)}: ${namesAt(items, lowest)}; highest at ${formatNumber(highest)}: ${namesAt(items, highest)}.`;
}
