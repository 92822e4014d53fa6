import { attributionModels, attributionWeights, type AttributionModel } from '../metrics/attribution-weights.ts';
import { creditTotals, type AttributionCredit } from '../metrics/credit-totals.ts';
import type { EventLog } from '../metrics/log/event-log.ts';
import type { UnitGroups } from '../metrics/log/group-by-unit.ts';
import { compareText } from '../metrics/touch.ts';
import { journeyParts } from '../schema/journey-parts.ts';
import type { Journey } from '../schema/journey.ts';
import type { Stage } from '../schema/stage.ts';

/**
 * How each attribution model splits the credit for a journey's conversions between channels.
 *
 * @example
 * const attribution: ChannelAttribution | undefined = workspace.funnels['purchase-funnel']?.attribution;
 * attribution?.models.find((m) => m.model === 'linear')?.credits; // [{ key: 'web', credit: 280, share: 0.64 }, …]
 */
export interface ChannelAttribution {
  /** The stage whose first event counts as the conversion. */
  stage: string;
  conversions: number;
  models: { model: AttributionModel; credits: AttributionCredit[] }[];
}

// Touchpoints do not say whether a visit was direct, so "last non-direct" would equal "last".
const compared = attributionModels.filter((model) => model !== 'last-non-direct');
const halfLifeDays = 7;

/**
 * Credits a journey's conversions to the channels of the touchpoints each person met before: the
 * conversion is the first event of the journey's purchase stage (its last tracked stage when it
 * has none), the touches are the events of its touchpoints before that. Walks the log once, unit
 * by unit, keeping only running sums.
 *
 * @example
 * attributionByChannel(log, groupByUnit(log, rankByName(log.events), () => {}), journey)?.models.find((m) => m.model === 'linear')?.credits;
 * // [{ key: 'email', credit: 12.5, share: 0.5 }, …]
 */
export function attributionByChannel(log: EventLog, groups: UnitGroups, journey: Journey): ChannelAttribution | undefined {
  const setup = attributionEvents(journey);
  if (setup === undefined) return undefined;
  const { stage, converting, channelOf } = setup;
  const isConversion = log.events.map((event) => converting.has(event));
  const channels = log.events.map((event) => channelOf.get(event));

  const totals = compared.map((model) => ({ model, totals: creditTotals('channel') }));
  const touches: { millis: number; channel: string }[] = [];
  for (let u = 0; u < log.units.length; u++) {
    const from = groups.starts[u]!;
    const to = groups.starts[u + 1]!;
    // A unit's events are in time order: the first conversion ends its path.
    let end = from;
    while (end < to && !isConversion[log.event[groups.order[end]!]!]) end++;
    if (end === to) continue;
    const convertedAt = log.time[groups.order[end]!]!;
    touches.length = 0;
    for (let k = from; k < end; k++) {
      const index = groups.order[k]!;
      const channel = channels[log.event[index]!];
      const millis = log.time[index]!;
      if (channel !== undefined && millis < convertedAt) touches.push({ millis, channel });
    }
    if (touches.length === 0) continue;
    touches.sort((a, b) => a.millis - b.millis || compareText(a.channel, b.channel));
    const where = `person ${log.units[u]!}`;
    for (const { model, totals: sums } of totals) sums.add(touches, attributionWeights(touches, model, halfLifeDays), where);
  }
  const conversions = totals[0]!.totals.conversions();
  if (conversions === 0) return undefined;
  return { stage: stage.name, conversions, models: totals.map(({ model, totals: sums }) => ({ model, credits: sums.credits() })) };
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
