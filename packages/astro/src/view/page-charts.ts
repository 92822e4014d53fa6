import { metricTrendChart, emotionCurveChart, touchpointMatrixChart, type Chart, type Journey, type Metric, type Workspace } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { lookup } from './lookup.ts';
import { answersChart, eventFunnelChart, stageFunnelChart } from './metric-charts.ts';

/** The metric whose event log measured a journey's funnel, if any: it wins over stage counts. */
export function measuredFunnelMetric(workspace: Workspace, journey: Journey): Metric | undefined {
  // The funnel of the journey's stages: one of declared event steps does not follow its stages.
  return lookup(workspace).metricsOfJourney.get(journey.id)?.find((metric) => workspace.funnels[metric.id] !== undefined && metric.source?.funnel.steps === undefined);
}

/** The charts of a journey's page, in page order: emotion, funnel, touchpoints, then each metric's trend. */
export function journeyCharts(workspace: Workspace, journey: Journey): Chart[] {
  const metrics = lookup(workspace).metricsOfJourney.get(journey.id) ?? [];
  const measured = measuredFunnelMetric(workspace, journey);
  return [
    emotionCurveChart(journey),
    measured ? eventFunnelChart(measured, workspace.funnels[measured.id]) : stageFunnelChart(journey, metrics),
    touchpointMatrixChart(journey, workspace.channels),
    ...metrics.map((metric) => metricTrendChart(metric)),
  ].filter((chart) => chart !== undefined);
}

/** The charts of a metric's page: its trend, the distribution of its answers and its event funnel. */
export function metricCharts(workspace: Workspace, metric: Metric): { trend: Chart | undefined; answers: Chart | undefined; funnel: Chart | undefined } {
  return { trend: metricTrendChart(metric), answers: answersChart(metric), funnel: eventFunnelChart(metric, workspace.funnels[metric.id]) };
}

/** Every chart of a site's pages, in the order the pages are built, for rendering ahead of them. */
export function siteCharts(site: Pick<SiteData, 'workspace'> & Partial<Pick<SiteData, 'standalone'>>): Chart[] {
  const { workspace, standalone } = site;
  if (standalone !== undefined) return workspace.journeys.filter((journey) => standalone.includes(journey.id)).flatMap((journey) => journeyCharts(workspace, journey));
  return [
    ...workspace.journeys.flatMap((journey) => journeyCharts(workspace, journey)),
    ...workspace.metrics.flatMap((metric) => Object.values(metricCharts(workspace, metric)).filter((chart) => chart !== undefined)),
  ];
}
