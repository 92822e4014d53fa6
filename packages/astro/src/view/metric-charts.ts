import { funnelChart, scoreDistributionChart, type Chart, type ChannelAttribution, type EventFunnel, type Journey, type Metric } from '@journeykit/core';

/** The funnel a metric computed from its event log, charted step by step. */
export function eventFunnelChart(metric: Metric, funnel: EventFunnel | undefined): Chart | undefined {
  if (funnel === undefined) return undefined;
  return funnelChart({ id: `event-funnel-${metric.id}`, title: `${metric.name}: people at each stage`, steps: funnel.steps.map((step) => ({ label: step.step, count: step.count })) });
}

const modelNames: Record<string, string> = {
  first: 'First touch',
  last: 'Last touch',
  linear: 'Linear',
  'position-based': 'Position-based (40/20/40)',
  'time-decay': 'Time decay (7-day half-life)',
};

/** The attribution comparison as a table: a row per channel, a column per model, shares in percent. */
export function attributionTable(attribution: ChannelAttribution, channelName: (id: string) => string) {
  const share = (model: string, channel: string) => attribution.models.find((m) => m.model === model)?.credits.find((c) => c.key === channel)?.share ?? 0;
  const channels = [...new Set(attribution.models.flatMap((m) => m.credits.map((c) => c.key)))].sort((a, b) => share('linear', b) - share('linear', a) || a.localeCompare(b));
  return {
    columns: ['Channel', ...attribution.models.map((m) => modelNames[m.model] ?? m.model)],
    rows: channels.map((channel) => [channelName(channel), ...attribution.models.map((m) => `${(share(m.model, channel) * 100).toFixed(1)}%`)]),
  };
}

const days = (ms: number | null) => (ms === null ? '–' : `${(ms / 86_400_000).toFixed(1)} days`);

/** What an event funnel says beyond its chart: who was left out, how long converting took, and whether there are too few people to tell. */
export function eventFunnelInWords(funnel: EventFunnel, thinSample: number): string {
  const { timeToConvert: time, excluded, biggestLeak } = funnel;
  return [
    `${funnel.n} people entered the funnel${excluded > 0 ? `, after leaving out ${excluded} whose every attempt met an exclusion event` : ''}.`,
    funnel.n < thinSample ? `That is fewer than ${thinSample}: a thin sample, read it with care.` : '',
    biggestLeak === null ? '' : `The biggest leak is into "${biggestLeak.step}" (${biggestLeak.conversion?.toFixed(1)}% of the step before).`,
    time.n === 0 ? 'Nobody completed it yet.' : `The ${time.n} who completed it took ${days(time.median)} (median), ${days(time.mean)} on average, ${days(time.p90)} for 90% of them${time.n < thinSample ? ' (a thin sample)' : ''}.`,
  ].filter(Boolean).join(' ');
}

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
