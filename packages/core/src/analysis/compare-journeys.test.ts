import { describe, expect, it } from 'vitest';
import { compareJourneys, journeyMetrics, journeySchema, metricSchema, type JourneyInput } from '../index.ts';

const asIsInput: JourneyInput = {
  id: 'install',
  title: 'Installation',
  personas: ['landlord', 'retiree'],
  stages: [
    {
      id: 'survey',
      name: 'Survey',
      kind: 'purchase',
      steps: [
        { id: 'book', name: 'Books a survey', emotion: 2, emotions: { landlord: 1 }, painPoints: [{ id: 'phone-tag', title: 'Phone tag', severity: 'high', evidence: 'reported' }] },
        { id: 'visit', name: 'Surveyor visits', emotion: 4 },
      ],
    },
    {
      id: 'permit',
      name: 'Permit',
      kind: 'purchase',
      painPoints: [{ id: 'silence', title: 'No news for weeks', severity: 5, evidence: 'observed' }],
      opportunities: [{ id: 'tracker', title: 'Permit tracker', addresses: ['silence'], status: 'planned' }],
      steps: [
        { id: 'submit', name: 'Signs the permit forms', emotion: 3 },
        { id: 'chase', name: 'Chases the permit', emotion: 1 },
      ],
    },
  ],
};
const asIs = journeySchema.parse(asIsInput);
const toBe = journeySchema.parse({
  ...asIsInput,
  id: 'install-to-be',
  title: 'Installation, to be',
  state: 'to-be',
  variantOf: 'install',
  stages: [
    {
      ...asIsInput.stages[0]!,
      steps: [
        { id: 'book', name: 'Books a survey online', emotion: 4, opportunities: [{ id: 'online-booking', title: 'Online booking', addresses: ['phone-tag'], status: 'in-progress' }] },
        { id: 'survey-visit', name: 'Surveyor visits', emotion: 4 },
      ],
    },
    {
      id: 'permit',
      name: 'Permit',
      kind: 'purchase',
      painPoints: [{ id: 'silence', title: 'No news for weeks', severity: 'low', evidence: 'observed' }],
      steps: [
        { id: 'submit', name: 'Signs the permit forms', emotion: 3 },
        { id: 'track', name: 'Tracks the permit online', emotion: 4, painPoints: [{ id: 'app-login', title: 'Another login', severity: 2, evidence: 'hypothesis' }] },
      ],
    },
  ],
});

const nps = metricSchema.parse({ id: 'nps', name: 'Install NPS', kind: 'nps', target: 50, scope: { journey: 'install' }, series: [{ period: '2026-Q3', value: 31, n: 120 }] });
const toBeOnly = metricSchema.parse({ id: 'tracker-use', name: 'Tracker use', kind: 'count', scope: { journey: 'install-to-be' } });
const other = metricSchema.parse({ id: 'other', name: 'Other', kind: 'count', scope: { journey: 'checkout' } });

describe('journeyMetrics', () => {
  it('gives a to-be the metrics of its as-is beside its own, and an as-is only its own', () => {
    expect(journeyMetrics(toBe, [nps, toBeOnly, other]).map((m) => m.id)).toEqual(['nps', 'tracker-use']);
    expect(journeyMetrics(asIs, [nps, toBeOnly, other]).map((m) => m.id)).toEqual(['nps']);
    expect(journeyMetrics({ ...asIs, variantOf: 'checkout' }, [other]).map((m) => m.id)).toEqual([]);
  });
});

describe('compareJourneys', () => {
  const comparison = compareJourneys(asIs, toBe, [nps, other]);

  it('lists the steps added, removed and changed, a step recognised by its content when its id changed', () => {
    expect(comparison.steps.added.map((c) => c.id)).toEqual(['track']);
    expect(comparison.steps.removed.map((c) => c.id)).toEqual(['chase']);
    expect(comparison.steps.changed.map((c) => [c.id, c.renamed, c.fields.map((f) => f.field)])).toEqual([
      ['book', { name: { from: 'Books a survey', to: 'Books a survey online' } }, ['emotion', 'emotions']],
      ['survey-visit', { id: { from: 'visit', to: 'survey-visit' } }, []],
    ]);
  });

  it('tells pain points resolved, eased and added, with severities on the 1–5 scale and what answers them', () => {
    expect(comparison.painPoints).toEqual({
      resolved: [{ id: 'phone-tag', title: 'Phone tag', stage: { id: 'survey', name: 'Survey' }, step: { id: 'book', name: 'Books a survey' }, severity: 4, by: ['online-booking'] }],
      eased: [{ id: 'silence', title: 'No news for weeks', stage: { id: 'permit', name: 'Permit' }, step: undefined, severity: 2, by: ['tracker'] }],
      added: [{ id: 'app-login', title: 'Another login', stage: { id: 'permit', name: 'Permit' }, step: { id: 'track', name: 'Tracks the permit online' }, severity: 2, by: [] }],
    });
  });

  it('names the opportunities of either journey that deliver the change', () => {
    expect(comparison.opportunities.map(({ id, status, addresses, step }) => [id, status, addresses, step?.id])).toEqual([
      ['tracker', 'planned', ['silence'], undefined],
      ['online-booking', 'in-progress', ['phone-tag'], 'book'],
    ]);
  });

  it('pairs both emotion series step by step, a removed step after the one it followed', () => {
    expect(comparison.emotion.map(({ step, asIs, toBe, change }) => [step.id, asIs, toBe, change])).toEqual([
      ['book', 2, 4, 'kept'],
      ['survey-visit', 4, 4, 'kept'],
      ['submit', 3, 3, 'kept'],
      ['chase', 1, undefined, 'removed'],
      ['track', undefined, 4, 'added'],
    ]);
    expect(compareJourneys(asIs, toBe, [], 'landlord').emotion[0]).toMatchObject({ asIs: 1, toBe: 4 });
  });

  it('gives each metric of the as-is its current value against its target', () => {
    expect(comparison.kpis.map(({ metric, current, target, status }) => [metric.id, current?.value, target, status])).toEqual([['nps', 31, 50, 'missed']]);
  });

  it('finds no change between a journey and itself', () => {
    const same = compareJourneys(asIs, { ...asIs, id: 'copy' });
    expect([same.changes, same.painPoints.resolved, same.opportunities]).toEqual([[], [], []]);
    expect(same.emotion.every((pair) => pair.change === 'kept' && pair.asIs === pair.toBe)).toBe(true);
  });
});
