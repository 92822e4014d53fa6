import type { Journey } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { facetOptions } from './facets.ts';
import { filterRules, type FilterGroup } from './filter-rules.ts';
import { links } from './links.ts';
import { emotions, journeyHealth, lookup } from './lookup.ts';
import { portfolioMatrix, type OpportunityMatrixView } from './opportunity-matrix-view.ts';
import type { Link } from './persona-page.ts';
import { sparkline } from './sparkline.ts';
import { teamLink } from './team-link.ts';

/** A journey's card on the home page. */
export interface JourneyCard {
  href: string;
  title: string;
  status: Journey['status'];
  state: Journey['state'];
  scope: Journey['scope'];
  summary: string | undefined;
  /** The values the portfolio's filters match the card by: space-separated persona ids, the owner's id, the status. */
  filter: { persona: string; owner: string; status: string };
  personas: Link[];
  owner: Link | undefined;
  /** How many of its metrics meet their targets, in words. */
  health: string;
  /** The emotion across the steps as an inline SVG; undefined with fewer than two emotions. */
  sparkline: string | undefined;
}

/** What the home page shows: the workspace's journeys as filterable cards, and the portfolio's opportunities. */
export interface HomePage {
  name: string;
  description: string | undefined;
  filters: FilterGroup[];
  /** The stylesheet that makes the filters work without JavaScript, for the page's head. */
  filterCss: string;
  cards: JourneyCard[];
  /** The opportunities of every journey; undefined on a standalone site or when there are none. */
  matrix: OpportunityMatrixView | undefined;
}

/** The id of the portfolio on the home page, which its filters act on. */
export const portfolioId = 'portfolio';

/**
 * The home page: every journey by title, with what it is, who it is for, who owns it and how its
 * metrics and emotions stand.
 *
 * @example
 * homePage(site).cards[0].health; // '2 on target, 1 off target'
 */
export function homePage(site: SiteData): HomePage {
  const { workspace } = site;
  const to = links(site);
  const find = lookup(workspace);
  const facets = facetOptions(workspace);
  const filters = [
    { name: 'persona', legend: 'Persona', options: facets.personas },
    { name: 'owner', legend: 'Owner', options: facets.owners },
    { name: 'status', legend: 'Status', options: facets.statuses },
  ];
  return {
    name: workspace.config.name,
    description: workspace.config.description,
    filters,
    filterCss: filterRules(portfolioId, filters),
    cards: [...workspace.journeys].sort((a, b) => a.title.localeCompare(b.title)).map(journeyCard),
    matrix: site.standalone === undefined ? portfolioMatrix(site) : undefined,
  };

  function journeyCard(journey: Journey): JourneyCard {
    const values = emotions(journey);
    const scale = journey.emotionScale;
    return {
      href: to.journey(journey.id),
      title: journey.title,
      status: journey.status,
      state: journey.state,
      scope: journey.scope,
      summary: journey.summary,
      filter: { persona: journey.personas.join(' '), owner: journey.owner ?? '', status: journey.status },
      personas: journey.personas.map((id) => ({ href: to.persona(id), text: find.persona.get(id)?.name ?? id })),
      owner: teamLink(workspace, to, journey.owner),
      health: healthInWords(journeyHealth(journey, workspace)),
      sparkline: values.length > 1 ? sparkline(values, scale, `Emotion across ${values.length} steps, from ${values[0]} to ${values.at(-1)} on a scale of ${scale.min} to ${scale.max}`) : undefined,
    };
  }
}

/** A journey's health in words, like "2 on target, 1 off target, 1 without data or target". */
export function healthInWords({ met, missed, unknown }: ReturnType<typeof journeyHealth>): string {
  if (met + missed + unknown === 0) return 'no metrics yet';
  return `${met} on target, ${missed} off target${unknown > 0 ? `, ${unknown} without data or target` : ''}`;
}
