import { logger, Warn } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { labelSvg } from './label-svg.ts';
import { namespaceIds } from './namespace-ids.ts';
import { preparedSpec, viewOf, type CompileMessage } from './prepared-spec.ts';
import { refusal, refusingLoader } from './refusing-loader.ts';
import { reproducibly } from './reproducible-vega.ts';
import { themeSvg } from './theme-svg.ts';

/** What rendering needs of a chart built by `@journeykit/core`: its id, words and Vega-Lite spec. */
export interface RenderableChart {
  id: string;
  title: string;
  description: string;
  spec: TopLevelSpec;
}

/**
 * Renders a chart to a static, self-contained SVG string, the same bytes on every run: Vega-Lite
 * compiles the spec (once for charts that differ only in their data, size and parameter values,
 * see `preparedSpec`), Vega renders it with a fixed random seed and a loader that refuses any
 * external data, and the result is made themeable (placeholder colours become the CSS in
 * `spec.usermeta.journeykit.colors`, the background transparent) and accessible (`role="img"`,
 * `<title>` and `<desc>`). Rejects when the spec tries to load anything or Vega reports an error.
 *
 * @example
 * const svg = await renderChartSvg(funnelChart({ title: 'Trial to paid', steps })!);
 * svg.startsWith('<svg'); // true
 */
export function renderChartSvg(chart: RenderableChart): Promise<string> {
  return reproducibly(async () => {
    const prepared = preparedSpec(withoutMarkAria(chart.spec));
    const messages: CompileMessage[] = [...prepared.messages];
    const log = logger(Warn, undefined, (_method, level, args) => messages.push({ error: level === 'ERROR', text: args.map(String).join(' ') }));
    const loader = refusingLoader(chart.id);
    const view = viewOf(prepared, { renderer: 'none', loader, logger: log });
    try {
      view.background('transparent');
      const svg = await view.toSVG();
      const [uri] = loader.refused;
      if (uri !== undefined) throw new Error(refusal(chart.id, uri));
      const errors = messages.filter((message) => message.error).map((message) => message.text);
      if (errors.length > 0) throw new Error(`Chart "${chart.id}" could not be rendered: ${errors.join('; ')}`);
      for (const warning of messages) console.warn(`[journeykit] chart "${chart.id}": ${warning.text}`);
      return labelSvg(namespaceIds(themeSvg(svg, placeholderColors(chart.spec)), `${chart.id}-svg`), chart);
    } finally {
      view.finalize();
    }
  });
}

// The SVG is one image to assistive technology: its root gets role="img", a title and a
// description (labelSvg), and pages show the chart's data as a table beside it. So Vega's ARIA
// attributes for each mark and axis would never be read; without them a chart renders faster
// (Vega builds no label for each mark) and its SVG is about a fifth smaller.
function withoutMarkAria(spec: TopLevelSpec): TopLevelSpec {
  // `aria: false` alone drops the labels but keeps each mark's role, which then names nothing.
  return { ...spec, config: { ...spec.config, aria: false, mark: { ...spec.config?.mark, aria: false } } };
}

function placeholderColors(spec: TopLevelSpec): Record<string, string> {
  const colors: unknown = (spec.usermeta?.journeykit as { colors?: unknown } | undefined)?.colors;
  if (colors === null || typeof colors !== 'object') return {};
  return Object.fromEntries(Object.entries(colors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
