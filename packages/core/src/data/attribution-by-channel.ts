import { attribution, type AttributionCredit } from '../metrics/attribution.ts';
import { attributionModels, type AttributionModel } from '../metrics/attribution-weights.ts';
import type { FunnelEvent } from '../metrics/funnel-from-events.ts';
import { journeyParts } from '../model/journey-parts.ts';
import type { Journey } from '../schema/journey.ts';
import type { Stage } from '../schema/stage.ts';

/** How each attribution model splits the credit for a journey's conversions between channels. */
export interface ChannelAttribution {
  /** The stage whose first event counts as the conversion. */
  stage: string;
  conversions: number;
  models: { model: AttributionModel; credits: AttributionCredit[] }[];
}

// Touchpoints do not say whether a visit was direct, so "last non-direct" would equal "last".
const compared = attributionModels.filter((model) => model !== 'last-non-direct');

/**
 * Credits a journey's conversions to the channels of the touchpoints each person met before: the
 * conversion is the first event of the journey's purchase stage (its last tracked stage when it
 * has none), the touches are the events of its touchpoints before that.
 *
 * @example
 * attributionByChannel(events, journey)?.models.find((m) => m.model === 'linear')?.credits;
 * // [{ key: 'email', credit: 12.5, share: 0.5 }, …]
 */
export function attributionByChannel(events: readonly FunnelEvent[], journey: Journey): ChannelAttribution | undefined {
  const setup = attributionEvents(journey);
  if (setup === undefined) return undefined;
  const { stage, converting, channelOf } = setup;
  const byUnit = new Map<string, FunnelEvent[]>();
  for (const event of events) {
    const list = byUnit.get(event.unit);
    if (list === undefined) byUnit.set(event.unit, [event]);
    else list.push(event);
  }
  const paths = [...byUnit].flatMap(([unit, list]) => {
    const convertedAt = Math.min(...list.filter((e) => converting.has(e.event)).map((e) => e.time));
    if (!Number.isFinite(convertedAt)) return [];
    const touches = list.filter((e) => e.time < convertedAt && channelOf.has(e.event)).map((e) => ({ time: new Date(e.time), channel: channelOf.get(e.event)! }));
    return touches.length === 0 ? [] : [{ conversion: unit, convertedAt: new Date(convertedAt), touches }];
  });
  if (paths.length === 0) return undefined;
  return { stage: stage.name, conversions: paths.length, models: compared.map((model) => ({ model, credits: attribution(paths, { model }).credits })) };
}

/**
 * What attribution reads in a journey's events: the stage whose first event is the conversion (the
 * purchase stage, or the last tracked stage when there is none), its events, and the channel of
 * each tracked event (of the first touchpoint with that event). Undefined when no touchpoint has an event.
 */
export function attributionEvents(journey: Journey): { stage: Stage; converting: Set<string>; channelOf: Map<string, string> } | undefined {
  const { touchpoints } = journeyParts(journey);
  const tracked = touchpoints.filter(({ value }) => value.event !== undefined);
  const stage = journey.stages.find((s) => s.kind === 'purchase' && tracked.some((t) => t.stage === s)) ?? [...journey.stages].reverse().find((s) => tracked.some((t) => t.stage === s));
  if (stage === undefined) return undefined;
  const converting = new Set(tracked.filter((t) => t.stage === stage).map((t) => t.value.event!));
  const channelOf = new Map<string, string>();
  for (const { value } of tracked) if (!channelOf.has(value.event!)) channelOf.set(value.event!, value.channel);
  return { stage, converting, channelOf };
}
