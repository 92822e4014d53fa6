import type { EventFunnel } from '../model/workspace.ts';

const days = (ms: number | null) => (ms === null ? '–' : `${(ms / 86_400_000).toFixed(1)} days`);

/**
 * What an event funnel says beyond its chart: who was left out, where it leaks most, and how long
 * converting took.
 *
 * @example
 * eventFunnelInWords(workspace.funnels['purchase-funnel']);
 * // '1200 people entered the funnel. The biggest leak is into "Buy" (41.2% of the step before). …'
 */
export function eventFunnelInWords(funnel: Pick<EventFunnel, 'n' | 'excluded' | 'biggestLeak' | 'timeToConvert'>): string {
  const { timeToConvert: time, excluded, biggestLeak } = funnel;
  return [
    `${funnel.n} people entered the funnel${excluded > 0 ? `, after leaving out ${excluded} whose every attempt met an exclusion event` : ''}.`,
    biggestLeak === null ? '' : `The biggest leak is into "${biggestLeak.step}" (${biggestLeak.conversion?.toFixed(1)}% of the step before).`,
    time.n === 0 ? 'Nobody completed it yet.' : `The ${time.n} who completed it took ${days(time.median)} (median), ${days(time.mean)} on average, ${days(time.p90)} for 90% of them.`,
  ].filter(Boolean).join(' ');
}
