import { logger, parse, View, Warn, type Runtime, type ViewOptions } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** What compiling a spec told its logger: kept with the cached runtime and told again for each chart. */
export interface CompileMessage {
  error: boolean;
  text: string;
}

/** What sets a chart apart from the others of its shape: each view of the shared runtime gets it. */
export interface ChartSettings {
  /** The chart's inline data sets, by the name each has in the shared runtime. */
  datasets: [string, unknown[]][];
  description?: string;
  width?: number;
  height?: number;
  /** The values of the spec's plain parameters, by name. */
  signals: [string, unknown][];
}

/** A parsed Vega runtime, with what one chart sets on a view of it (see `viewOf`). */
export interface PreparedSpec {
  runtime: Runtime;
  settings: ChartSettings;
  messages: readonly CompileMessage[];
}

// Charts of one kind (every journey's emotion curve, say) differ in little but their inline data,
// description, size and parameter values; compiling and parsing take about half of a render, so
// the spec without those is compiled and parsed once, and each chart gets a view of it with its
// own. Each of those becomes a data set or a signal's first value and nothing else in Vega's
// spec, and views never change the runtime they are made from, so a chart renders to the same
// bytes either way.
const cached = new Map<string, { runtime: Runtime; messages: CompileMessage[] }>();
const cacheSize = 64;

/**
 * Compiles and parses a Vega-Lite spec, or reuses the runtime of an earlier spec of the same shape:
 * equal but for the inline `data.values` of the view and its layers, `description`, the `width`
 * and `height` of a single or layered view, and the values of parameters that are only a name and
 * a value.
 *
 * @example
 * const view = viewOf(preparedSpec(chart.spec), { renderer: 'none' });
 * const svg = await view.toSVG();
 */
export function preparedSpec(spec: TopLevelSpec): PreparedSpec {
  const lifted = liftedData(spec);
  const signals = plainParams((spec as { params?: unknown }).params);
  if (lifted === undefined || signals === undefined) return { ...compiled(spec), settings: { datasets: [], signals: [] } };
  const { description, width, height } = spec as { description?: string; width?: unknown; height?: unknown };
  // A size the view can be given, or undefined when the size belongs to the shape.
  const own = (size: unknown) => (resizable(spec) && typeof size === 'number' ? size : undefined);
  const size = { width: own(width), height: own(height) };
  const key = JSON.stringify({
    ...lifted.shape,
    description: undefined,
    params: signals.map(([name]) => name),
    width: size.width === undefined ? width : undefined,
    height: size.height === undefined ? height : undefined,
  });
  let entry = cached.get(key);
  if (entry === undefined) {
    entry = compiled(lifted.shape);
    if (!entry.messages.some((message) => message.error)) cached.set(key, entry);
    if (cached.size > cacheSize) cached.delete(cached.keys().next().value!);
  }
  const settings: ChartSettings = {
    // Vega marks the data it ingests: each view gets its own copy.
    datasets: structuredClone(lifted.datasets),
    signals: structuredClone(signals),
    ...(description === undefined ? {} : { description }),
    ...(size.width === undefined ? {} : { width: size.width }),
    ...(size.height === undefined ? {} : { height: size.height }),
  };
  return { ...entry, settings };
}

/**
 * A view of a prepared spec's runtime with its chart's own settings, ready to render.
 *
 * @example
 * const svg = await viewOf(preparedSpec(spec), { renderer: 'none' }).toSVG();
 */
export function viewOf(prepared: PreparedSpec, options: ViewOptions): View {
  const view = new View(prepared.runtime, options);
  const { datasets, description, width, height, signals } = prepared.settings;
  for (const [name, values] of datasets) view.data(name, values);
  if (description !== undefined) view.description(description);
  if (width !== undefined) view.width(width);
  if (height !== undefined) view.height(height);
  for (const [name, value] of signals) view.signal(name, value);
  return view;
}

function compiled(spec: TopLevelSpec): { runtime: Runtime; messages: CompileMessage[] } {
  const messages: CompileMessage[] = [];
  const log = logger(Warn, undefined, (_method, level, args) => messages.push({ error: level === 'ERROR', text: args.map(String).join(' ') }));
  const runtime = parse(compile(spec, { logger: log }).spec);
  return { runtime, messages };
}

type ViewSpec = Record<string, unknown>;

/**
 * The spec with the data of the view and of each of its layers named instead of inline, and the
 * rows of each name. Undefined when some data is more than inline rows: it stays in the shape.
 */
function liftedData(spec: TopLevelSpec): { shape: TopLevelSpec; datasets: [string, unknown[]][] } | undefined {
  const datasets: [string, unknown[]][] = [];
  const lift = (view: unknown): ViewSpec | undefined => {
    if (view === null || typeof view !== 'object') return undefined;
    const named: ViewSpec = { ...view };
    if ('data' in named) {
      const values = inlineValues(named.data);
      if (values === undefined) return undefined;
      const name = `journeykit-chart-data-${datasets.length}`;
      datasets.push([name, values]);
      named.data = { name };
    }
    if (Array.isArray(named.layer)) {
      const layers = named.layer.map(lift);
      if (layers.some((layer) => layer === undefined)) return undefined;
      named.layer = layers;
    }
    return named;
  };
  const shape = lift(spec);
  return shape === undefined ? undefined : { shape: shape as unknown as TopLevelSpec, datasets };
}

/** The rows of `data: { values: [...] }` and nothing else. */
function inlineValues(data: unknown): unknown[] | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const keys = Object.keys(data);
  const { values } = data as { values?: unknown };
  return keys.length === 1 && keys[0] === 'values' && Array.isArray(values) ? values : undefined;
}

/**
 * The names and values of parameters that are only that (no binding, selection or expression):
 * Vega-Lite makes each a signal with that first value. Undefined when any parameter is more.
 */
function plainParams(params: unknown): [string, unknown][] | undefined {
  if (params === undefined) return [];
  if (!Array.isArray(params)) return undefined;
  const plain = params.every((param: unknown) => param !== null && typeof param === 'object' && Object.keys(param).every((key) => key === 'name' || key === 'value') && typeof (param as { name?: unknown }).name === 'string');
  return plain ? params.map((param: { name: string; value?: unknown }) => [param.name, param.value]) : undefined;
}

/**
 * Whether the spec's numeric width and height are only the first values of Vega's `width` and
 * `height` signals: so for a single or layered view that Vega sizes the usual way.
 */
function resizable(spec: TopLevelSpec): boolean {
  const { autosize, config } = spec as { autosize?: unknown; config?: { autosize?: unknown } };
  return ('mark' in spec || 'layer' in spec) && autosize === undefined && config?.autosize === undefined;
}
