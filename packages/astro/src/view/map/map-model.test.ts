import { journeySchema, type JourneyInput } from '@journeykit/core';
import fc from 'fast-check';
import hyphen from 'hyphen/en-us/index.js';
import { describe, expect, it } from 'vitest';
import { blueprintRows } from './blueprint.ts';
import { mapColumns } from './columns.ts';
import { painSummary } from './pain-summary.ts';
import { softHyphens } from './soft-hyphens.ts';
import { asIsCurve, asIsCurves, emotionCurves } from './step-emotions.ts';

const journey = (input: Omit<JourneyInput, 'id' | 'title'>) => journeySchema.parse({ id: 'j', title: 'J', ...input });

const shop = journey({
  personas: ['ana', 'bo'],
  stages: [
    { id: 'find', name: 'Find', kind: 'awareness', steps: [{ id: 'see', name: 'Sees an ad', emotion: 3, emotions: { bo: 1 } }, { id: 'read', name: 'Reads reviews' }] },
    { id: 'later', name: 'Later', kind: 'custom' },
    {
      id: 'buy',
      name: 'Buy',
      kind: 'purchase',
      steps: [
        {
          id: 'pay',
          name: 'Pays',
          emotion: 2,
          blueprint: { backstage: ['Fraud check'] },
          touchpoints: [
            { id: 'checkout', name: 'Checkout', channel: 'web', lane: 'frontstage' },
            { id: 'receipt', name: 'Receipt', channel: 'email' },
            { id: 'review', name: 'Review', channel: 'review-sites', type: 'indirect' },
          ],
        },
      ],
    },
  ],
});

describe('the columns of a journey map', () => {
  it('are its steps in order, each stage spanning its own, and a stage without steps still one column', () => {
    const { steps, stages } = mapColumns(shop);
    expect(steps.map((s) => s.id)).toEqual(['see', 'read', 'later--stage', 'pay']);
    expect(stages.map((s) => [s.id, s.start, s.span, s.empty])).toEqual([['find', 0, 2, false], ['later', 2, 1, true], ['buy', 3, 1, false]]);
  });
});

describe('the emotion curves', () => {
  it('are one per persona when steps feel different to each, a persona left out feeling the step', () => {
    const curves = emotionCurves(shop, (id) => id.toUpperCase());
    expect(curves.map((c) => [c.label, c.persona, c.primary, c.values])).toEqual([
      ['ANA', 'ana', true, [3, undefined, undefined, 2]],
      ['BO', 'bo', false, [1, undefined, undefined, 2]],
    ]);
  });

  it('are one for the journey otherwise', () => {
    const plain = journey({ personas: ['ana'], stages: [{ id: 's', name: 'S', kind: 'custom', steps: [{ id: 'a', name: 'A', emotion: 4 }] }] });
    expect(emotionCurves(plain, (id) => id).map((c) => [c.key, c.persona, c.values])).toEqual([['journey', undefined, [4]]]);
  });

  it('of an as-is map follow the to-be columns, with gaps for the steps the to-be adds', () => {
    const curve = asIsCurve(shop, 'Today', new Map([['see', 4], ['pay', 1]]));
    expect([curve.label, curve.dashed, curve.values]).toEqual(['As-is: Today', true, [4, undefined, undefined, 1]]);
  });
});

describe('the as-is curves of a to-be map drawn per persona', () => {
  it('are each persona\'s as-is in its colour, and the default one while every persona shows', () => {
    const personas = emotionCurves(shop, (id) => id.toUpperCase());
    const curves = asIsCurves(shop, 'Today', { byDefault: new Map([['see', 3]]), byPersona: new Map([['bo', new Map([['see', 1]])]]) }, personas);
    expect(curves.map((c) => [c.key, c.persona, c.colour, c.dashed, c.allOnly, c.values])).toEqual([
      ['as-is', undefined, 6, true, true, [3, undefined, undefined, undefined]],
      ['as-is-ana', 'ana', 1, true, undefined, [3, undefined, undefined, undefined]],
      ['as-is-bo', 'bo', 2, true, undefined, [1, undefined, undefined, undefined]],
    ]);
  });
});

describe('the pain marker of a step', () => {
  it('counts its pain points and names the worst, by severity on the 1–5 scale and then evidence', () => {
    const pains = journeySchema.parse({
      id: 'j',
      title: 'J',
      stages: [{ id: 's', name: 'S', kind: 'custom', steps: [{ id: 't', name: 'T', painPoints: [
        { id: 'a', title: 'A', severity: 'high', evidence: 'hypothesis' },
        { id: 'b', title: 'B', severity: 4, evidence: 'observed' },
        { id: 'c', title: 'C', severity: 'low', evidence: 'observed' },
      ] }] }],
    }).stages[0]!.steps[0]!.painPoints!;
    const summary = painSummary(pains);
    expect(summary.count).toBe(3);
    expect(summary.worst).toEqual({ id: 'b', title: 'B', level: 4, severity: '4 of 5', evidence: 'observed' });
    expect(painSummary([]).worst).toBeUndefined();
  });
});

describe('the service blueprint', () => {
  it('keeps each step in its column and places touchpoints in the lane they declare, else by their type', () => {
    const rows = blueprintRows(shop)!;
    expect(rows.map((r) => [r.lane, r.lineAbove])).toEqual([
      ['customer', undefined],
      ['frontstage', 'Line of interaction'],
      ['backstage', 'Line of visibility'],
      ['support', 'Line of internal interaction'],
    ]);
    expect(rows[1]!.cells).toEqual([[], [], [], [{ touchpoint: { id: 'checkout', name: 'Checkout' } }, { touchpoint: { id: 'receipt', name: 'Receipt' } }]]);
    expect(rows[2]!.cells).toEqual([[], [], [], [{ text: 'Fraud check' }]]);
    expect(rows[0]!.cells).toEqual([[], [], [], [{ touchpoint: { id: 'review', name: 'Review' } }]]);
  });

  it('is left out when no step has one', () => {
    expect(blueprintRows(journey({ stages: [{ id: 's', name: 'S', kind: 'custom', steps: [{ id: 'a', name: 'A' }] }] }))).toBeUndefined();
  });
});

describe('names in the narrow columns of the map', () => {
  it('may break only at the syllables of their long words, with a hyphen', () => {
    expect(softHyphens('Recommendation from a peer').split('\u00AD')).toEqual(['Rec', 'om', 'men', 'da', 'tion from a peer']);
    expect(softHyphens('Sign up online')).toBe('Sign up online');
  });

  it('break as the hyphenator breaks the whole text', () => {
    // Texts of long and short words, and of what ends a word or is one to the hyphenator: digits,
    // punctuation, apostrophes, soft hyphens already there, dashes, tags and letters beyond ASCII.
    const pieces = ['Recommendation', 'onboarding', 'subscription', 'peer', 'a', "customer's", 'Überweisungsauftrag', 'naïveté', 'résumés', '日本語のテキスト', '😀',
      ' ', '  ', '\n', '\u00A0', '-', '\u2013', '\u2014', '\u2026', '.', ',', "'", '"', '(', ')', '/', '<', '>', '<b>', '</b>', '<img alt="x">', '2026', 'x1y2', '\u00AD', 'rec\u00ADommendation', '&amp;', '_', '~'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(softHyphens(text)).toBe(hyphen.hyphenateSync(text, { hyphenChar: '\u00AD', minWordLength: 8 }));
      }),
      { numRuns: 2000 },
    );
  });
});
