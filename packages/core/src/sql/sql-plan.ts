import { attributionEvents } from '../data/attribution-by-channel.ts';
import { journeySteps } from '../data/event-collector.ts';
import type { Journey } from '../schema/journey.ts';
import type { Metric } from '../schema/metric.ts';
import type { Workspace } from '../schema/workspace.ts';
import type { AttributionSqlDefinition } from './attribution-sql.ts';
import type { EventColumns } from './event-rows.ts';
import type { FunnelSqlDefinition } from './funnel-sql.ts';
import type { RetentionSqlDefinition } from './retention-sql.ts';
import type { SurveySqlDefinition } from './survey-sql.ts';

/** What a metric compiles to: a funnel (and its attribution), cohort retention or a survey score, over a table. */
export type SqlPlan =
  | { family: 'funnel'; journey: Journey | undefined; funnel: FunnelSqlDefinition; attribution: AttributionSqlDefinition | undefined }
  | { family: 'retention'; retention: RetentionSqlDefinition }
  | { family: 'survey'; survey: SurveySqlDefinition };

/** How a metric's source names a column: mapped in `columns`, or under Journeykit's name. */
const columnOf = (metric: Metric, name: string) => metric.source?.columns?.[name] ?? name;

/**
 * The SQL definitions of a workspace metric over `table`, read from its source as the workspace
 * reads the file: the columns it maps, its funnel or retention settings, the journey's stages and
 * their touchpoint events. A reason, in a sentence, when there is nothing to compute.
 */
export function sqlPlan(workspace: Workspace, metric: Metric, table: string): SqlPlan | { reason: string } {
  const source = metric.source;
  if (source === undefined) {
    return { reason: metric.series === undefined ? 'It has no data to compute.' : 'Its values are an inline `series`: there is nothing to compute.' };
  }
  if (source.format === 'series') return { reason: 'Its data file already holds one value per period: there is nothing to compute.' };
  if (source.format === 'responses') return surveyPlan(metric, table);
  const events = (unit: string): EventColumns => ({ unit: columnOf(metric, unit), timestamp: columnOf(metric, 'timestamp'), event: columnOf(metric, 'event') });
  const retention = source.retention;
  if (retention !== undefined) {
    const { start, return: returns, period, mode, offset, unit } = retention;
    return { family: 'retention', retention: { table, columns: events(unit), starts: start, returns, period, mode, offset } };
  }
  const journey = workspace.journeys.find((j) => j.id === metric.scope?.journey);
  const declared = source.funnel.steps?.map((step) => ({ label: step.name, events: step.events, where: step.where }));
  if (declared === undefined && journey === undefined) return { reason: 'It reads an event log but names no journey in `scope`, whose stages would make the funnel, nor its `funnel.steps`.' };
  const undeclared = source.funnel.steps?.flatMap((step) => Object.keys(step.where ?? {}).filter((property) => !(source.eventProperties ?? []).includes(property)).map((property) => ({ step, property })))[0];
  if (undeclared !== undefined) return { reason: `Its step "${undeclared.step.name}" filters on the property "${undeclared.property}", which the source does not declare in \`eventProperties\`.` };
  const steps = declared ?? journeySteps(journey!);
  if (steps.length < 2) return { reason: `Fewer than two stages of the journey "${journey!.id}" have touchpoints with an \`event\`: there is no funnel to count.` };
  const { order, anyOrderStart, windowDays, unit, exclude } = source.funnel;
  const columns = events(unit);
  const funnel: FunnelSqlDefinition = { table, columns, steps, order, anyOrderStart, windowDays, exclude, period: source.period ?? 'month' };
  const setup = journey && attributionEvents(journey);
  const attribution = setup && { table, columns, conversions: [...setup.converting], touches: [...setup.channelOf].map(([event, channel]) => ({ event, channel })) };
  return { family: 'funnel', journey, funnel, attribution };
}

function surveyPlan(metric: Metric, table: string): SqlPlan | { reason: string } {
  const { kind, source } = metric;
  if (kind !== 'nps' && kind !== 'csat' && kind !== 'ces') return { reason: `A ${kind} metric cannot be computed from survey answers: only NPS, CSAT and CES can.` };
  // The responses reader's rule: a mapped date and no mapped period means dated answers.
  const byDate = source?.columns?.['period'] === undefined && source?.columns?.['date'] !== undefined;
  if (byDate && source?.period === undefined) return { reason: 'Its answers are dated, but the source does not say which period they count in (`period: month`, …).' };
  const survey: SurveySqlDefinition = {
    table,
    kind,
    columns: {
      ...(byDate ? { score: columnOf(metric, 'score'), date: columnOf(metric, 'date') } : { score: columnOf(metric, 'score'), period: columnOf(metric, 'period') }),
      // Only a mapped id: the table may have no `id` column, and naming one it lacks fails the query.
      ...(source?.columns?.['id'] !== undefined && { id: source.columns['id'] }),
    },
    ...(source?.period && { period: source.period }),
    ...(metric.scale && { scale: metric.scale }),
    ...(metric.method && { method: metric.method }),
    ...(metric.positive && { positive: metric.positive }),
    ...(metric.goodEnd && { goodEnd: metric.goodEnd }),
  };
  return { family: 'survey', survey };
}
