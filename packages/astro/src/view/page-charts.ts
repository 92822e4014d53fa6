import { metricTrendChart, touchpointMatrixChart, type Chart, type Journey, type Metric, type Workspace } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { lookup } from './lookup.ts';
import { answersChart, eventFunnelChart, stageFunnelChart } from './metric-charts.ts';
import { journeyMatrix, portfolioMatrix } from './opportunity-matrix-view.ts';

// Charts do not depend on links, so the matrices' charts are worked out without the site's root.
const noRoot = { root: '/' };

/** The metric whose event log measured a journey's funnel, if any: it wins over stage counts. */
export function measuredFunnelMetric(workspace: Workspace, journey: Journey): Metric | undefined {
  // The funnel of the journey's stages: one of declared event steps does not follow its stages.
  return lookup(workspace).metricsOfJourney.get(journey.id)?.find((metric) => workspace.funnels[metric.id] !== undefined && metric.source?.funnel.steps === undefined);
}

/** The charts of a journey's page, in page order: funnel, touchpoints, then each metric's trend. The emotion is drawn in the map's own lane. */
export function journeyCharts(workspace: Workspace, journey: Journey): Chart[] {
  const metrics = lookup(workspace).metricsOfJourney.get(journey.id) ?? [];
  const measured = measuredFunnelMetric(workspace, journey);
  return [
    measured ? eventFunnelChart(measured, workspace.funnels[measured.id]) : stageFunnelChart(journey, metrics),
    touchpointMatrixChart(journey, workspace.channels),
    ...metrics.map((metric) => metricTrendChart(metric)),
  ].filter((chart) => chart !== undefined);
}

/** The charts of a metric's page: its trend, the distribution of its answers and its event funnel. */
export function metricCharts(workspace: Workspace, metric: Metric): { trend: Chart | undefined; answers: Chart | undefined; funnel: Chart | undefined } {
  return { trend: metricTrendChart(metric), answers: answersChart(metric), funnel: eventFunnelChart(metric, workspace.funnels[metric.id]) };
}

/** Every chart of a site's pages, in the order the pages are built (see `renderOrder`), for rendering ahead of them. */
export function siteCharts(site: Pick<SiteData, 'workspace'> & Partial<Pick<SiteData, 'standalone'>>): Chart[] {
  const { workspace, standalone } = site;
  const ofJourney = (journey: Journey) => [...journeyCharts(workspace, journey), journeyMatrix(noRoot, journey)?.chart].filter((chart) => chart !== undefined);
  if (standalone !== undefined) return workspace.journeys.filter((journey) => standalone.includes(journey.id)).flatMap(ofJourney);
  return [
    ...[portfolioMatrix({ ...noRoot, workspace })?.chart].filter((chart) => chart !== undefined),
    ...workspace.journeys.flatMap(ofJourney),
    ...workspace.metrics.flatMap((metric) => Object.values(metricCharts(workspace, metric)).filter((chart) => chart !== undefined)),
  ];
}
