import type { Observation } from '../schema/metric.ts';
import { npsMarginOfError95 } from './nps.ts';

/**
 * The 95% margin of error of an NPS period, from the answers it counts (its `distribution`, as
 * the responses reader writes it); undefined when the period does not say how people answered.
 *
 * @example
 * npsMargin({ period: '2026-05', value: 41.8, n: 603, distribution: { '0': 40, …, '10': 190 } }); // 6.8…
 */
export function npsMargin(observation: Observation): number | undefined {
  const { distribution } = observation;
  if (distribution === undefined) return undefined;
  let promoters = 0;
  let detractors = 0;
  let n = 0;
  for (const [answer, count] of Object.entries(distribution)) {
    const score = Number(answer);
    n += count;
    if (score >= 9) promoters += count;
    else if (score <= 6) detractors += count;
  }
  return npsMarginOfError95(promoters, detractors, n) ?? undefined;
}
