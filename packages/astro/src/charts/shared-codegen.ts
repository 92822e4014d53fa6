import * as vega from 'vega';

// Vega compiles each expression of a spec with `Function(...)` for every view it makes. A function
// made anew for each chart starts cold every time: V8 interprets it until it has run often enough.
// One function per expression, shared by the views of every chart, stays warm: charts render
// about a tenth faster, to the same bytes.

type Compiled = (...args: never[]) => unknown;
type Generate = (ctx: { functions?: object } | null, expr: Expression) => Compiled;
interface Expression {
  code?: string;
  marktype?: string;
  channels?: Record<string, { code: string }>;
}
type Kind = 'operator' | 'parameter' | 'event' | 'handler' | 'encode';
type Codegen = Record<Kind, Generate> & { codegen: unknown };
// Missing from vega's typings: a parsing context, made here only to read the default codegen.
interface RuntimeContext {
  runtimeContext(dataflow: { events(): void }, transforms: object, functions: undefined): { expr: Codegen };
}

/** Distinct expressions kept; past this the cache starts over. A site's charts have a few hundred. */
const limit = 10_000;
let shared: Codegen | undefined;

/**
 * Vega's own expression code generator, keeping each compiled function by its source and binding
 * it to each view's functions as Vega does. For a view's `expr` option.
 *
 * @example
 * const view = new View(runtime, { renderer: 'none', expr: sharedCodegen() });
 */
export function sharedCodegen(): Codegen {
  shared ??= share((vega as unknown as RuntimeContext).runtimeContext({ events() {} }, {}, undefined).expr);
  return shared;
}

function share(own: Codegen): Codegen {
  const compiled = new Map<string, Compiled>();
  const kept = (kind: Kind): Generate => {
    // Views of one parsed runtime pass the same expression objects: found by identity, they need
    // no source string, which took a tenth of a render to build.
    const byObject = new WeakMap<Expression, Compiled>();
    return (ctx, expr) => {
      let fn = byObject.get(expr);
      if (fn === undefined) {
        const key = `${kind}:${sourceOf(expr)}`;
        fn = compiled.get(key);
        if (fn === undefined) {
          if (compiled.size >= limit) compiled.clear();
          // Without a context Vega leaves the function unbound.
          fn = own[kind](null, expr);
          compiled.set(key, fn);
        }
        byObject.set(expr, fn);
      }
      return ctx?.functions ? fn.bind(ctx.functions) : fn;
    };
  };
  return { operator: kept('operator'), parameter: kept('parameter'), event: kept('event'), handler: kept('handler'), encode: kept('encode'), codegen: own.codegen };
}

/** What Vega builds a function's code from: an expression's code, or an encoder's mark type and channels. */
function sourceOf(expr: Expression): string {
  if (expr.channels === undefined) return expr.code ?? '';
  return `${expr.marktype}\n${Object.entries(expr.channels).map(([name, channel]) => `${name}\n${channel.code}`).join('\n')}`;
}
