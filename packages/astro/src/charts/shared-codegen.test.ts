import * as build from '@journeykit/core';
import { builtinChannels, journeySchema, metricSchema } from '@journeykit/core';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { sharedCodegen } from './shared-codegen.ts';

const journey = journeySchema.parse({
  id: 'onboarding',
  title: 'Onboarding',
  stages: [
    { id: 'trial', name: 'Trial', kind: 'consideration', steps: [{ id: 'sign-up', name: 'Sign up', emotion: 4, touchpoints: [{ id: 'form', name: 'Form', channel: 'web' }] }, { id: 'invite', name: 'Invite', emotion: 2 }] },
    { id: 'kickoff', name: 'Kickoff', kind: 'onboarding', steps: [{ id: 'call', name: 'Call', emotion: 5, touchpoints: [{ id: 'mail', name: 'Mail', channel: 'email' }] }] },
  ],
});
const metric = metricSchema.parse({ id: 'csat', name: 'CSAT', kind: 'csat', method: 'share', scale: { min: 1, max: 5 }, target: 80, series: [{ period: '2026-Q1', value: 72 }, { period: '2026-Q2', value: 83 }] });
// One chart of every kind Journeykit draws: between them, every sort of expression Vega compiles.
const specs: TopLevelSpec[] = [
  build.emotionCurveChart(journey),
  build.funnelChart({ title: 'Trial to paid', steps: [{ label: 'Visit', count: 900 }, { label: 'Pay', count: 90 }] }),
  build.metricTrendChart(metric),
  build.scoreDistributionChart({ title: 'NPS', kind: 'nps', scale: { min: 0, max: 10 }, counts: [{ score: 9, count: 2 }, { score: 3, count: 1 }] }),
  build.touchpointMatrixChart(journey, builtinChannels),
].flatMap((chart) => (chart === undefined ? [] : [chart.spec]));

async function svgOf(spec: TopLevelSpec, expr?: unknown): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none', ...(expr === undefined ? {} : { expr }) });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

describe('sharedCodegen', () => {
  it('draws every kind of chart exactly as Vega does on its own, whatever was drawn before', async () => {
    expect(specs).toHaveLength(5);
    const own = await Promise.all(specs.map((spec) => svgOf(spec)));
    for (const order of [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 4, 1, 3, 2, 0]]) {
      for (const i of order) expect(await svgOf(specs[i]!, sharedCodegen()), `chart ${i}`).toBe(own[i]);
    }
  });

  it('compiles an expression once and binds it to each view', () => {
    const codegen = sharedCodegen();
    const functions = [{ name: 'first' }, { name: 'second' }];
    const [a, b] = functions.map((own) => codegen.operator({ functions: own }, { code: 'this.name' }) as () => string);
    expect([a!(), b!()]).toEqual(['first', 'second']);
    expect(codegen.operator(null, { code: 'this.name' })).toBe(codegen.operator(null, { code: 'this.name' }));
    const expression = { code: 'this.name + "!"' };
    expect(codegen.operator(null, expression)).toBe(codegen.operator(null, expression));
    expect(codegen.parameter(null, expression)).not.toBe(codegen.operator(null, expression));
  });
});
