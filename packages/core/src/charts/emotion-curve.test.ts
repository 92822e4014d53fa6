import { describe, expect, it } from 'vitest';
import { journeySchema, type JourneyInput } from '../schema/journey.ts';
import { emotionCurveChart } from './emotion-curve.ts';

const journey = (input: Partial<JourneyInput> = {}) =>
  journeySchema.parse({
    id: 'onboarding',
    title: 'Onboarding',
    stages: [
      {
        id: 'trial',
        name: 'Trial',
        kind: 'consideration',
        steps: [
          { id: 'sign-up', name: 'Sign up', emotion: 4 },
          { id: 'invite', name: 'Invite the team', emotion: 2 },
          { id: 'browse', name: 'Browse docs' },
        ],
      },
      { id: 'kickoff', name: 'Kickoff', kind: 'onboarding', steps: [{ id: 'call', name: 'Kickoff call', emotion: 5 }] },
    ],
    ...input,
  });

describe('emotionCurveChart', () => {
  it('tabulates the emotion of every step that has one, in map order', () => {
    const chart = emotionCurveChart(journey());
    expect(chart?.id).toBe('emotion-curve-onboarding');
    expect(chart?.title).toBe('Onboarding: emotion per step');
    expect(chart?.table).toEqual({
      columns: ['stage', 'step', 'emotion'],
      rows: [
        ['Trial', 'Sign up', 4],
        ['Trial', 'Invite the team', 2],
        ['Kickoff', 'Kickoff call', 5],
      ],
    });
  });

  it('describes the scale and names the lowest and highest steps', () => {
    expect(emotionCurveChart(journey())?.description).toBe(
      'Emotion at 3 steps of Onboarding, from 1 (most negative) to 5 (most positive). Lowest at 2: Invite the team (Trial); highest at 5: Kickoff call (Kickoff).',
    );
  });

  it('keeps steps in map order on the x axis and the journey\'s emotion scale on the y axis', () => {
    const spec = emotionCurveChart(journey({ emotionScale: { min: -2, max: 2 } }))?.spec as Record<string, any>;
    expect(spec.encoding.x).toMatchObject({ field: 'step', type: 'ordinal', sort: null });
    expect(spec.encoding.y.scale).toEqual({ domain: [-2, 2], nice: false });
    expect(spec.encoding.y.axis).toEqual({ values: [-2, -1, 0, 1, 2] });
    // Stages colour in the order of the data, which is map order; so the legend keeps it.
    expect(spec.layer[1].encoding.color).toMatchObject({ field: 'stage', sort: null });
    expect(spec.layer[1].encoding.color.scale).toBeUndefined();
    expect(spec.data.values.map((value: { stage: string }) => value.stage)).toEqual(['Trial', 'Trial', 'Kickoff']);
  });

  it('sizes the chart to its steps and slants step names only when they do not fit under their point', () => {
    const few = emotionCurveChart(journey())?.spec as Record<string, any>;
    expect([few.width, few.encoding.x.axis.labelAngle]).toEqual([320, 0]);
    const steps = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, name: `Step number ${i}`, emotion: 3 }));
    const many = emotionCurveChart(journey({ stages: [{ id: 'a', name: 'Trial', kind: 'consideration', steps }] }))?.spec as Record<string, any>;
    expect([many.width, many.encoding.x.axis.labelAngle]).toEqual([480, -40]);
  });

  it('tells apart steps with the same name by their stage', () => {
    const chart = emotionCurveChart(
      journey({
        stages: [
          { id: 'a', name: 'Trial', kind: 'consideration', steps: [{ id: 'e1', name: 'Email', emotion: 3 }] },
          { id: 'b', name: 'Kickoff', kind: 'onboarding', steps: [{ id: 'e2', name: 'Email', emotion: 4 }] },
        ],
      }),
    );
    expect(chart?.table.rows.map((row) => row[1])).toEqual(['Email (Trial)', 'Email (Kickoff)']);
  });

  it('says so when every step feels the same', () => {
    const chart = emotionCurveChart(
      journey({ stages: [{ id: 'a', name: 'Trial', kind: 'consideration', steps: [{ id: 's', name: 'Sign up', emotion: 3 }] }] }),
    );
    expect(chart?.description).toBe('Emotion at 1 step of Onboarding, from 1 (most negative) to 5 (most positive). Every step is at 3.');
  });

  it('returns undefined when no step has an emotion', () => {
    expect(emotionCurveChart(journey({ stages: [{ id: 'a', name: 'Trial', kind: 'consideration', steps: [{ id: 's', name: 'Sign up' }] }] }))).toBeUndefined();
  });
});
