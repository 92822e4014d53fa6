import { describe, expect, it } from 'vitest';
import { loadExample } from '../../test/examples.ts';
import { compareJourneys, journeyMetrics, journeyParts, opportunityMatrix, painOwnership } from '../index.ts';

describe('the home solar example', async () => {
  const workspace = await loadExample('home-solar');
  const asIs = workspace.journeys.find((journey) => journey.id === 'installation')!;
  const toBe = workspace.journeys.find((journey) => journey.id === 'installation-to-be')!;

  it('draws every persona its own emotions and puts every touchpoint in a blueprint lane', () => {
    const parts = journeyParts(asIs);
    expect(asIs.personas).toEqual(['young-family', 'retired-engineer', 'small-landlord']);
    for (const persona of asIs.personas) expect(parts.steps.some(({ value }) => value.emotions?.[persona] !== undefined), persona).toBe(true);
    expect(parts.touchpoints.filter(({ value }) => value.lane === undefined)).toEqual([]);
  });

  it('makes its to-be whole from the changes it declares', () => {
    expect(toBe).toMatchObject({ state: 'to-be', variantOf: 'installation', status: 'future', personas: asIs.personas, owner: 'customer-care' });
    const steps = journeyParts(toBe).steps.map(({ value }) => value.id);
    expect(steps).toContain('follow-project');
    expect(steps).not.toContain('wait-for-permit');
    expect(steps.indexOf('follow-project')).toBe(steps.indexOf('permit-filed') + 1);
  });

  it('tells the story of its to-be: pain resolved, the opportunities behind it, and the metrics with their targets', () => {
    const comparison = compareJourneys(asIs, toBe, workspace.metrics);
    expect(comparison.steps.added.map((change) => change.id)).toEqual(['follow-project']);
    expect(comparison.steps.removed.map((change) => change.id)).toEqual(['wait-for-permit']);
    expect(comparison.painPoints.resolved.map((pain) => pain.id).sort()).toEqual(['chasing-calls', 'idle-system', 'no-status', 'price-changed', 'slow-callback']);
    expect(comparison.painPoints.eased.map((pain) => [pain.id, pain.severity])).toEqual([['quote-not-comparable', 2]]);
    expect(comparison.opportunities.map((opportunity) => opportunity.id).sort()).toEqual(['book-callback-slot', 'comparable-quote', 'file-grid-at-signature', 'project-tracker', 'survey-before-quote']);
    expect(comparison.kpis.map(({ metric, status }) => [metric.id, status])).toEqual(journeyMetrics(asIs, workspace.metrics).map((metric) => [metric.id, 'missed']));
    expect(comparison.kpis).toHaveLength(4);
  });

  it('gives every team its pain and every opportunity a value and an effort', () => {
    const { rows } = painOwnership([asIs], workspace.teams);
    expect(rows.map((row) => row.team?.id)).toEqual(['marketing', 'sales', 'survey', 'permits', 'installation', 'customer-care']);
    expect(opportunityMatrix([asIs]).filter((point) => point.value === undefined || point.effort === undefined)).toEqual([]);
  });
});
