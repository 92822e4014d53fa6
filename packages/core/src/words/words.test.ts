import { describe, expect, it } from 'vitest';
import { loadExample } from '../../test/examples.ts';
import { eventFunnelInWords, journeySummary } from '../index.ts';

describe('journeySummary', () => {
  it('says how large a journey is, where it feels worst, what hurts and how its metrics stand', async () => {
    const workspace = await loadExample('b2b-saas');
    const journey = workspace.journeys.find((j) => j.id === 'land-and-expand')!;
    const metrics = workspace.metrics.filter((m) => m.scope?.journey === journey.id);
    const sentences = journeySummary(journey, metrics, (id) => workspace.channels.find((c) => c.id === id)?.name ?? id);
    expect(sentences[0]).toMatch(/^Land and expand runs through 6 stages and \d+ steps, with \d+ touchpoints on \d+ channels \(/);
    expect(sentences.at(-1)).toMatch(/^Of its \d+ metrics, \d+ meets? (its|their) target and \d+ miss/);
  });
});

describe('eventFunnelInWords', () => {
  it('says who entered, where the funnel leaks most and how long converting took', async () => {
    const workspace = await loadExample('ecommerce');
    const [funnel] = Object.values(workspace.funnels);
    expect(eventFunnelInWords(funnel!)).toMatch(/^\d+ people entered the funnel(, after leaving out \d+ whose every attempt met an exclusion event)?\. The biggest leak is into "[^"]+" \(\d+\.\d% of the step before\)\. The \d+ who completed it took \d+\.\d days \(median\)/);
  });
});
