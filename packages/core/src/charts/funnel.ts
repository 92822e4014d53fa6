import type { TopLevelSpec } from 'vega-lite';
import type { Chart } from './chart.ts';
import { formatNumber, percent } from './format.ts';
import { axisSize, slug, uniqueLabels } from './layout.ts';
import { specFrame } from './theme.ts';

/**
 * The counts of a funnel, step by step in order; `id` defaults to `funnel-<slug of title>`.
 *
 * @example
 * const input: FunnelInput = { title: 'Checkout funnel', steps: [{ label: 'Cart', count: 800 }, { label: 'Paid', count: 520 }] };
 * funnelChart(input)?.id; // 'funnel-checkout-funnel'
 */
export interface FunnelInput {
  id?: string;
  title: string;
  steps: { label: string; count: number }[];
}

/** One step of a funnel with its conversions; ratios are `null` where the base is zero or absent. */
interface FunnelRow {
  step: string;
  count: number;
  conversion: number | null;
  overall: number | null;
  dropOff: number | null;
}

/**
 * Builds a funnel chart: a bar per step with its count and its conversion from the previous step,
 * and a table with step-to-step conversion c_k = U_k / U_(k−1), overall conversion C_k = U_k / U_1
 * and drop-off U_(k−1) − U_k. Returns `undefined` when there are no steps.
 *
 * @example
 * const chart = funnelChart({ title: 'Trial to paid', steps: [{ label: 'Trial', count: 200 }, { label: 'Paid', count: 50 }] });
 * chart?.table.rows[1]; // ['Paid', 50, '25%', '25%', 150]
 */
export function funnelChart(input: FunnelInput): Chart | undefined {
  if (input.steps.length === 0) return undefined;
  const labels = uniqueLabels(
    input.steps.map((step) => step.label),
    input.steps.map((_, i) => `step ${i + 1}`),
  );
  const first = input.steps[0]?.count ?? 0;
  const rows: FunnelRow[] = input.steps.map((step, i) => {
    const previous = input.steps[i - 1]?.count;
    return {
      step: labels[i] ?? step.label,
      count: step.count,
      conversion: previous === undefined || previous === 0 ? null : step.count / previous,
      overall: first === 0 ? null : step.count / first,
      dropOff: previous === undefined ? null : previous - step.count,
    };
  });
  const show = (ratio: number | null) => (ratio === null ? null : percent(ratio));
  const values = rows.map((row) => ({
    ...row,
    countText: formatNumber(row.count),
    conversionText: show(row.conversion) ?? '–',
    overallText: show(row.overall) ?? '–',
    dropOffText: row.dropOff === null ? '–' : formatNumber(row.dropOff),
    label: row.conversion === null ? formatNumber(row.count) : `${formatNumber(row.count)} (${percent(row.conversion)} of previous)`,
  }));
  const description = describe(rows);
  const spec: TopLevelSpec = {
    ...specFrame(input.title, description),
    width: 480,
    height: axisSize(rows.length, 36, 72, 900),
    data: { values },
    encoding: {
      y: { field: 'step', type: 'ordinal', sort: null, title: null },
      x: { field: 'count', type: 'quantitative', title: 'Count', axis: { format: ',d', tickMinStep: 1 } },
      tooltip: [
        { field: 'step', title: 'Step' },
        { field: 'countText', title: 'Count' },
        { field: 'conversionText', title: 'Conversion from previous' },
        { field: 'overallText', title: 'Overall conversion' },
        { field: 'dropOffText', title: 'Drop-off' },
      ],
    },
    layer: [
      { mark: { type: 'bar' } },
      { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 }, encoding: { text: { field: 'label' } } },
    ],
  };
  return {
    id: input.id ?? `funnel-${slug(input.title)}`,
    title: input.title,
    description,
    spec,
    table: {
      columns: ['step', 'count', 'conversion from previous', 'overall conversion', 'drop-off'],
      rows: rows.map((row) => [row.step, row.count, show(row.conversion), show(row.overall), row.dropOff]),
    },
  };
}

function describe(rows: FunnelRow[]): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined || rows.length === 1) {
    return `A single step, ${first?.step ?? ''}, with ${formatNumber(first?.count ?? 0)}.`;
  }
  const overall = last.overall === null ? '' : `, an overall conversion of ${percent(last.overall)}`;
  const flow = `${rows.length} steps from ${first.step} (${formatNumber(first.count)}) to ${last.step} (${formatNumber(last.count)})${overall}.`;
  const leaks = rows.filter((row) => row.conversion !== null);
  const leak = leaks.reduce<FunnelRow | undefined>((worst, row) => (worst === undefined || (row.conversion ?? 1) < (worst.conversion ?? 1) ? row : worst), undefined);
  if (leak === undefined || leak.conversion === null) return flow;
  const from = rows[rows.indexOf(leak) - 1]?.step ?? '';
  return `${flow} The biggest leak is from ${from} to ${leak.step}: ${percent(leak.conversion)} convert and ${formatNumber(leak.dropOff ?? 0)} drop off.`;
}
