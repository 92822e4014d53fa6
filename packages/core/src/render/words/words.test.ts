import { describe, expect, it } from 'vitest';
import { loadExample } from '../../../test/examples.ts';
import { countOf, eventFunnelInWords, journeySchema, journeySummary, plural } from '../../index.ts';

describe('journeySummary', () => {
  it('says how large a journey is, where it feels worst, what hurts and how its metrics stand', async () => {
    const workspace = await loadExample('b2b-saas');
    const journey = workspace.journeys.find((j) => j.id === 'land-and-expand')!;
    const metrics = workspace.metrics.filter((m) => m.scope?.journey === journey.id);
    const sentences = journeySummary(journey, metrics, (id) => workspace.channels.find((c) => c.id === id)?.name ?? id);
    expect(sentences[0]).toMatch(/^Land and expand runs through 6 stages and \d+ steps, with \d+ touchpoints on \d+ channels \(/);
    expect(sentences.at(-1)).toMatch(/^Of its \d+ metrics, \d+ meets? (its|their) target and \d+ miss/);
  });

  it('follows English plural rules in every sentence, for one and for many', () => {
    const journey = journeySchema.parse({
      id: 'j',
      title: 'Returns',
      personas: [],
      stages: [
        {
          id: 's',
          name: 'Send back',
          kind: 'retention',
          steps: [
            {
              id: 'p',
              name: 'Prints a label',
              touchpoints: [{ id: 't', name: 'Label page', channel: 'web' }],
              painPoints: [{ id: 'pp', title: 'No printer', severity: 'high', evidence: 'reported' }],
              opportunities: [{ id: 'o', title: 'QR code at the post office', addresses: ['pp'], status: 'planned' }],
            },
          ],
        },
      ],
    });
    expect(journeySummary(journey, [], (id) => id)).toEqual([
      'Returns runs through 1 stage and 1 step, with 1 touchpoint on 1 channel (web).',
      'It has 1 pain point, 1 of them high or critical; 1 is backed by data or feedback, the rest inferred or hypotheses.',
      '1 opportunity answers it, 1 planned or in progress.',
    ]);
  });
});

describe('plural', () => {
  it('takes the singular for one only, as Intl.PluralRules says', () => {
    expect([0, 1, 1.5, 2].map((n) => countOf(n, 'opportunity', 'opportunities'))).toEqual(['0 opportunities', '1 opportunity', '1.5 opportunities', '2 opportunities']);
    expect(plural(1, 'answers', 'answer')).toBe('answers');
  });
});

describe('eventFunnelInWords', () => {
  it('says who entered, where the funnel leaks most and how long converting took', async () => {
    const workspace = await loadExample('ecommerce');
    const [funnel] = Object.values(workspace.funnels);
    expect(eventFunnelInWords(funnel!)).toMatch(/^\d+ people entered the funnel(, after leaving out \d+ whose every attempt met an exclusion event)?\. The biggest leak is into "[^"]+" \(\d+\.\d% of the step before\)\. The \d+ who completed it took \d+\.\d days \(median\)/);
  });
});
