import { isQuickWin, opportunityMatrix, opportunityMatrixChart, type Chart, type Journey, type OpportunityPoint, type Workspace } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { links } from './links.ts';

/** An opportunity in the matrix's table, linked to its detail on its journey's page. */
export interface OpportunityRow {
  title: string;
  href: string;
  journey: string;
  where: string;
  status: string;
  customerValue: number | undefined;
  businessValue: number | undefined;
  effort: number | undefined;
  quickWin: boolean;
}

/** The opportunity matrix of some journeys: the chart (when any is scored) and every row of its table. */
export interface OpportunityMatrixView {
  chart: Chart | undefined;
  rows: OpportunityRow[];
}

/**
 * The opportunity matrix of journeys: core's chart of value against effort and a table of every
 * opportunity, scored or not, each linked to its detail on its journey's page (`onPage` for a
 * journey's own page, where the link is a fragment). Undefined when they have no opportunity.
 */
export function opportunityMatrixView(site: Pick<SiteData, 'root'>, journeys: readonly Journey[], scope: string, onPage?: string): OpportunityMatrixView | undefined {
  const to = links(site);
  const points = withoutInherited(opportunityMatrix(journeys), journeys);
  if (points.length === 0) return undefined;
  return {
    chart: opportunityMatrixChart(points, scope),
    rows: points.map((point) => ({
      title: point.title,
      href: `${point.journey.id === onPage ? '' : to.journey(point.journey.id)}#opportunity-${point.id}`,
      journey: point.journey.title,
      where: point.step === undefined ? point.stage.name : `${point.stage.name} › ${point.step.name}`,
      status: point.status,
      customerValue: point.customerValue,
      businessValue: point.businessValue,
      effort: point.effort,
      quickWin: isQuickWin(point),
    })),
  };
}

/**
 * The points without the opportunities a to-be journey takes over from its as-is when both are
 * among the journeys: each opportunity is placed once, on the as-is where it was first written.
 */
function withoutInherited(points: readonly OpportunityPoint[], journeys: readonly Journey[]): OpportunityPoint[] {
  const byId = new Map(journeys.map((journey) => [journey.id, journey]));
  const placed = new Set(points.map((point) => `${point.journey.id}\u0000${point.id}`));
  const inherited = (point: OpportunityPoint) => {
    const journey = byId.get(point.journey.id);
    const asIs = journey?.state === 'to-be' && journey.variantOf !== undefined ? byId.get(journey.variantOf) : undefined;
    return asIs !== undefined && placed.has(`${asIs.id}\u0000${point.id}`);
  };
  return points.filter((point) => !inherited(point));
}

/** The portfolio's matrix on the home page: every journey's opportunities, each once. */
export const portfolioMatrix = (site: Pick<SiteData, 'root'> & { workspace: Workspace }) => opportunityMatrixView(site, site.workspace.journeys, site.workspace.config.name);

/** A journey's own matrix on its page. */
export const journeyMatrix = (site: Pick<SiteData, 'root'>, journey: Journey) => opportunityMatrixView(site, [journey], journey.title, journey.id);
