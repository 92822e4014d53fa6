import type { GlossaryTerm } from '@journeykit/core';

/** A piece of text: plain, or a mention of a glossary term. */
export type Segment = { text: string; term?: string };

/** Finds mentions of glossary terms (their names and aliases) in text. */
export interface TermMatcher {
  pattern: RegExp | undefined;
  idOf: Map<string, string>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the matcher for a glossary: longest names first, whole words, any case. */
export function termMatcher(terms: readonly GlossaryTerm[]): TermMatcher {
  const idOf = new Map<string, string>();
  for (const term of terms) {
    for (const name of [term.term, ...(term.aliases ?? [])]) if (!idOf.has(name.toLowerCase())) idOf.set(name.toLowerCase(), term.id);
  }
  const names = [...idOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = names.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, idOf };
}

/**
 * Splits text into plain pieces and term mentions. Only the first mention of each term in a
 * section links: `seen` holds the terms already linked there and is updated.
 */
export function linkTerms(text: string, matcher: TermMatcher, seen: Set<string>): Segment[] {
  if (matcher.pattern === undefined) return [{ text }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const id = matcher.idOf.get(match[0].toLowerCase());
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], term: id });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** The ids of the terms a text mentions, for backlinks from term pages. */
export function mentionedTerms(text: string, matcher: TermMatcher): Set<string> {
  const found = new Set<string>();
  if (matcher.pattern === undefined) return found;
  for (const match of text.matchAll(matcher.pattern)) {
    const id = matcher.idOf.get(match[0].toLowerCase());
    if (id !== undefined) found.add(id);
  }
  return found;
}
