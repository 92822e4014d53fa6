import type { SiteData } from '../site-data.ts';
import { links } from './links.ts';

/** What the glossary shows: its terms by first letter. */
export interface GlossaryPage {
  letters: {
    letter: string;
    /** The letter's anchor: `letter-A`, or `letter-other` for terms that start with no letter. */
    id: string;
    terms: { href: string; term: string; aliases: string | undefined; definition: string }[];
  }[];
}

/**
 * The glossary: every term in alphabetical order (case and accents aside), grouped by first
 * letter, with `#` for terms that start otherwise.
 *
 * @example
 * glossaryPage(site).letters.map((group) => group.letter); // ['A', 'C', 'M', '#']
 */
export function glossaryPage(site: SiteData): GlossaryPage {
  const to = links(site);
  const terms = [...site.workspace.glossary].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const letter = (term: string) => (/^[a-z]/i.test(term) ? term[0]!.toUpperCase() : '#');
  return {
    letters: [...new Set(terms.map((term) => letter(term.term)))].map((first) => ({
      letter: first,
      id: `letter-${first === '#' ? 'other' : first}`,
      terms: terms
        .filter((term) => letter(term.term) === first)
        .map((term) => ({ href: to.term(term.id), term: term.term, aliases: term.aliases?.join(', '), definition: term.definition })),
    })),
  };
}
