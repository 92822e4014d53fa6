import { coverage, eventFunnelInWords, frictionRanking, journeyMetrics, journeySummary, type Chart, type Journey, type Metric } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { editUrl, links } from './links.ts';
import { lookup } from './lookup.ts';
import { journeyMap, type JourneyMapModel } from './map/journey-map.ts';
import { stepDetails, type StageDetail } from './map/step-details.ts';
import { attributionTable } from './metric-charts.ts';
import { journeyMatrix, type OpportunityMatrixView } from './opportunity-matrix-view.ts';
import { journeyCharts, measuredFunnelMetric } from './page-charts.ts';
import type { Link } from './persona-page.ts';
import { teamLink } from './team-link.ts';
import { toBeComparison, type ToBeComparisonModel } from './to-be-comparison.ts';

/** A step in the friction ranking, its numbers written for the table. */
export interface FrictionRow {
  /** The step's anchor in the detail below the map. */
  href: string;
  step: string;
  stage: string;
  score: string;
  pain: string;
  lowEmotion: string;
  /** The share of people lost entering the stage; undefined without an event funnel. */
  lost: string | undefined;
}

/** What a journey's page shows. */
export interface JourneyPage {
  journey: Journey;
  editUrl: string | undefined;
  /** The breadcrumb to the home page; undefined on a standalone site, which has none. */
  homeHref: string | undefined;
  /** What the map is of, in words. */
  state: string;
  owner: Link | undefined;
  personas: Link[];
  variantOf: { link: Link; state: string } | undefined;
  variants: { link: Link; state: string }[];
  map: JourneyMapModel;
  /** The detail under the map, stage by stage and step by step. */
  details: StageDetail[];
  comparison: ToBeComparisonModel | undefined;
  metrics: { href: string; metric: Metric }[];
  thinSample: number;
  /** The journey in plain sentences. */
  summary: string[];
  /** The metric whose event log measured the journey's funnel, and that funnel in words. */
  measured: { link: Link; words: string } | undefined;
  /** The five steps with the most friction; empty when no step has any. */
  friction: FrictionRow[];
  matrix: OpportunityMatrixView | undefined;
  coverage: {
    /** How many pain points are backed by data, in a sentence. */
    painPoints: string;
    /** What the journey leaves without an owner, a metric or an event: names, or "none". */
    gaps: { label: string; items: string }[];
  };
  /** How the attribution models split the credit over the channels, from the event log. */
  attribution: { conversions: number; stage: string; thin: boolean; columns: string[]; rows: string[][] } | undefined;
  charts: Chart[];
}

/**
 * The page of a journey: what it is, its overview map, what a to-be changes, its metrics, its
 * friction, opportunities and coverage, and how the channels share the credit.
 *
 * @example
 * journeyPage(site, journey).friction[0]; // { href: '#step-checkout', step: 'Checks out', stage: 'Pay', score: '3.4', pain: '2.4', lowEmotion: '50%', lost: undefined }
 */
export function journeyPage(site: SiteData, journey: Journey): JourneyPage {
  const { workspace } = site;
  const to = links(site);
  const find = lookup(workspace);
  // A to-be journey's metrics include its as-is's, with the targets it sets out to reach.
  const metrics = journeyMetrics(journey, workspace.metrics);
  const channel = (id: string) => find.channel.get(id)?.name ?? id;
  const journeyLink = (other: Journey) => ({ link: { href: to.journey(other.id), text: other.title }, state: other.state });
  const variantOf = journey.variantOf === undefined ? undefined : find.journey.get(journey.variantOf);
  const measured = measuredFunnelMetric(workspace, journey);
  const funnel = measured ? workspace.funnels[measured.id] : undefined;
  const covered = coverage(journey, metrics);
  const gaps = [
    ['Stages without an owner', covered.stagesWithoutOwner],
    ['Stages no metric measures', covered.stagesWithoutMetrics],
    ['Touchpoints without an owner', covered.touchpointsWithoutOwner],
    ['Touchpoints no analytics event shows', covered.touchpointsWithoutEvent],
  ] as const;
  const attribution = funnel?.attribution;
  const comparison = toBeComparison(site, journey);
  return {
    journey,
    editUrl: editUrl(site, workspace.files.journey[journey.id]),
    homeHref: site.standalone === undefined ? to.home() : undefined,
    state: journey.state === 'as-is' ? 'the journey as it is' : 'the journey as it should be',
    owner: teamLink(workspace, to, journey.owner),
    personas: journey.personas.map((id) => ({ href: to.persona(id), text: find.persona.get(id)?.name ?? id })),
    variantOf: variantOf && journeyLink(variantOf),
    variants: (find.variants.get(journey.id) ?? []).map(journeyLink),
    map: journeyMap(site, journey, comparison),
    details: stepDetails(workspace, journey, to),
    comparison,
    metrics: metrics.map((metric) => ({ href: to.metric(metric.id), metric })),
    thinSample: workspace.config.thinSample,
    summary: journeySummary(journey, metrics, channel),
    measured: measured && { link: { href: to.metric(measured.id), text: measured.name }, words: eventFunnelInWords(funnel!, workspace.config.thinSample) },
    friction: frictionRanking(journey, funnel)
      .slice(0, 5)
      .map((rank) => ({
        href: `#step-${rank.step}`,
        step: rank.stepName,
        stage: rank.stage,
        score: rank.score.toFixed(1),
        pain: rank.pain.toFixed(1),
        lowEmotion: `${Math.round(rank.lowEmotion * 100)}%`,
        lost: measured ? `${Math.round(rank.dropOff * 100)}%` : undefined,
      })),
    matrix: journeyMatrix(site, journey),
    coverage: {
      painPoints: covered.painPoints === 0 ? 'No pain points are recorded.' : `${covered.painPointsBackedByData} of ${covered.painPoints} pain points are backed by data or feedback.`,
      gaps: gaps.map(([label, items]) => ({ label, items: items.length === 0 ? 'none' : items.join(', ') })),
    },
    attribution: attribution && {
      conversions: attribution.conversions,
      stage: attribution.stage,
      thin: attribution.conversions < workspace.config.thinSample,
      ...attributionTable(attribution, channel),
    },
    charts: journeyCharts(workspace, journey),
  };
}
