// The TypeScript side of the SQL equivalence tests: metrics and journeys built from plain settings,
// and the workspace's own CSV readers run on the same rows the database gets.
import { collectEvents } from '../src/data/event-collector.ts';
import { collectObservations } from '../src/data/observation-collector.ts';
import type { FunnelEvent } from '../src/metrics/funnel-from-events.ts';
import { journeySchema, type Journey } from '../src/schema/journey.ts';
import { metricSchema, type Metric, type MetricInput } from '../src/schema/metric.ts';

/** A stage of a test journey: the events of its touchpoints and their channels. */
export interface TestStage {
  label: string;
  kind?: string;
  touchpoints: readonly { event: string; channel: string }[];
}

/** A journey whose stages each hold one step with the given touchpoints. */
export function testJourney(stages: readonly TestStage[]): Journey {
  return journeySchema.parse({
    id: 'shop',
    title: 'Shop',
    stages: stages.map((stage, s) => ({
      id: `stage-${s}`,
      name: stage.label,
      kind: stage.kind ?? 'custom',
      steps: [{ id: `step-${s}`, name: stage.label, touchpoints: stage.touchpoints.map((t, i) => ({ id: `touchpoint-${s}-${i}`, name: t.event, channel: t.channel, event: t.event })) }],
    })),
  });
}

/** A metric of the test journey; `source` is merged over an event log in `data/events.csv`. */
export function testMetric(input: Partial<MetricInput> & { source: NonNullable<MetricInput['source']> }): Metric {
  return metricSchema.parse({ id: 'metric', name: 'Metric', kind: 'conversion', scope: { journey: 'shop' }, ...input });
}

const iso = (time: number) => new Date(time).toISOString();

/** What the workspace reads from an event log with this metric: series, funnel and attribution. */
export function readEvents(metric: Metric, journey: Journey | undefined, events: readonly FunnelEvent[]) {
  const collector = collectEvents(metric, journey, 'data/events.csv');
  const column = (name: string) => metric.source?.columns?.[name] ?? name;
  const unit = column(metric.source!.retention?.unit ?? metric.source!.funnel.unit);
  if (!collector.header([unit, column('timestamp'), column('event')])) throw new Error('The test metric does not fit its event log.');
  events.forEach((event, index) => collector.add([event.unit, iso(event.time), event.event], index + 2));
  const result = collector.finish();
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((d) => d.message).join('\n'));
  return result;
}

/** What the workspace reads from survey responses with this metric: its series. */
export function readResponses(metric: Metric, responses: readonly Record<string, string>[]) {
  const collector = collectObservations(metric, 'data/responses.csv');
  const columns = Object.keys(responses[0] ?? {});
  if (!collector.header(columns)) throw new Error('The test metric does not fit its responses.');
  responses.forEach((row, index) => collector.add(columns.map((column) => row[column] ?? ''), index + 2));
  return collector.finish();
}
