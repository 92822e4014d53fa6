import type { RootContent } from 'mdast';
import { formatNumber, percent } from '../../charts/format.ts';
import { journeyParts } from '../../schema/journey-parts.ts';
import type { Journey } from '../../schema/journey.ts';
import type { Metric } from '../../schema/metric.ts';
import type { JourneyReport, MetricReport } from '../model/journey-report-schema.ts';
import { eventFunnelInWords } from '../words/event-funnel-in-words.ts';
import { heading, paragraph, strong, table, type Inline } from './mdast.ts';
import { metricValue } from './metric-value.ts';

const statusWords: Record<MetricReport['status'], Inline> = { met: 'met', missed: strong('missed'), 'no-target': 'no target', 'no-data': 'no data' };

/** What part of the journey a metric measures, by name. */
function measures(metric: Metric, journey: Journey): string {
  const scope = metric.scope;
  const parts = journeyParts(journey);
  const named = <T extends { id: string }>(list: { value: T }[], id: string | undefined, name: (value: T) => string) => {
    const found = list.find(({ value }) => value.id === id)?.value;
    return found === undefined ? undefined : name(found);
  };
  const touchpoint = named(parts.touchpoints, scope?.touchpoint, (t) => t.name);
  if (touchpoint !== undefined) return `touchpoint "${touchpoint}"`;
  const step = named(parts.steps, scope?.step, (s) => s.name);
  if (step !== undefined) return `step "${step}"`;
  const stage = named(parts.stages, scope?.stage, (s) => s.name);
  if (stage !== undefined) return `stage "${stage}"`;
  // A to-be's metric of its as-is journey may measure a part the to-be no longer has.
  if (scope !== undefined && scope.journey !== journey.id) {
    const part = scope.touchpoint !== undefined ? `touchpoint "${scope.touchpoint}"` : scope.step !== undefined ? `step "${scope.step}"` : scope.stage !== undefined ? `stage "${scope.stage}"` : undefined;
    return part === undefined ? 'the whole as-is journey' : `${part} of the as-is journey`;
  }
  return 'the whole journey';
}

/** A metric's row: its latest value with its period, sample size (flagged when thin), target, status and trend. */
function metricRow(report: MetricReport, journey: Journey): Inline[] {
  const { metric, latest, target } = report;
  const by = metric.target !== undefined && 'by' in metric.target ? metric.target.by : undefined;
  const deadline = by === undefined ? '' : ` by ${by}`;
  return [
    metric.name,
    measures(metric, journey),
    latest === undefined ? '–' : `${metricValue(latest.value, metric)} (${latest.period})`,
    latest?.n === undefined ? '–' : `${formatNumber(latest.n)}${report.thin ? ' (thin)' : ''}`,
    target === undefined ? '–' : `${metricValue(target, metric)}${deadline}`,
    statusWords[report.status],
    report.trend,
  ];
}

/** The funnel of the journey's event log: people per stage, conversion and drop-off, and what it says. */
function funnelBlocks(report: JourneyReport): RootContent[] {
  if (report.funnel === undefined) return [];
  const { result, metric } = report.funnel;
  const name = report.metrics.find((m) => m.metric.id === metric)?.metric.name ?? metric;
  const rate = (value: number | null) => (value === null ? '–' : percent(value / 100));
  return [
    heading(3, 'Funnel from the event log'),
    paragraph(`${eventFunnelInWords(result)} Measured by ${name}.`),
    table(
      ['Stage', 'People', 'From the stage before', 'Overall', 'Lost'],
      result.steps.map((step) => [step.step, formatNumber(step.count), rate(step.conversion), rate(step.overall), formatNumber(step.dropOff)]),
    ),
  ];
}

/** The journey's metrics against their targets, and its event funnel when it has one. */
export function metricsSection(report: JourneyReport): RootContent[] {
  if (report.metrics.length === 0) return [];
  return [
    heading(2, 'Metrics'),
    table(['Metric', 'Measures', 'Latest', 'n', 'Target', 'Status', 'Trend'], report.metrics.map((metric) => metricRow(metric, report.journey))),
    ...funnelBlocks(report),
  ];
}
