import type { TopLevelSpec } from 'vega-lite';

/** The data of a chart as rows and columns, for readers who cannot see the chart. */
export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/** A chart as data: a Vega-Lite spec with the words and the table that make it accessible. */
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
