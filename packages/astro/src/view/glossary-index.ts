import { journeyParts, mentionedTerms, termMatcher, type TermMatcher, type Workspace } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { links } from './links.ts';
import { oncePerWorkspace } from './once-per-workspace.ts';

/** The glossary matcher of a workspace, built once. */
export const matcherFor: (workspace: Workspace) => TermMatcher = oncePerWorkspace((workspace) => termMatcher(workspace.glossary));

/** A page that uses glossary terms: its title, address and the prose it shows. */
interface ProsePage {
  title: string;
  href: string;
  texts: (string | undefined)[];
}

function prosePages(site: SiteData): ProsePage[] {
  const to = links(site);
  const { workspace } = site;
  return [
    ...workspace.journeys.map((journey) => {
      const parts = journeyParts(journey);
      return {
        title: journey.title,
        href: to.journey(journey.id),
        texts: [
          journey.summary,
          journey.goal,
          journey.description,
          // Names count as prose: a step called "Kickoff call" uses the term as much as a description does.
          ...parts.stages.flatMap(({ value }) => [value.name, value.description, value.customerGoal]),
          ...parts.steps.flatMap(({ value }) => [value.name, value.description]),
          ...parts.touchpoints.flatMap(({ value }) => [value.name, value.description]),
          ...parts.painPoints.flatMap(({ value }) => [value.title, value.description]),
          ...parts.opportunities.flatMap(({ value }) => [value.title, value.description]),
        ],
      };
    }),
    ...workspace.personas.map((p) => ({ title: p.name, href: to.persona(p.id), texts: [p.description, p.job, ...(p.goals ?? []), ...(p.motivations ?? []), ...(p.frustrations ?? [])] })),
    ...workspace.metrics.map((m) => ({ title: m.name, href: to.metric(m.id), texts: [m.description] })),
    ...workspace.teams.map((t) => ({ title: t.name, href: to.team(t.id), texts: [t.description] })),
    ...workspace.glossary.map((t) => ({ title: t.term, href: to.term(t.id), texts: [t.definition, t.description] })),
  ];
}

const backlinkCache = new WeakMap<Workspace, Map<string, { title: string; href: string }[]>>();

/** For each glossary term, the pages whose prose mentions it (a term's own page excluded). */
export function termBacklinks(site: SiteData): Map<string, { title: string; href: string }[]> {
  let found = backlinkCache.get(site.workspace);
  if (found !== undefined) return found;
  found = new Map();
  const matcher = matcherFor(site.workspace);
  const to = links(site);
  for (const page of prosePages(site)) {
    for (const id of mentionedTerms(page.texts.filter((t) => t !== undefined).join('\n'), matcher)) {
      if (page.href === to.term(id)) continue;
      found.set(id, [...(found.get(id) ?? []), { title: page.title, href: page.href }]);
    }
  }
  backlinkCache.set(site.workspace, found);
  return found;
}
