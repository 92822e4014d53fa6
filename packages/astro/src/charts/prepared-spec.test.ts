import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { dataName, preparedSpec } from './prepared-spec.ts';

const bars = (values: number[], description = `${values.length} bars.`) => ({
  description,
  width: 200,
  height: 100,
  data: { values: values.map((b, i) => ({ a: `bar ${i}`, b })) },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal', sort: null }, y: { field: 'b', type: 'quantitative' } },
}) satisfies TopLevelSpec as TopLevelSpec & { encoding: object };

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
  const { runtime, values, description } = preparedSpec(spec);
  const view = new View(runtime, { renderer: 'none' });
  try {
    if (values !== undefined) view.data(dataName, values);
    if (description !== undefined) view.description(description);
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

describe('preparedSpec', () => {
  it('compiles charts that differ only in data and description once', () => {
    const first = preparedSpec(bars([1, 2, 3]));
    const second = preparedSpec(bars([7, 1], 'Two bars.'));
    expect(second.runtime).toBe(first.runtime);
    expect(second.values).toEqual([{ a: 'bar 0', b: 7 }, { a: 'bar 1', b: 1 }]);
    expect(second.description).toBe('Two bars.');
    expect(preparedSpec({ ...bars([1]), height: 120 }).runtime).not.toBe(first.runtime);
  });

  it('draws each chart of a shared shape exactly as its own compile does, whatever came before', async () => {
    const specs = [bars([1, 2, 3]), bars([30, 2], 'Two bars.'), bars([5, 5, 5, 5, 9]), bars([1, 2, 3])];
    const expected = await Promise.all(specs.map(alone));
    for (const order of [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]]) {
      for (const i of order) expect(await shared(specs[i]!), `spec ${i}`).toBe(expected[i]);
    }
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
    expect(prepared.values).toBeUndefined();
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
