// Static SVG rendering of Journeykit charts at build time (Node only).

export { createChartRenderer, type ChartRenderer } from './chart-renderer.ts';
export { renderChartSvg, type RenderableChart } from './render-chart-svg.ts';
