import { describe, expect, it } from 'vitest';
import { builtinChannels } from '../schema/builtin-channels.ts';
import { journeySchema, type JourneyInput } from '../schema/journey.ts';
import { touchpointMatrixChart } from './touchpoint-matrix.ts';

const touchpoint = (id: string, channel: string) => ({ id, name: id, channel });

const journey = (stages: JourneyInput['stages']) => journeySchema.parse({ id: 'onboarding', title: 'Onboarding', stages });

const onboarding = journey([
  {
    id: 'trial',
    name: 'Trial',
    kind: 'consideration',
    steps: [
      { id: 'sign-up', name: 'Sign up', touchpoints: [touchpoint('form', 'web'), touchpoint('welcome', 'email')] },
      { id: 'invite', name: 'Invite', touchpoints: [touchpoint('invite', 'email')] },
    ],
  },
  { id: 'kickoff', name: 'Kickoff', kind: 'onboarding', steps: [{ id: 'call', name: 'Call', touchpoints: [touchpoint('call', 'zoom')] }] },
  { id: 'adoption', name: 'Adoption', kind: 'retention', steps: [{ id: 'email', name: 'Tips', touchpoints: [touchpoint('tips', 'email')] }] },
]);

describe('touchpointMatrixChart', () => {
  it('counts touchpoints by channel and stage, channels in the given order and stages in map order', () => {
    const chart = touchpointMatrixChart(onboarding, builtinChannels);
    expect(chart?.table).toEqual({
      columns: ['channel', 'Trial', 'Kickoff', 'Adoption'],
      rows: [
        ['Website', 1, 0, 0],
        ['Email', 2, 0, 1],
        ['zoom', 0, 1, 0],
      ],
    });
  });

  it('puts a cell for every channel and stage in the spec, in the same orders', () => {
    const spec = touchpointMatrixChart(onboarding, builtinChannels)?.spec as Record<string, any>;
    expect(spec.data.values).toHaveLength(9);
    expect(spec.encoding.x.scale.domain).toEqual({ expr: 'stageOrder' });
    expect(spec.encoding.y.scale.domain).toEqual({ expr: 'channelOrder' });
    expect(spec.params).toEqual([
      { name: 'stageOrder', value: ['Trial', 'Kickoff', 'Adoption'] },
      { name: 'channelOrder', value: ['Website', 'Email', 'zoom'] },
    ]);
  });

  it('describes the total and the busiest cell', () => {
    expect(touchpointMatrixChart(onboarding, builtinChannels)?.description).toBe(
      '5 touchpoints of Onboarding on 3 channels, by stage. Most touchpoints: Email in Trial (2 touchpoints).',
    );
  });

  it('returns undefined for a journey without touchpoints', () => {
    expect(touchpointMatrixChart(journey([{ id: 'a', name: 'A', kind: 'custom' }]), builtinChannels)).toBeUndefined();
  });
});
