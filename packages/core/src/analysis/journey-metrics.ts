import type { Journey } from '../schema/journey.ts';
import type { Metric } from '../schema/metric.ts';

/**
 * The metrics a journey's page shows: those scoped to the journey and, for a to-be journey, those
 * scoped to its as-is journey, whose targets say where the to-be should take them.
 *
 * @example
 * journeyMetrics(toBe, workspace.metrics).map((metric) => metric.id); // ['install-nps', 'days-to-install']
 */
export function journeyMetrics(journey: Pick<Journey, 'id' | 'state' | 'variantOf'>, metrics: readonly Metric[]): Metric[] {
  const asIs = journey.state === 'to-be' ? journey.variantOf : undefined;
  return metrics.filter((metric) => metric.scope?.journey === journey.id || (asIs !== undefined && metric.scope?.journey === asIs));
}
