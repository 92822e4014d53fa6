import { funnelChart, scoreDistributionChart, type Chart, type Journey, type Metric } from '@journeykit/core';

/**
 * The stage funnel of a journey from its `count` metrics scoped to whole stages: the latest count
 * of people at each stage, in map order. Undefined unless at least two stages are counted.
 */
export function stageFunnelChart(journey: Journey, metrics: readonly Metric[]): Chart | undefined {
  const steps = journey.stages.flatMap((stage) => {
    const metric = metrics.find((m) => m.kind === 'count' && m.scope?.stage === stage.id && m.scope.step === undefined && m.scope.touchpoint === undefined);
    const latest = metric?.series?.at(-1);
    return latest === undefined ? [] : [{ label: stage.name, count: latest.value }];
  });
  if (steps.length < 2) return undefined;
  return funnelChart({ id: `funnel-${journey.id}`, title: `${journey.title}: people at each stage`, steps });
}

const npsScale = { min: 0, max: 10 };

/** How the answers of the latest period with a distribution spread over the scale, for NPS, CSAT and CES. */
export function answersChart(metric: Metric): Chart | undefined {
  if (metric.kind !== 'nps' && metric.kind !== 'csat' && metric.kind !== 'ces') return undefined;
  const latest = [...(metric.series ?? [])].reverse().find((observation) => observation.distribution !== undefined);
  const scale = metric.kind === 'nps' ? npsScale : metric.scale;
  if (latest?.distribution === undefined || scale === undefined) return undefined;
  return scoreDistributionChart({
    id: `answers-${metric.id}`,
    title: `${metric.name}: answers in ${latest.period}`,
    kind: metric.kind,
    scale,
    counts: Object.entries(latest.distribution).map(([score, count]) => ({ score: Number(score), count })),
    ...(metric.goodEnd === undefined ? {} : { goodEnd: metric.goodEnd }),
  });
}
