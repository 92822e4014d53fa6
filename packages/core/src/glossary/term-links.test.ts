import { glossaryTermSchema } from '../index.ts';
import { describe, expect, it } from 'vitest';
import { linkTerms, mentionedTerms, termMatcher } from './term-links.ts';

const terms = [
  { id: 'purchase', term: 'Purchase', definition: 'Buying.' },
  { id: 'nps', term: 'Net Promoter Score', aliases: ['NPS'], definition: 'A score.' },
  { id: 'moment-of-truth', term: 'Moment of truth', definition: 'A moment.' },
  { id: 'sample-size', term: 'Sample size', aliases: ['n'], definition: 'How many.' },
].map((term) => glossaryTermSchema.parse(term));
const matcher = termMatcher(terms);

describe('linkTerms', () => {
  it('links the first mention of each term in a section, in any case, longest names first', () => {
    const seen = new Set<string>();
    expect(linkTerms('The first moment of truth decides; a Moment of Truth again.', matcher, seen)).toEqual([
      { text: 'The first ' },
      { text: 'moment of truth', term: 'moment-of-truth' },
      { text: ' decides; a Moment of Truth again.' },
    ]);
    expect(linkTerms('Another moment of truth.', matcher, seen)).toEqual([{ text: 'Another moment of truth.' }]);
  });

  it('finds whole words only: not inside another word, nor across a hyphen', () => {
    expect(linkTerms('post-purchase and purchases', matcher, new Set())).toEqual([{ text: 'post-purchase and purchases' }]);
    expect(linkTerms('Purchase, then', matcher, new Set())).toEqual([{ text: 'Purchase', term: 'purchase' }, { text: ', then' }]);
  });

  it('matches acronyms only in capitals and never names shorter than three letters', () => {
    expect(linkTerms('nps is not NPS', matcher, new Set())).toEqual([{ text: 'nps is not ' }, { text: 'NPS', term: 'nps' }]);
    expect(linkTerms('with n = 30', matcher, new Set())).toEqual([{ text: 'with n = 30' }]);
  });

  it('lists the terms a text mentions', () => {
    expect([...mentionedTerms('NPS after the purchase', matcher)].sort()).toEqual(['nps', 'purchase']);
  });
});
