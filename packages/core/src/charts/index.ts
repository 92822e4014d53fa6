// Vega-Lite specs for the charts of a workspace: pure data, rendered by the site at build time.

export type { Chart, ChartTable } from './chart.ts';
export { emotionCurveChart } from './emotion-curve.ts';
export { funnelChart, type FunnelInput } from './funnel.ts';
export { metricTrendChart } from './metric-trend.ts';
export { isQuickWin, opportunityMatrixChart } from './opportunity-matrix.ts';
export { scoreDistributionChart, type ScoreDistributionInput } from './score-distribution.ts';
export { chartColors, chartCssColors } from './theme.ts';
export { touchpointMatrixChart } from './touchpoint-matrix.ts';
