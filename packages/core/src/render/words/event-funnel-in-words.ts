import type { EventFunnel } from '../../data/event-collector.ts';

const days = (ms: number | null) => (ms === null ? '–' : `${(ms / 86_400_000).toFixed(1)} days`);

/**
 * What an event funnel says beyond its chart: who was left out, where it leaks most, how long
 * converting took, and whether there are too few people (under `thinSample`) to tell.
 *
 * @example
 * eventFunnelInWords(workspace.funnels['purchase-funnel'], workspace.config.thinSample);
 * // '1200 people entered the funnel. The biggest leak is into "Buy" (41.2% of the step before). …'
 */
export function eventFunnelInWords(funnel: Pick<EventFunnel, 'n' | 'excluded' | 'biggestLeak' | 'timeToConvert'>, thinSample = 30): string {
  const { timeToConvert: time, excluded, biggestLeak } = funnel;
  return [
    `${funnel.n} people entered the funnel${excluded > 0 ? `, after leaving out ${excluded} whose every attempt met an exclusion event` : ''}.`,
    funnel.n < thinSample ? `That is fewer than ${thinSample}: a thin sample, read it with care.` : '',
    biggestLeak === null ? '' : `The biggest leak is into "${biggestLeak.step}" (${biggestLeak.conversion?.toFixed(1)}% of the step before).`,
    time.n === 0 ? 'Nobody completed it yet.' : `The ${time.n} who completed it took ${days(time.median)} (median), ${days(time.mean)} on average, ${days(time.p90)} for 90% of them${time.n < thinSample ? ' (a thin sample)' : ''}.`,
  ].filter(Boolean).join(' ');
}
