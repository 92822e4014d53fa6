import { eventFunnelInWords, journeyParts, metricDirection, type Chart, type Metric } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { cohortTable, type CohortTable } from './cohort-table.ts';
import { definitionLink, editUrl, links } from './links.ts';
import { lookup } from './lookup.ts';
import { metricMethodInWords } from './metric-method.ts';
import { metricStatus, stepsWithoutDataInWords } from './metric-status.ts';
import { metricCharts } from './page-charts.ts';
import type { Link } from './persona-page.ts';
import { teamLink } from './team-link.ts';

/** Where in a journey a metric measures: the journey, and the stage, step or touchpoint its scope names. */
export interface MetricPlace {
  journey: Link;
  stage: string | undefined;
  step: string | undefined;
  touchpoint: Link | undefined;
}

/** What a metric's page shows. */
export interface MetricPage {
  metric: Metric;
  editUrl: string | undefined;
  metricsHref: string;
  thinSample: number;
  builtAt: string;
  /** Why the latest period is stale, when it is. */
  stale: string | undefined;
  /** How the metric is computed, in a sentence. */
  method: string;
  direction: string;
  /** The target with its unit, and the day it is due by when given. */
  target: string | undefined;
  /** Why this target. */
  targetNote: string | undefined;
  owner: Link | undefined;
  /** The data file the metric is computed from. */
  dataFile: string | undefined;
  /** The metric's page in the analytics tool: linked when its address is allowed, else its words. */
  source: { href: string | undefined; text: string } | undefined;
  /** Where it measures; undefined for the whole workspace. */
  place: MetricPlace | undefined;
  /** Touchpoints that list the metric, besides the one its scope names. */
  usedBy: Link[];
  trend: { chart: Chart; words: string } | undefined;
  answers: Chart | undefined;
  cohorts: CohortTable | undefined;
  funnel: { chart: Chart; words: string; noData: string | undefined } | undefined;
  /** A warning when some period has fewer answers than the thin-sample threshold. */
  thinPeriods: string | undefined;
}

/**
 * The page of a metric: its status, definition, where it is used, and its charts and tables.
 *
 * @example
 * metricPage(site, metric).place; // { journey: { href: '/journeys/onboarding/', text: 'Onboarding' }, stage: 'Setup', step: undefined, touchpoint: undefined }
 */
export function metricPage(site: SiteData, metric: Metric): MetricPage {
  const { workspace } = site;
  const to = links(site);
  const find = lookup(workspace);
  const thin = workspace.config.thinSample;
  const status = metricStatus(metric, thin, new Date(site.builtAt));
  const charts = metricCharts(workspace, metric);
  const funnel = workspace.funnels[metric.id];
  const retention = workspace.retention[metric.id];
  const link = definitionLink(metric.link);
  const { place, usedBy } = metricPlace(site, metric);
  // A target written as a bare number has no deadline and no note.
  const target: { value: number; by?: string | undefined; note?: string | undefined } | undefined = metric.target;
  return {
    metric,
    editUrl: editUrl(site, workspace.files.metric[metric.id]),
    metricsHref: to.metrics(),
    thinSample: thin,
    builtAt: site.builtAt,
    stale: status.stale,
    method: metricMethodInWords(metric),
    direction: metricDirection(metric),
    target: status.target && `${status.target}${target?.by ? ` by ${target.by}` : ''}`,
    targetNote: target?.note,
    owner: teamLink(workspace, to, metric.owner),
    dataFile: metric.source?.file,
    source: metric.link ? { href: link, text: link ? 'analytics' : metric.link } : undefined,
    place,
    usedBy,
    trend: charts.trend && { chart: charts.trend, words: status.trendWords },
    answers: charts.answers,
    cohorts: retention ? cohortTable(metric, retention, thin) : undefined,
    funnel: charts.funnel && { chart: charts.funnel, words: eventFunnelInWords(funnel!, thin), noData: stepsWithoutDataInWords(funnel?.stepsWithoutData) },
    thinPeriods: metric.series?.some((o) => o.n !== undefined && o.n < thin) ? `Periods with fewer than ${thin} answers are thin samples: read them with care.` : undefined,
  };
}

/** Where a metric measures, and the other touchpoints that list it. */
function metricPlace(site: SiteData, metric: Metric): { place: MetricPlace | undefined; usedBy: Link[] } {
  const to = links(site);
  const scope = metric.scope;
  const journey = scope && lookup(site.workspace).journey.get(scope.journey);
  if (scope === undefined || journey === undefined) return { place: undefined, usedBy: [] };
  const parts = journeyParts(journey);
  const named = <T extends { id: string }>(list: { value: T }[], id: string | undefined) => (id === undefined ? undefined : list.find(({ value }) => value.id === id)?.value);
  const touchpoint = named(parts.touchpoints, scope.touchpoint);
  const touchpointLink = (value: { id: string; name: string }) => ({ href: to.touchpoint(journey.id, value.id), text: value.name });
  return {
    place: {
      journey: { href: to.journey(journey.id), text: journey.title },
      stage: named(parts.stages, scope.stage)?.name,
      step: named(parts.steps, scope.step)?.name,
      touchpoint: touchpoint && touchpointLink(touchpoint),
    },
    usedBy: parts.touchpoints.filter(({ value }) => value.metrics?.includes(metric.id) && value.id !== touchpoint?.id).map(({ value }) => touchpointLink(value)),
  };
}
