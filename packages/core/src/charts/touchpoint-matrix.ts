import { plural } from '../render/words/plural.ts';
import type { TopLevelSpec } from 'vega-lite';
import { journeyParts } from '../schema/journey-parts.ts';
import type { Channel } from '../schema/channel.ts';
import type { Journey } from '../schema/journey.ts';
import type { Chart } from './chart.ts';
import { namesAt } from './findings.ts';
import { formatNumber } from './format.ts';
import { axisSize, labelAngle, uniqueLabels } from './layout.ts';
import { chartColors, specFrame } from './theme.ts';

/**
 * Builds the touchpoint matrix of a journey: how many touchpoints each channel has in each stage,
 * as a heatmap with the count in every cell. Rows are the channels the journey uses, in the order
 * of `channels` (a channel id missing from it is shown as is, last); columns are the stages in map
 * order; the spec holds both orders as the parameters `stageOrder` and `channelOrder`. Returns
 * `undefined` when the journey has no touchpoints.
 *
 * @example
 * const chart = touchpointMatrixChart(journey, workspace.channels);
 * chart?.table.columns; // ['channel', 'Discovery', 'Trial', …]
 */
export function touchpointMatrixChart(journey: Journey, channels: readonly Channel[]): Chart | undefined {
  const { touchpoints } = journeyParts(journey);
  if (touchpoints.length === 0) return undefined;
  const used = new Set(touchpoints.map((part) => part.value.channel));
  const known = channels.filter((channel) => used.has(channel.id));
  const unknown = [...used].filter((id) => !known.some((channel) => channel.id === id)).sort();
  const rowIds = [...known.map((channel) => channel.id), ...unknown];
  const rowLabels = uniqueLabels([...known.map((channel) => channel.name), ...unknown], rowIds);
  const stageLabels = uniqueLabels(
    journey.stages.map((stage) => stage.name),
    journey.stages.map((stage) => stage.id),
  );
  const countAt = (channelId: string, stageIndex: number) =>
    touchpoints.filter((part) => part.value.channel === channelId && journey.stages.indexOf(part.stage) === stageIndex).length;
  const values = rowIds.flatMap((channelId, row) =>
    stageLabels.map((stage, column) => ({ channel: rowLabels[row] ?? channelId, stage, count: countAt(channelId, column) })),
  );
  const title = `${journey.title}: touchpoints by channel and stage`;
  const description = describe(journey.title, values, touchpoints.length, rowIds.length);
  const width = axisSize(stageLabels.length, 96);
  const spec: TopLevelSpec = {
    ...specFrame(title, description),
    width,
    height: axisSize(rowIds.length, 32, 64, 900),
    data: { values },
    // Orders as parameters rather than literal domains: every journey's spec then has the same
    // shape but for data, size and parameter values, and renderers can share its compile.
    params: [
      { name: 'stageOrder', value: stageLabels },
      { name: 'channelOrder', value: rowLabels },
    ],
    encoding: {
      x: {
        field: 'stage',
        type: 'ordinal',
        title: 'Stage',
        scale: { domain: { expr: 'stageOrder' }, paddingInner: 0.06 },
        axis: { orient: 'top', labelAngle: labelAngle(stageLabels, width / stageLabels.length), domain: false, ticks: false },
      },
      y: { field: 'channel', type: 'ordinal', title: 'Channel', scale: { domain: { expr: 'channelOrder' }, paddingInner: 0.08 }, axis: { domain: false, ticks: false } },
      tooltip: [
        { field: 'channel', title: 'Channel' },
        { field: 'stage', title: 'Stage' },
        { field: 'count', title: 'Touchpoints' },
      ],
    },
    layer: [
      { mark: { type: 'rect', color: chartColors.grid, opacity: 0.6 }, transform: [{ filter: 'datum.count === 0' }] },
      {
        // Opacity rather than a colour ramp: a ramp would invent colours the site cannot theme.
        mark: { type: 'rect', color: chartColors.series[0] },
        transform: [{ filter: 'datum.count > 0' }],
        encoding: { opacity: { field: 'count', type: 'quantitative', scale: { range: [0.3, 0.75], zero: false }, legend: null } },
      },
      { mark: { type: 'text', baseline: 'middle' }, transform: [{ filter: 'datum.count > 0' }], encoding: { text: { field: 'count' } } },
    ],
  };
  return {
    id: `touchpoint-matrix-${journey.id}`,
    title,
    description,
    spec,
    table: {
      columns: ['channel', ...stageLabels],
      rows: rowLabels.map((channel) => [channel, ...values.filter((value) => value.channel === channel).map((value) => value.count)]),
    },
  };
}

function describe(journey: string, cells: { channel: string; stage: string; count: number }[], total: number, channels: number): string {
  const busiest = Math.max(...cells.map((cell) => cell.count));
  const items = cells.map((cell) => ({ name: `${cell.channel} in ${cell.stage}`, value: cell.count }));
  const ties = items.filter((item) => item.value === busiest).length;
  const count = (n: number, word: string) => `${formatNumber(n)} ${plural(n, word)}`;
  return `${count(total, 'touchpoint')} of ${journey} on ${count(channels, 'channel')}, by stage. Most touchpoints: ${namesAt(items, busiest)} (${count(busiest, 'touchpoint')}${ties > 1 ? ' each' : ''}).`;
}
