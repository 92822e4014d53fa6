import type { GlossaryTerm } from '../schema/glossary-term.ts';

// Finding glossary terms in prose: the report site links them, exports list the terms a journey uses.

/**
 * A piece of text: plain, or a mention of a glossary term.
 *
 * @example
 * const segments: Segment[] = [{ text: 'Our ' }, { text: 'NPS', term: 'net-promoter-score' }, { text: ' rose.' }];
 */
export type Segment = { text: string; term?: string };

/**
 * Finds mentions of glossary terms (their names and aliases) in text.
 *
 * @example
 * const matcher: TermMatcher = termMatcher(workspace.glossary);
 * matcher.names.get('nps')?.id; // 'net-promoter-score'
 */
export interface TermMatcher {
  pattern: RegExp | undefined;
  /** By lower-cased name: the term's id, and the exact spelling when the name is an acronym. */
  names: Map<string, { id: string; acronym: string | undefined }>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names this short are too ambiguous to link (the sample size "n", say). */
const minimumLength = 3;

/**
 * Builds the matcher for a glossary: longest names first, whole words only (a hyphen joins words,
 * so "purchase" is not found in "post-purchase"), any case, except acronyms such as "NPS", which
 * must be written in capitals.
 *
 * @example
 * const matcher = termMatcher(workspace.glossary);
 * mentionedTerms('Our NPS dropped after onboarding.', matcher); // Set { 'net-promoter-score', 'onboarding' }
 */
export function termMatcher(terms: readonly GlossaryTerm[]): TermMatcher {
  const names = new Map<string, { id: string; acronym: string | undefined }>();
  for (const term of terms) {
    for (const name of [term.term, ...(term.aliases ?? [])]) {
      if (name.length < minimumLength || names.has(name.toLowerCase())) continue;
      names.set(name.toLowerCase(), { id: term.id, acronym: /^[A-Z0-9]+$/.test(name) ? name : undefined });
    }
  }
  const sorted = [...names.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern =
    sorted.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}-])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  return { pattern, names };
}

/** The term a matched piece of text names, if the match counts (acronyms need their capitals). */
function termOf(match: string, matcher: TermMatcher): string | undefined {
  const name = matcher.names.get(match.toLowerCase());
  return name === undefined || (name.acronym !== undefined && name.acronym !== match) ? undefined : name.id;
}

/**
 * Splits text into plain pieces and term mentions. Only the first mention of each term in a
 * section links: `seen` holds the terms already linked there and is updated.
 *
 * @example
 * linkTerms('The first moment of truth', termMatcher(terms), new Set());
 * // [{ text: 'The first ' }, { text: 'moment of truth', term: 'moment-of-truth' }]
 */
export function linkTerms(text: string, matcher: TermMatcher, seen: Set<string>): Segment[] {
  if (matcher.pattern === undefined) return [{ text }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const id = termOf(match[0], matcher);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], term: id });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/**
 * The ids of the terms a text mentions, for backlinks from term pages and the glossary of exports.
 *
 * @example
 * mentionedTerms('A detractor answers 0 to 6.', termMatcher(builtinTerms)); // Set { 'detractor' }
 */
export function mentionedTerms(text: string, matcher: TermMatcher): Set<string> {
  const found = new Set<string>();
  if (matcher.pattern === undefined) return found;
  for (const match of text.matchAll(matcher.pattern)) {
    const id = termOf(match[0], matcher);
    if (id !== undefined) found.add(id);
  }
  return found;
}
