import type { Config } from 'vega-lite';

/**
 * The placeholder colours every chart spec uses. They look right in any Vega-Lite tool; the site's
 * renderer swaps each for the CSS in {@link chartCssColors}, so charts follow light and dark mode.
 *
 * @example
 * chartColors.series[0]; // '#4c78a8', the first series' colour in every spec
 */
export const chartColors = {
  series: ['#4c78a8', '#f58518', '#54a24b', '#b279a2', '#72b7b2', '#9d755d'],
  neutral: '#bab0ac',
  target: '#e45756',
  text: '#1f2937',
  axis: '#6b7280',
  grid: '#e5e7eb',
} as const;

/**
 * The CSS value that replaces each placeholder colour, by lower-case hex: a custom property of the
 * site with a fallback, so a site that defines none still gets readable charts.
 *
 * @example
 * const themed = svg.replace(/#[0-9a-f]{6}/gi, (hex) => chartCssColors[hex.toLowerCase()] ?? hex);
 */
export const chartCssColors: Readonly<Record<string, string>> = Object.fromEntries([
  ...chartColors.series.map((hex, i) => [hex, `var(--jk-chart-${i + 1}, ${hex})`]),
  [chartColors.neutral, `var(--jk-chart-neutral, ${chartColors.neutral})`],
  [chartColors.target, `var(--jk-chart-target, ${chartColors.target})`],
  [chartColors.text, 'var(--jk-chart-text, currentColor)'],
  [chartColors.axis, 'var(--jk-chart-axis, var(--jk-chart-text, currentColor))'],
  [chartColors.grid, 'var(--jk-chart-grid, color-mix(in srgb, currentColor 15%, transparent))'],
]);

// Vega estimates text at 0.8em a character without a canvas, so the default limits cut too soon.
const labels = {
  labelLimit: 240,
  labelColor: chartColors.text,
  labelFontSize: 11,
  titleColor: chartColors.text,
  titleFontSize: 12,
  titleFontWeight: 'normal',
} as const;

const config: Config = {
  font: 'system-ui, sans-serif',
  view: { stroke: null },
  axis: { ...labels, domainColor: chartColors.axis, tickColor: chartColors.axis, gridColor: chartColors.grid },
  legend: labels,
  title: { color: chartColors.text, fontSize: 14, anchor: 'start', subtitleColor: chartColors.text, subtitleFontSize: 12 },
  mark: { color: chartColors.series[0] },
  text: { color: chartColors.text, fontSize: 11 },
  range: { category: [...chartColors.series] },
};

/** The top-level properties {@link specFrame} gives every chart spec. */
export interface SpecFrame {
  $schema: string;
  title: string;
  description: string;
  background: string;
  config: Config;
  usermeta: { journeykit: { colors: Record<string, string> } };
}

/**
 * Builds the top-level properties every chart spec shares: schema, title, description, theme, and
 * the placeholder-to-CSS colour map in `usermeta.journeykit.colors` that renderers apply.
 *
 * @example
 * const spec: TopLevelSpec = { ...specFrame('Onboarding funnel', 'Sign-ups to activation.'), mark: 'bar' };
 */
export function specFrame(title: string, description: string): SpecFrame {
  // Copies, so that changing one chart's spec never changes another's.
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    description,
    background: '#ffffff',
    config: structuredClone(config),
    usermeta: { journeykit: { colors: { ...chartCssColors } } },
  };
}
