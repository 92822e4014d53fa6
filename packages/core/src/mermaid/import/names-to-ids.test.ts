import { describe, expect, it } from 'vitest';
import { guessStageKind } from './guess-stage-kind.ts';
import { idFromName, uniqueId } from './slug.ts';

describe('idFromName', () => {
  it('makes an id of lower-case words joined by hyphens, without accents', () => {
    expect(idFromName('Go to work', 'x')).toBe('go-to-work');
    expect(idFromName('  Café: crème brûlée #2 ', 'x')).toBe('cafe-creme-brulee-2');
    expect(idFromName('日本語', 'stage-1')).toBe('stage-1');
  });

  it('adds a number to an id already taken', () => {
    const taken = new Set(['buy']);
    expect([uniqueId('buy', taken), uniqueId('buy', taken), uniqueId('pay', taken)]).toEqual(['buy-2', 'buy-3', 'pay']);
  });
});

describe('guessStageKind', () => {
  it.each([
    ['Discover the brand', 'awareness'],
    ['Compare options', 'consideration'],
    ['Checkout', 'purchase'],
    ['Getting started', 'onboarding'],
    ['Renewal', 'retention'],
    ['Refer a friend', 'advocacy'],
    ['Go home', 'custom'],
  ])('takes "%s" for %s', (name, kind) => {
    expect(guessStageKind(name)).toBe(kind);
  });
});
