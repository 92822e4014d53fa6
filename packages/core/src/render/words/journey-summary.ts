import { targetStatus } from '../../analysis/target-status.ts';
import { journeyParts } from '../../schema/journey-parts.ts';
import type { Journey } from '../../schema/journey.ts';
import type { Metric } from '../../schema/metric.ts';
import { numericScales, scaleValue } from '../../schema/scales.ts';
import { countOf, plural } from './plural.ts';

/**
 * A few plain sentences on a journey for readers who will not read the map: its size, its lowest
 * moment, its worst friction and how its metrics stand.
 *
 * @example
 * journeySummary(journey, metrics, (id) => channels.get(id)?.name ?? id)[0];
 * // 'First purchase runs through 4 stages and 9 steps, with 12 touchpoints on 5 channels (Email, …).'
 */
export function journeySummary(journey: Journey, metrics: readonly Metric[], channelName: (id: string) => string): string[] {
  const parts = journeyParts(journey);
  const channels = new Set(parts.touchpoints.map(({ value }) => value.channel));
  const sentences = [
    `${journey.title} runs through ${countOf(parts.stages.length, 'stage')} and ${countOf(parts.steps.length, 'step')}, with ${countOf(parts.touchpoints.length, 'touchpoint')} on ${countOf(channels.size, 'channel')}${channels.size > 0 ? ` (${[...channels].map(channelName).sort().join(', ')})` : ''}.`,
  ];
  const scored = parts.steps.filter(({ value }) => value.emotion !== undefined);
  if (scored.length > 0) {
    const lowest = scored.reduce((low, step) => (step.value.emotion! < low.value.emotion! ? step : low));
    const highest = scored.reduce((high, step) => (step.value.emotion! > high.value.emotion! ? step : high));
    const { min, max } = journey.emotionScale;
    sentences.push(
      `Customers feel worst at "${lowest.value.name}" (${lowest.stage.name}, ${lowest.value.emotion} on a scale of ${min} to ${max}) and best at "${highest.value.name}" (${highest.value.emotion}).`,
    );
  }
  const severe = parts.painPoints.filter(({ value }) => scaleValue('severity', value.severity) >= numericScales.severity.words.high);
  if (parts.painPoints.length > 0) {
    const observed = parts.painPoints.filter(({ value }) => value.evidence === 'observed' || value.evidence === 'reported').length;
    sentences.push(
      `It has ${countOf(parts.painPoints.length, 'pain point')}, ${severe.length} of them high or critical; ${observed} ${plural(observed, 'is', 'are')} backed by data or feedback, the rest inferred or hypotheses.`,
    );
  }
  if (parts.opportunities.length > 0) {
    const active = parts.opportunities.filter(({ value }) => value.status === 'planned' || value.status === 'in-progress').length;
    sentences.push(
      `${countOf(parts.opportunities.length, 'opportunity', 'opportunities')}${answering(parts.opportunities.length, parts.painPoints.length)}, ${active} planned or in progress.`,
    );
  }
  if (metrics.length > 0) {
    const statuses = metrics.map((metric) => targetStatus(metric).status);
    const met = statuses.filter((status) => status === 'met').length;
    const missed = statuses.filter((status) => status === 'missed').length;
    sentences.push(`Of its ${countOf(metrics.length, 'metric')}, ${met} ${plural(met, 'meets its', 'meet their')} target and ${missed} ${plural(missed, 'misses it', 'miss theirs')}.`);
  }
  return sentences;
}

/** " answer them", " answers it": what opportunities do for the pain points named before them, if any. */
function answering(opportunities: number, painPoints: number): string {
  return painPoints === 0 ? '' : ` ${plural(opportunities, 'answers', 'answer')} ${plural(painPoints, 'it', 'them')}`;
}
