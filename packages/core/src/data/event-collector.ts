import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { csvEmpty, eventsNeedJourney, eventsNeedSteps, eventsOutOfOrder, funnelPropertyNotDeclared, missingColumn } from '../diagnostics/rules.ts';
import { eventLogBuilder } from '../metrics/log/event-log.ts';
import type { EventFunnelResult } from '../metrics/funnel-from-events.ts';
import { funnelOfLog, funnelRank } from '../metrics/funnel-of-log.ts';
import { cohortRetentionOfLog, type CohortRetentionResult } from '../metrics/cohort-retention-of-log.ts';
import { groupByUnit, rankByName } from '../metrics/log/group-by-unit.ts';
import { journeyParts } from '../schema/journey-parts.ts';
import type { Journey } from '../schema/journey.ts';
import type { Metric, Observation } from '../schema/metric.ts';
import { closest } from '../text/closest.ts';
import { attributionByChannel, type ChannelAttribution } from './attribution-by-channel.ts';
import { conversionByPeriod } from './conversion-by-period.ts';
import { dateReader } from './date-reader.ts';
import { eventsNotInLog, stepsNotInLog } from './events-not-in-log.ts';
import { fieldText } from './field-text.ts';
import type { ObservationCollector } from './observation-collector.ts';
import { repeatedRows } from './repeated-rows.ts';
import { retentionAt } from './retention-at.ts';
import { rowProblems } from './row-problems.ts';
import { stepFilters } from './step-filters.ts';

/**
 * A journey's funnel computed from an event log: steps with counts and conversions, time to convert.
 *
 * @example
 * const funnel: EventFunnel | undefined = workspace.funnels['purchase-funnel'];
 * funnel?.biggestLeak; // { step: 'Checkout', conversion: 41.2 }
 */
export type EventFunnel = Omit<EventFunnelResult, 'entries'> & {
  /** How each model credits the channels for the journey's conversions, when they can be told. */
  attribution: ChannelAttribution | undefined;
  /** The declared steps (`source.funnel.steps`) none of whose events the log holds: optional ones, counting nobody. */
  stepsWithoutData?: string[] | undefined;
};

/** What an event log gives: the metric's series, and the journey's funnel or the cohort retention table. */
export interface EventCollector extends Omit<ObservationCollector, 'finish'> {
  finish(): {
    series: Observation[];
    funnel?: EventFunnel;
    retention?: CohortRetentionResult;
    diagnostics: Diagnostic[];
  };
}

/** The funnel steps of a journey: its stages, each reached by the events of its touchpoints. */
export function journeySteps(journey: Journey) {
  const { touchpoints } = journeyParts(journey);
  return journey.stages
    .map((stage) => ({ label: stage.name, events: [...new Set(touchpoints.filter((t) => t.stage === stage && t.value.event).map((t) => t.value.event!))] }))
    .filter((step) => step.events.length > 0);
}

/**
 * Starts reading a metric's event log: rows of a unit (person, account or session), a timestamp
 * and an event name. For a funnel, the journey in the metric's scope gives the steps, and the
 * metric's series is the share of units entering in each period who completed it. For retention
 * (`source.retention`), the series is each cohort's retention at the chosen offset. Events are kept
 * in columns (see `eventLogBuilder`), so a log of ten million rows fits in well under a gigabyte.
 */
export function collectEvents(metric: Metric, journey: Journey | undefined, file: string, definition = `metrics/${metric.id}.yaml`): EventCollector {
  const source = metric.source!;
  const { funnel, retention } = source;
  const unitName = retention?.unit ?? funnel.unit;
  const column = (name: string) => source.columns?.[name] ?? name;
  const diagnostics: Diagnostic[] = [];
  const log = eventLogBuilder();
  const explicit = funnel.steps;
  const declaredSteps = explicit !== undefined ? explicit.map((step) => ({ label: step.name, events: step.events, where: step.where })) : journey === undefined ? [] : journeySteps(journey);
  const filters = stepFilters(declaredSteps);
  const propertyAt = new Map<string, number>();
  const valueOf = (fields: readonly string[]) => (property: string) => fieldText(fields[propertyAt.get(property)!] ?? '');
  let steps: { label: string; events: readonly string[] }[] = declaredSteps;
  const problems = rowProblems(source, file, diagnostics);
  const readTime = dateReader(source.dateFormat);
  const timeShape = source.dateFormat === undefined ? 'a time like 2026-03-31T14:00:00Z' : `a time written ${source.dateFormat}`;
  const rowProblem = problems.report;
  let rows = 0;
  let unitAt = 0;
  let timeAt = 0;
  let eventAt = 0;
  let previous = Number.NEGATIVE_INFINITY;
  let outOfOrder = false;
  return {
    header(columns) {
      // A cohort table needs no journey: the metric names its events. A funnel is the journey's stages.
      const unusable =
        retention !== undefined || explicit !== undefined ? undefined : journey === undefined ? report(eventsNeedJourney, undefined) : steps.length < 2 ? report(eventsNeedSteps, { journey: journey.id }) : undefined;
      if (unusable !== undefined) {
        diagnostics.push({ ...unusable, file, line: 1, column: 1 });
        return false;
      }
      const undeclared = propertiesNotDeclared(explicit ?? [], source.eventProperties ?? [], definition);
      if (undeclared.length > 0) {
        diagnostics.push(...undeclared);
        return false;
      }
      const needed = [unitName, 'timestamp', 'event'];
      const missing = needed.filter((name) => !columns.includes(column(name)));
      for (const name of missing) {
        diagnostics.push(report(missingColumn, { column: name, mapped: source.columns?.[name], found: columns, suggestion: closest(column(name), columns) }, { file, line: 1, column: 1 }));
      }
      [unitAt, timeAt, eventAt] = needed.map((name) => columns.indexOf(column(name))) as [number, number, number];
      const missingProperties = filters.properties.filter((property) => !columns.includes(property));
      for (const property of missingProperties) {
        diagnostics.push(report(missingColumn, { column: property, mapped: undefined, found: columns, suggestion: closest(property, columns) }, { file, line: 1, column: 1 }));
      }
      for (const property of filters.properties) propertyAt.set(property, columns.indexOf(property));
      return missing.length === 0 && missingProperties.length === 0;
    },
    add(fields, line) {
      rows++;
      const unit = fieldText(fields[unitAt] ?? '');
      const event = fieldText(fields[eventAt] ?? '');
      const stamp = fieldText(fields[timeAt] ?? '');
      if (unit === '') return rowProblem(`the ${unitName} is empty`, line);
      if (event === '') return rowProblem('the event is empty', line);
      const time = readTime(stamp);
      if (Number.isNaN(time)) return rowProblem(`the timestamp "${stamp}" is not ${timeShape}`, line);
      if (time < previous && !outOfOrder) {
        outOfOrder = true;
        diagnostics.push(report(eventsOutOfOrder, { line }, { file, line, column: 1 }));
      }
      if (time > previous) previous = time;
      log.add(unit, time, filters.properties.length === 0 ? event : filters.key(event, valueOf(fields)), line);
    },
    finish() {
      if (rows === 0 && diagnostics.length === 0) diagnostics.push(report(csvEmpty, undefined, { file, line: 1, column: 1 }));
      problems.finish();
      const events = log.build();
      // Events stay keyed by what their rows matched for the funnel; everything else sees their names.
      steps = filters.expand(declaredSteps, events.events);
      const names = [...new Set(events.events.map(filters.nameOf))];
      const named = filters.properties.length === 0 ? events : { ...events, events: events.events.map(filters.nameOf) };
      if (events.size === 0 || (retention === undefined && steps.length < 2)) return { series: [], diagnostics };
      // An excluded event is excluded whatever its row matched.
      const exclude = events.events.filter((name) => funnel.exclude.includes(filters.nameOf(name)));
      const options = { order: funnel.order, anyOrderStart: funnel.anyOrderStart, windowMs: funnel.windowDays * 86_400_000, exclude };
      const rank = retention === undefined ? funnelRank(events.events, steps, options) : rankByName(events.events);
      const lookedFor =
        retention !== undefined
          ? ([['the cohort start', retention.start], ['the return', retention.return]] as const)
          : explicit === undefined
            ? declaredSteps.map((step) => [`the stage "${step.label}"`, step.events] as const)
            : [];
      for (const diagnostic of eventsNotInLog(lookedFor, names, file)) diagnostics.push(diagnostic);
      // Declared steps the log never holds: an error, never a funnel of zeros, unless marked optional.
      const missingSteps = explicit === undefined ? [] : stepsNotInLog(explicit, names, definition, file, (index) => steps[index]!.events.length > 0);
      for (const diagnostic of missingSteps) diagnostics.push(diagnostic);
      const repeats = repeatedRows(file, diagnostics);
      const groups = groupByUnit(events, rank, (index, first) => repeats.add(events.line[index]!, events.line[first]!));
      repeats.finish();
      if (retention !== undefined) {
        const table = cohortRetentionOfLog(events, groups, {
          starts: events.events.map((event) => retention.start.includes(event)),
          returns: events.events.map((event) => retention.return.includes(event)),
          period: retention.period,
          mode: retention.mode,
          asOf: events.latest,
        });
        return { series: retentionAt(table, retention.offset), retention: table, diagnostics };
      }
      const { funnel: result, entries } = funnelOfLog(events, groups, steps, options);
      const series = conversionByPeriod(entries, source.period ?? 'month', events.latest - options.windowMs);
      const attribution = journey === undefined ? undefined : attributionByChannel(named, groups, journey);
      const withoutData = explicit === undefined ? [] : explicit.filter((_, index) => steps[index]!.events.length === 0).map((step) => step.name);
      return { series, funnel: { ...result, attribution, stepsWithoutData: withoutData }, diagnostics };
    },
  };
}

/** An error for each property a declared step filters on that the source does not name in its `properties`, at the step's `where`. */
function propertiesNotDeclared(steps: readonly { name: string; where?: Readonly<Record<string, unknown>> | undefined }[], declared: readonly string[], definition: string): Diagnostic[] {
  return steps.flatMap((step, index) =>
    Object.keys(step.where ?? {})
      .filter((property) => !declared.includes(property))
      .map((property) =>
        report(funnelPropertyNotDeclared, { step: step.name, property, declared, suggestion: closest(property, declared) }, { file: definition, path: ['source', 'funnel', 'steps', index, 'where', property] }),
      ),
  );
}
