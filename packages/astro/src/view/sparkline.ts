/**
 * A tiny inline SVG line of values on a scale, for the portfolio. Drawn by hand rather than by
 * Vega: it is a single polyline, and there is one per journey on the home page.
 */
export function sparkline(values: readonly number[], scale: { min: number; max: number }, label: string): string {
  const width = 120;
  const height = 28;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (value: number) => height - 2 - ((value - scale.min) / (scale.max - scale.min)) * (height - 4);
  const points = values.map((value, i) => `${(i * step).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
  const escaped = label.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  return `<svg class="jk-sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escaped}"><polyline points="${points}" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/></svg>`;
}
