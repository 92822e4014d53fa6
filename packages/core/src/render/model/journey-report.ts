import { coverage } from '../../analysis/coverage.ts';
import { frictionRanking } from '../../analysis/friction.ts';
import { metricDirection, metricTrend, targetStatus } from '../../analysis/target-status.ts';
import { journeyMetrics } from '../../analysis/journey-metrics.ts';
import { mentionedTerms, termMatcher } from '../../glossary/term-links.ts';
import { journeyParts } from '../../schema/journey-parts.ts';
import type { Workspace } from '../../schema/workspace.ts';
import type { Journey } from '../../schema/journey.ts';
import type { Metric } from '../../schema/metric.ts';
import type { JourneyReport, MetricReport } from './journey-report-schema.ts';
import { journeyTexts } from './journey-texts.ts';

/** The entities with these ids, in the order of the ids, each once; ids with no entity are skipped. */
function pick<T extends { id: string }>(entities: readonly T[], ids: Iterable<string | undefined>): T[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const picked = new Set<T>();
  for (const id of ids) {
    const entity = id === undefined ? undefined : byId.get(id);
    if (entity !== undefined) picked.add(entity);
  }
  return [...picked];
}

/**
 * A metric with how its latest value stands: against its target, in its direction, over its last
 * three periods, and whether it rests on a thin sample.
 *
 * @example
 * metricReport(metric, 30); // { metric, status: 'met', latest: { period: '2026-Q2', value: 42, n: 120 }, target: 40, … }
 */
export function metricReport(metric: Metric, thinSample: number): MetricReport {
  const { status, latest, target } = targetStatus(metric);
  const { series = [], ...definition } = metric;
  return {
    metric: definition,
    series,
    status,
    ...(latest === undefined ? {} : { latest }),
    ...(target === undefined ? {} : { target }),
    direction: metricDirection(metric),
    trend: metricTrend(metric),
    thin: latest?.n !== undefined && latest.n < thinSample,
  };
}

/**
 * Resolves what a journey refers to (personas, teams, channels, metrics, glossary terms) and
 * computes what the report site shows about it: metric statuses, the event funnel, friction and
 * coverage. Exports render this, so every format says the same.
 *
 * @example
 * const report = journeyReport(workspace, workspace.journeys[0]);
 * report.metrics.map((m) => `${m.metric.name}: ${m.status}`); // ['Onboarding CSAT: missed', …]
 */
export function journeyReport(workspace: Workspace, journey: Journey): JourneyReport {
  const parts = journeyParts(journey);
  // A to-be reports its as-is journey's metrics too: their targets are where the to-be should take them.
  const metrics = journeyMetrics(journey, workspace.metrics);
  // The funnel of the journey's stages, as the journey page picks it: one of this journey's own
  // (an as-is funnel's stages are not the to-be's), and not one of declared event steps.
  const measured = metrics.find((metric) => metric.scope?.journey === journey.id && workspace.funnels[metric.id] !== undefined && metric.source?.funnel.steps === undefined);
  const funnel = measured === undefined ? undefined : workspace.funnels[measured.id];
  const owners = [
    journey.owner,
    ...parts.stages.map(({ value }) => value.owner),
    ...parts.touchpoints.map(({ value }) => value.owner),
    ...parts.painPoints.map(({ value }) => value.owner),
    ...parts.opportunities.map(({ value }) => value.owner),
    ...metrics.map((metric) => metric.owner),
  ];
  const matcher = termMatcher(workspace.glossary);
  const terms = mentionedTerms(journeyTexts(journey, metrics).join('\n'), matcher);
  const personas = pick(workspace.personas, journey.personas);
  return {
    journey,
    personas,
    teams: pick(workspace.teams, owners),
    channels: pick(workspace.channels, [...parts.touchpoints.map(({ value }) => value.channel), ...personas.flatMap((persona) => persona.preferredChannels ?? [])]),
    metrics: metrics.map((metric) => metricReport(metric, workspace.config.thinSample)),
    ...(measured === undefined || funnel === undefined ? {} : { funnel: { metric: measured.id, result: funnel } }),
    friction: frictionRanking(journey, funnel),
    coverage: coverage(journey, metrics),
    glossary: workspace.glossary.filter((term) => terms.has(term.id)).sort((a, b) => a.term.localeCompare(b.term, 'en')),
  };
}
