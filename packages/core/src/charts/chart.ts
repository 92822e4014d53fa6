import type { TopLevelSpec } from 'vega-lite';

/**
 * The data of a chart as rows and columns, for readers who cannot see the chart.
 *
 * @example
 * const table: ChartTable = { columns: ['Step', 'People'], rows: [['Visit', 1000], ['Sign up', 200]] };
 */
export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * A chart as data: a Vega-Lite spec with the words and the table that make it accessible.
 *
 * @example
 * const chart: Chart = scoreDistributionChart({ title: 'NPS', kind: 'nps', scale: { min: 0, max: 10 }, counts: [{ score: 9, count: 3 }] });
 * chart.spec; // a Vega-Lite spec to render; chart.description and chart.table say the same in words and rows
 */
export interface Chart {
  /** Stable and url-safe, like `emotion-curve-onboarding`; unique on a page. */
  id: string;
  /** The visible title. */
  title: string;
  /** What the chart shows and its key finding, in one or two sentences. */
  description: string;
  /** The Vega-Lite spec, with inline data and placeholder colours (see `chartColors`). */
  spec: TopLevelSpec;
  /** The same data as the chart, as a table. */
  table: ChartTable;
}
