import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { csvEmpty, duplicateEvent, duplicateEvents, eventsNeedJourney, eventsNeedSteps, eventsOutOfOrder, missingColumn } from '../diagnostics/rules.ts';
import { funnelFromEvents, type EventFunnelResult, type FunnelEvent } from '../metrics/funnel-from-events.ts';
import type { CalendarPeriod } from '../metrics/period.ts';
import { toMillis } from '../metrics/time.ts';
import type { Journey } from '../schema/journey.ts';
import type { Metric, Observation } from '../schema/metric.ts';
import { closest } from '../text/closest.ts';
import { periodStart } from '../text/period.ts';
import { journeyParts } from '../model/journey-parts.ts';
import type { ObservationCollector } from './observation-collector.ts';
import { maxRowProblems, rowProblems } from './row-problems.ts';
import { attributionByChannel, type ChannelAttribution } from './attribution-by-channel.ts';
import { periodOf } from './period-of.ts';
import { retentionSeries } from './retention-series.ts';

/** What an event log gives: the metric's series and the journey's funnel. */
export interface EventCollector extends Omit<ObservationCollector, 'finish'> {
  finish(): { series: Observation[]; funnel: (EventFunnelResult & { attribution: ChannelAttribution | undefined }) | undefined; diagnostics: Diagnostic[] };
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
 * and an event name. The journey in the metric's scope gives the funnel's steps; the metric's
 * series is the share of units entering in each period who completed it.
 */
export function collectEvents(metric: Metric, journey: Journey | undefined, file: string): EventCollector {
  const source = metric.source!;
  const funnel = source.funnel;
  const retention = source.retention;
  // Cohort retention counts the unit it names; a funnel, the unit of its settings.
  const unitName = retention?.unit ?? funnel.unit;
  const column = (name: string) => source.columns?.[name] ?? name;
  const diagnostics: Diagnostic[] = [];
  // Each event with its line; units and event names repeat, so one copy of each string is kept.
  const events: (FunnelEvent & { line: number })[] = [];
  const strings = new Map<string, string>();
  const intern = (text: string) => strings.get(text) ?? (strings.set(text, text), text);
  const steps = journey === undefined ? [] : journeySteps(journey);
  const problems = rowProblems(source, file, diagnostics);
  const rowProblem = problems.report;
  let rows = 0;
  let previous = Number.NEGATIVE_INFINITY;
  let outOfOrder = false;
  return {
    header(columns) {
      // A funnel needs a journey's tracked stages; cohort retention names its events itself.
      if (retention === undefined && journey === undefined) {
        diagnostics.push(report(eventsNeedJourney, undefined, { file, line: 1, column: 1 }));
        return false;
      }
      if (retention === undefined && journey !== undefined && steps.length < 2) {
        diagnostics.push(report(eventsNeedSteps, { journey: journey.id }, { file, line: 1, column: 1 }));
        return false;
      }
      const missing = [unitName, 'timestamp', 'event'].filter((name) => !columns.includes(column(name)));
      for (const name of missing) {
        diagnostics.push(report(missingColumn, { column: name, mapped: source.columns?.[name], found: columns, suggestion: closest(column(name), columns) }, { file, line: 1, column: 1 }));
      }
      return missing.length === 0;
    },
    add(row, line) {
      rows++;
      const unit = (row[column(unitName)] ?? '').trim();
      const event = (row[column('event')] ?? '').trim();
      const stamp = (row[column('timestamp')] ?? '').trim();
      if (unit === '') return rowProblem(`the ${unitName} is empty`, line);
      if (event === '') return rowProblem('the event is empty', line);
      let time: number;
      try {
        time = toMillis(stamp, `line ${line}`);
      } catch {
        return rowProblem(`the timestamp "${stamp}" is not a time like 2026-03-31T14:00:00Z`, line);
      }
      if (time < previous && !outOfOrder) {
        outOfOrder = true;
        diagnostics.push(report(eventsOutOfOrder, { line }, { file, line, column: 1 }));
      }
      previous = Math.max(previous, time);
      events.push({ unit: intern(unit), time, event: intern(event), line });
    },
    finish() {
      if (rows === 0 && diagnostics.length === 0) diagnostics.push(report(csvEmpty, undefined, { file, line: 1, column: 1 }));
      problems.finish();
      if ((retention === undefined && steps.length < 2) || events.length === 0) return { series: [], funnel: undefined, diagnostics };
      let repeats = 0;
      const unique = withoutDuplicates(events, (line, first) => {
        if (++repeats <= maxRowProblems) diagnostics.push(report(duplicateEvent, { line, first }, { file, line, column: 1 }));
      });
      if (repeats > maxRowProblems) diagnostics.push(report(duplicateEvents, { count: repeats - maxRowProblems }, { file, line: 1, column: 1 }));
      if (retention !== undefined) return { series: retentionSeries(unique, retention, calendarPeriod(source.period)), funnel: undefined, diagnostics };
      const result = { ...funnelFromEvents(unique, steps, { order: funnel.order, windowMs: funnel.windowDays * 86_400_000, exclude: funnel.exclude }), attribution: attributionByChannel(unique, journey!) };
      const byPeriod = new Map<string, { entered: number; completed: number }>();
      for (const entry of result.entries) {
        const period = periodOf(entry.time, source.period ?? 'month');
        const counts = byPeriod.get(period) ?? { entered: 0, completed: 0 };
        counts.entered++;
        if (entry.completed) counts.completed++;
        byPeriod.set(period, counts);
      }
      const series = [...byPeriod]
        .map(([period, { entered, completed }]) => ({ period, value: (completed / entered) * 100, n: entered }))
        .sort((a, b) => periodStart(a.period) - periodStart(b.period));
      return { series, funnel: result, diagnostics };
    },
  };
}

/** The cohort period of a retention source: the schema allows only day, week and month there. */
function calendarPeriod(period: string | undefined): CalendarPeriod {
  return period === 'day' || period === 'week' ? period : 'month';
}

/**
 * The events with repeats left out: the same unit, time and event as an earlier line. Sorting once
 * puts repeats side by side, so no set of every row is needed, whatever the size of the log.
 */
function withoutDuplicates<T extends FunnelEvent & { line: number }>(events: T[], duplicate: (line: number, first: number) => void): T[] {
  events.sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.time - b.time || (a.event < b.event ? -1 : a.event > b.event ? 1 : a.line - b.line)));
  const unique: T[] = [];
  for (const event of events) {
    const last = unique.at(-1);
    if (last !== undefined && last.unit === event.unit && last.time === event.time && last.event === event.event) duplicate(event.line, last.line);
    else unique.push(event);
  }
  return unique;
}
