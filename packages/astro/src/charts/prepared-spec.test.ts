import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { preparedSpec, viewOf } from './prepared-spec.ts';

const bars = (values: number[], description = `${values.length} bars.`) => ({
  description,
  width: 200,
  height: 100,
  data: { values: values.map((b, i) => ({ a: `bar ${i}`, b })) },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal', sort: null }, y: { field: 'b', type: 'quantitative' } },
}) satisfies TopLevelSpec as TopLevelSpec & { encoding: { x: object } };

/** Bars in the order of a parameter, as a chart that keeps its own order without a literal domain. */
const withOrder = (spec: ReturnType<typeof bars>, order: string[]) =>
  ({ ...spec, params: [{ name: 'order', value: order }], encoding: { ...spec.encoding, x: { ...spec.encoding.x, scale: { domain: { expr: 'order' } } } } }) as TopLevelSpec;

/** A line with a target rule whose layer has data of its own, as a metric's trend has. */
const trend = (values: number[], target: number) =>
  ({
    width: 200,
    height: 100,
    layer: [
      { data: { values: values.map((b, i) => ({ a: `period ${i}`, b })) }, mark: 'line', encoding: { x: { field: 'a', type: 'ordinal', sort: null }, y: { field: 'b', type: 'quantitative' } } },
      { data: { values: [{ target }] }, mark: 'rule', encoding: { y: { field: 'target', type: 'quantitative' } } },
    ],
  }) satisfies TopLevelSpec;

/** The SVG of a spec as Vega draws it from its own compile, without any sharing. */
async function alone(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

async function shared(spec: TopLevelSpec): Promise<string> {
  const view = viewOf(preparedSpec(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

describe('preparedSpec', () => {
  it('compiles charts that differ only in data, description, size and parameter values once', () => {
    const first = preparedSpec(bars([1, 2, 3]));
    const second = preparedSpec(bars([7, 1], 'Two bars.'));
    expect(second.runtime).toBe(first.runtime);
    expect(second.settings).toMatchObject({ datasets: [['journeykit-chart-data-0', [{ a: 'bar 0', b: 7 }, { a: 'bar 1', b: 1 }]]], description: 'Two bars.', width: 200, height: 100 });
    expect(preparedSpec({ ...bars([1]), width: 320, height: 120 }).runtime).toBe(first.runtime);
    const ordered = preparedSpec(withOrder(bars([1, 2]), ['bar 1', 'bar 0']));
    expect(preparedSpec(withOrder(bars([3, 4]), ['bar 0', 'bar 1'])).runtime).toBe(ordered.runtime);
    expect(ordered.runtime).not.toBe(first.runtime);
    expect(ordered.settings.signals).toEqual([['order', ['bar 1', 'bar 0']]]);
  });

  it('compiles apart specs that differ in anything else', () => {
    const first = preparedSpec(bars([1, 2, 3]));
    expect(preparedSpec({ ...bars([1]), mark: 'point' }).runtime).not.toBe(first.runtime);
    // A width that is not a number, or a view Vega sizes some other way, stays in the shape.
    expect(preparedSpec({ ...bars([1]), width: { step: 20 } } as TopLevelSpec).runtime).not.toBe(preparedSpec({ ...bars([1]), width: { step: 30 } } as TopLevelSpec).runtime);
    const fit = (width: number) => preparedSpec({ ...bars([1]), width, autosize: 'fit' }).runtime;
    expect(fit(200)).not.toBe(fit(300));
    // A parameter that is more than a value is part of the shape.
    const bound = (value: number) => preparedSpec({ ...bars([1]), params: [{ name: 'size', value, bind: { input: 'range', min: 0, max: 10 } }] } as TopLevelSpec);
    expect(bound(1).runtime).not.toBe(bound(2).runtime);
    expect(bound(1).settings.signals).toEqual([]);
  });

  it('draws each chart of a shared shape exactly as its own compile does, whatever came before', async () => {
    const specs = [bars([1, 2, 3]), bars([30, 2], 'Two bars.'), { ...bars([5, 5, 5, 5, 9]), width: 420, height: 60 }, bars([1, 2, 3])];
    const expected = await Promise.all(specs.map(alone));
    for (const order of [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]]) {
      for (const i of order) expect(await shared(specs[i]!), `spec ${i}`).toBe(expected[i]);
    }
  });

  it('draws each chart with its own parameter values, as its own compile does', async () => {
    const specs = [withOrder(bars([1, 2, 3]), ['bar 2', 'bar 0', 'bar 1']), withOrder(bars([4, 5, 6]), ['bar 0', 'bar 1', 'bar 2']), withOrder(bars([7, 8]), ['bar 1', 'bar 0'])];
    const expected = await Promise.all(specs.map(alone));
    expect(new Set(expected).size).toBe(3);
    for (const order of [[0, 1, 2], [2, 1, 0]]) {
      for (const i of order) expect(await shared(specs[i]!), `spec ${i}`).toBe(expected[i]);
    }
  });

  it('shares the compile of layered charts whose layers have inline data of their own', async () => {
    const specs = [trend([1, 2, 3], 2.5), trend([9, 4], 1), trend([5, 6, 7, 8], 10)];
    const prepared = specs.map(preparedSpec);
    expect(prepared[1]!.runtime).toBe(prepared[0]!.runtime);
    expect(prepared[2]!.runtime).toBe(prepared[0]!.runtime);
    expect(prepared[1]!.settings.datasets).toEqual([
      ['journeykit-chart-data-0', [{ a: 'period 0', b: 9 }, { a: 'period 1', b: 4 }]],
      ['journeykit-chart-data-1', [{ target: 1 }]],
    ]);
    const expected = await Promise.all(specs.map(alone));
    expect(new Set(expected).size).toBe(3);
    for (const order of [[0, 1, 2], [2, 0, 1]]) {
      for (const i of order) expect(await shared(specs[i]!), `spec ${i}`).toBe(expected[i]);
    }
    // One layer whose data is more than rows keeps the whole spec to itself.
    const fetched = { ...trend([1], 2), layer: [trend([1], 2).layer[0], { ...trend([1], 2).layer[1], data: { values: [{ target: 2 }], format: { type: 'json' } } }] } as TopLevelSpec;
    expect(preparedSpec(fetched).settings.datasets).toEqual([]);
    expect(await shared(fetched)).toBe(await alone(fetched));
  });

  it('leaves the chart data untouched, so a chart renders the same when rendered again', async () => {
    const spec = bars([4, 2]);
    const before = JSON.stringify(spec);
    const once = await shared(spec);
    expect(await shared(spec)).toBe(once);
    expect(JSON.stringify(spec)).toBe(before);
    expect(Object.getOwnPropertySymbols((spec.data as { values: object[] }).values[0]!)).toEqual([]);
  });

  it('compiles a spec whose data is not plain inline rows as it is', async () => {
    const spec = { ...bars([1]), data: { values: [{ a: 'x', b: 1 }], format: { type: 'json' } } } as TopLevelSpec;
    const prepared = preparedSpec(spec);
    expect(prepared.settings.datasets).toEqual([]);
    expect(await shared(spec)).toBe(await alone(spec));
  });

  it('tells the compiler warnings of a shape for every chart of it', () => {
    // A bar has no shape: Vega-Lite drops the channel and says so.
    const odd = (values: number[]) => ({ ...bars(values), encoding: { ...bars(values).encoding, shape: { field: 'a', type: 'nominal' } } }) as TopLevelSpec;
    const first = preparedSpec(odd([1]));
    expect(first.messages.length).toBeGreaterThan(0);
    expect(preparedSpec(odd([2, 3])).messages).toEqual(first.messages);
  });
});
