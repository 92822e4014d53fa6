import type { GlossaryTerm } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { termBacklinks } from './glossary-index.ts';
import { definitionLink, editUrl, links } from './links.ts';
import { lookup } from './lookup.ts';
import type { Link } from './persona-page.ts';

/** What a glossary term's page shows. */
export interface TermPage {
  term: GlossaryTerm;
  editUrl: string | undefined;
  glossaryHref: string;
  aliases: string | undefined;
  source: { title: string; href: string | undefined } | undefined;
  related: Link[] | undefined;
  /** The pages of the report that use the term. */
  usedOn: Link[];
}

/**
 * The page of a glossary term.
 *
 * @example
 * termPage(site, term).usedOn; // [{ href: '/journeys/onboarding/', text: 'Onboarding' }]
 */
export function termPage(site: SiteData, term: GlossaryTerm): TermPage {
  const to = links(site);
  const find = lookup(site.workspace);
  return {
    term,
    editUrl: editUrl(site, site.workspace.files.glossary[term.id]),
    glossaryHref: to.glossary(),
    aliases: term.aliases?.join(', '),
    source: term.source && { title: term.source.title, href: definitionLink(term.source.url) },
    related: term.related && term.related.length > 0 ? term.related.map((id) => ({ href: to.term(id), text: find.term.get(id)?.term ?? id })) : undefined,
    usedOn: (termBacklinks(site).get(term.id) ?? []).map((backlink) => ({ href: backlink.href, text: backlink.title })),
  };
}
