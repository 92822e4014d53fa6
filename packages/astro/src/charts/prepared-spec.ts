import { logger, parse, Warn, type Runtime } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** What compiling a spec told its logger: kept with the cached runtime and told again for each chart. */
export interface CompileMessage {
  error: boolean;
  text: string;
}

/** A parsed Vega runtime, with the data and description of one chart to give its view. */
export interface PreparedSpec {
  runtime: Runtime;
  /** The chart's inline data, for the view's `dataName` data set; undefined when the runtime holds it. */
  values: unknown[] | undefined;
  /** The chart's description, for the view; undefined when the runtime holds it. */
  description: string | undefined;
  messages: readonly CompileMessage[];
}

/** The data set of a shared runtime that each view fills with its chart's inline data. */
export const dataName = 'journeykit-chart-data';

// Charts of one kind (every journey's emotion curve, say) differ in little but their inline data
// and description; compiling and parsing take about half of a render, so the spec without those
// is compiled and parsed once, and each chart gets a view of it with its own data. Views never
// change the runtime they are made from, so a chart renders to the same bytes either way.
const cached = new Map<string, { runtime: Runtime; messages: CompileMessage[] }>();
const cacheSize = 64;

/**
 * Compiles and parses a Vega-Lite spec, or reuses the runtime of an earlier spec of the same shape:
 * equal but for inline top-level `data.values` and `description`.
 *
 * @example
 * const { runtime, values } = preparedSpec(chart.spec);
 * const view = new View(runtime, { renderer: 'none' });
 * if (values !== undefined) view.data(dataName, values);
 */
export function preparedSpec(spec: TopLevelSpec): PreparedSpec {
  const { data, description, ...rest } = spec as TopLevelSpec & { data?: unknown; description?: string };
  const values = inlineValues(data);
  if (values === undefined) return { ...compiled(spec), values: undefined, description: undefined };
  const shape = { ...rest, data: { name: dataName } } as TopLevelSpec;
  const key = JSON.stringify(shape);
  let entry = cached.get(key);
  if (entry === undefined) {
    entry = compiled(shape);
    if (!entry.messages.some((message) => message.error)) cached.set(key, entry);
    if (cached.size > cacheSize) cached.delete(cached.keys().next().value!);
  }
  // Vega marks the data it ingests: each view gets its own copy.
  return { ...entry, values: structuredClone(values), description };
}

function compiled(spec: TopLevelSpec): { runtime: Runtime; messages: CompileMessage[] } {
  const messages: CompileMessage[] = [];
  const log = logger(Warn, undefined, (_method, level, args) => messages.push({ error: level === 'ERROR', text: args.map(String).join(' ') }));
  const runtime = parse(compile(spec, { logger: log }).spec);
  return { runtime, messages };
}

/** The rows of `data: { values: [...] }` and nothing else: other data stays in the shape. */
function inlineValues(data: unknown): unknown[] | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const keys = Object.keys(data);
  const { values } = data as { values?: unknown };
  return keys.length === 1 && keys[0] === 'values' && Array.isArray(values) ? values : undefined;
}
