import type { TopLevelSpec } from 'vega-lite';
import type { OpportunityPoint } from '../analysis/opportunity-matrix.ts';
import { opportunityStatuses } from '../schema/opportunity.ts';
import { numericScales } from '../schema/scales.ts';
import type { Chart } from './chart.ts';
import { formatNumber } from './format.ts';
import { slug } from './layout.ts';
import { chartColors, specFrame } from './theme.ts';

const effortScale = numericScales.effort;
const valueScale = numericScales.customerValue;
/** The lines that split the matrix into quadrants: the middle of each scale. */
const middleEffort = (effortScale.min + effortScale.max) / 2;
const middleValue = (valueScale.min + valueScale.max) / 2;
/** How far apart, in effort, points at the same place are drawn, so none hides another. */
const spread = 0.14;
/** Titles are cut in the chart (the table has them whole). */
const labelLength = 16;
/** How far apart, in value, the labels of points at the same place are stacked: a line of 11px text. */
const labelStep = 4.5;

/**
 * Whether an opportunity is a quick win: value above the middle of its scale, effort below it.
 *
 * @example
 * isQuickWin({ value: 75, effort: 2 }); // true
 */
export function isQuickWin(point: Pick<OpportunityPoint, 'value' | 'effort'>): boolean {
  return point.value !== undefined && point.effort !== undefined && point.value > middleValue && point.effort < middleEffort;
}

/**
 * Builds the opportunity matrix: each opportunity with a value and an effort as a point, value
 * (0–100, the mean of customer and business value) against effort (1–5), with a line from its
 * customer to its business value when both differ, split into quadrants at the middle of each
 * scale. Points at the same place are set side by side. The table lists every opportunity, scored
 * or not. Returns `undefined` when no opportunity has both a value and an effort.
 *
 * @example
 * const chart = opportunityMatrixChart(opportunityMatrix(workspace.journeys), 'All journeys');
 * chart?.table.columns; // ['opportunity', 'journey', 'customer value', 'business value', 'value', 'effort', 'status']
 */
export function opportunityMatrixChart(points: readonly OpportunityPoint[], scope: string): Chart | undefined {
  const placed = points.filter((point) => point.value !== undefined && point.effort !== undefined);
  if (placed.length === 0) return undefined;
  // Points by place, found once: the home page of a large workspace places thousands.
  const placeOf = (point: OpportunityPoint) => `${point.value} ${point.effort}`;
  const atPlace = Map.groupBy(placed, placeOf);
  const indexAtPlace = new Map([...atPlace.values()].flatMap((same) => same.map((point, index) => [point, index] as const)));
  const values = placed.map((point) => {
    const same = atPlace.get(placeOf(point))!;
    const index = indexAtPlace.get(point)!;
    const offset = (i: number) => Math.round((point.effort! + (i - (same.length - 1) / 2) * spread) * 100) / 100;
    return {
      key: `${point.journey.id}/${point.id}`,
      opportunity: point.title,
      label: point.title.length > labelLength ? `${point.title.slice(0, labelLength - 1)}…` : point.title,
      journey: point.journey.title,
      status: point.status,
      effort: point.effort!,
      x: offset(index),
      value: point.value!,
      // The labels of points at the same place stack right of the last of them, one line each.
      labelX: offset(same.length - 1),
      labelY: point.value! + ((same.length - 1) / 2 - index) * labelStep,
      customerValue: point.customerValue ?? null,
      businessValue: point.businessValue ?? null,
    };
  });
  spaceLabels(values);
  const title = `${scope}: opportunities by value and effort`;
  const description = describe(scope, placed, points.length);
  const quadrants = [
    { x: effortScale.min - 0.45, y: valueScale.max, text: 'Quick wins', align: 'left' },
    { x: effortScale.max + 0.45, y: valueScale.max, text: 'Big bets', align: 'right' },
    { x: effortScale.min - 0.45, y: valueScale.min, text: 'Fill-ins', align: 'left' },
    { x: effortScale.max + 0.45, y: valueScale.min, text: 'Reconsider', align: 'right' },
  ] as const;
  const efforts = Array.from({ length: effortScale.max - effortScale.min + 1 }, (_, i) => effortScale.min + i);
  const x = {
    field: 'x',
    type: 'quantitative' as const,
    title: `Effort (${effortScale.min} to ${effortScale.max})`,
    scale: { domain: [effortScale.min - 0.5, effortScale.max + 0.5], nice: false },
    axis: { values: efforts, format: 'd', grid: false },
  };
  const y = { field: 'value', type: 'quantitative' as const, title: `Value (${valueScale.min} to ${valueScale.max})`, scale: { domain: [valueScale.min, valueScale.max], nice: false } };
  const spec: TopLevelSpec = {
    ...specFrame(title, description),
    width: 640,
    height: 360,
    layer: [
      { data: { values: [{ effort: middleEffort }] }, mark: { type: 'rule', color: chartColors.axis, strokeDash: [4, 4], opacity: 0.6 }, encoding: { x: { field: 'effort', type: 'quantitative' } } },
      { data: { values: [{ value: middleValue }] }, mark: { type: 'rule', color: chartColors.axis, strokeDash: [4, 4], opacity: 0.6 }, encoding: { y: { field: 'value', type: 'quantitative' } } },
      ...quadrants.map((quadrant) => ({
        data: { values: [quadrant] },
        mark: { type: 'text' as const, align: quadrant.align, baseline: quadrant.y === valueScale.max ? ('top' as const) : ('bottom' as const), color: chartColors.axis, fontStyle: 'italic' },
        encoding: { x: { field: 'x', type: 'quantitative' as const }, y: { field: 'y', type: 'quantitative' as const }, text: { field: 'text' } },
      })),
      {
        data: { values },
        encoding: { x },
        layer: [
          {
            // Customer value to business value, so a point's two values show, not only their mean.
            mark: { type: 'rule', color: chartColors.axis, strokeWidth: 1.5 },
            transform: [{ filter: 'datum.customerValue !== null && datum.businessValue !== null && datum.customerValue !== datum.businessValue' }],
            encoding: { y: { field: 'customerValue', type: 'quantitative' }, y2: { field: 'businessValue' } },
          },
          {
            mark: { type: 'point', filled: true, size: 110, opacity: 1 },
            encoding: {
              y,
              color: { field: 'status', type: 'nominal', title: 'Status', sort: [...opportunityStatuses], legend: { orient: 'bottom', direction: 'horizontal' } },
              tooltip: [
                { field: 'opportunity', title: 'Opportunity' },
                { field: 'journey', title: 'Journey' },
                { field: 'customerValue', title: 'Customer value' },
                { field: 'businessValue', title: 'Business value' },
                { field: 'effort', title: 'Effort' },
                { field: 'status', title: 'Status' },
              ],
            },
          },
          {
            mark: { type: 'text', align: 'left', dx: 8, baseline: 'middle' },
            encoding: { x: { ...x, field: 'labelX' }, y: { ...y, field: 'labelY' }, text: { field: 'label' } },
          },
        ],
      },
    ],
  };
  return {
    id: `opportunity-matrix-${slug(scope)}`,
    title,
    description,
    spec,
    table: {
      columns: ['opportunity', 'journey', 'customer value', 'business value', 'value', 'effort', 'status'],
      rows: points.map((point) => [point.title, point.journey.title, point.customerValue ?? null, point.businessValue ?? null, point.value ?? null, point.effort ?? null, point.status]),
    },
  };
}

/**
 * Moves labels down where they would overlap another of the same effort, keeping their order: the
 * labels of one effort share a column of text.
 */
function spaceLabels(values: { effort: number; labelY: number }[]): void {
  for (const effort of new Set(values.map((value) => value.effort))) {
    const column = values.filter((value) => value.effort === effort).sort((a, b) => b.labelY - a.labelY);
    column.forEach((value, i) => {
      const above = column[i - 1];
      if (above !== undefined && above.labelY - value.labelY < labelStep) value.labelY = above.labelY - labelStep;
    });
  }
}

function describe(scope: string, placed: readonly OpportunityPoint[], total: number): string {
  const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
  const unscored = total - placed.length;
  const first = `${count(placed.length, 'opportunity', 'opportunities')} of ${scope} by value (0 to 100) against effort (1 to 5)${unscored > 0 ? `; ${count(unscored, 'has', 'have')} no value or effort yet and ${unscored === 1 ? 'is' : 'are'} only in the table` : ''}.`;
  const wins = placed.filter(isQuickWin).map((point) => point.title);
  return `${first} ${wins.length === 0 ? 'No quick wins (value above 50, effort below 3).' : `Quick wins (value above 50, effort below 3): ${wins.join(', ')}.`}`;
}
