import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { CsvError, parse } from 'csv-parse';
import { collectEvents } from '../data/event-collector.ts';
import { collectObservations } from '../data/observation-collector.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { csvSyntax } from '../diagnostics/rules.ts';
import type { CohortRetentionResult } from '../metrics/cohort-retention.ts';
import type { EventFunnel, Workspace } from '../model/workspace.ts';
import type { Observation } from '../schema/metric.ts';

/**
 * Reads the CSV file of every metric that has one: a series or survey responses give the metric
 * its series; an event log gives the funnel of the metric's journey and its conversion per period,
 * or a cohort retention table and each cohort's retention.
 * Files are streamed row by row.
 */
export async function readMetricData(workspace: Workspace, root: string): Promise<{ workspace: Workspace; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const funnels: Record<string, EventFunnel> = {};
  const retention: Record<string, CohortRetentionResult> = {};
  const metrics = await Promise.all(
    workspace.metrics.map(async (metric) => {
      const source = metric.source;
      if (source === undefined) return metric;
      const journey = workspace.journeys.find((j) => j.id === metric.scope?.journey);
      const collector = source.format === 'events' ? collectEvents(metric, journey, source.file) : collectObservations(metric, source.file);
      const read = await readCsv(join(root, source.file), source.file, collector);
      if (read !== undefined) {
        diagnostics.push(read);
        return metric;
      }
      const result: { series: Observation[]; funnel?: EventFunnel; retention?: CohortRetentionResult; diagnostics: Diagnostic[] } = collector.finish();
      // One at a time: a large file can report more problems than a call may take arguments.
      for (const diagnostic of result.diagnostics) diagnostics.push(diagnostic);
      if (result.funnel !== undefined) funnels[metric.id] = result.funnel;
      if (result.retention !== undefined) retention[metric.id] = result.retention;
      return { ...metric, series: result.series };
    }),
  );
  return { workspace: { ...workspace, metrics, funnels, retention }, diagnostics };
}

/** Streams a CSV file into a collector; returns the diagnostic when the file is not valid CSV. */
async function readCsv(
  absolute: string,
  file: string,
  collector: { header(columns: readonly string[]): boolean; add(fields: readonly string[], line: number): void },
): Promise<Diagnostic | undefined> {
  let usable: boolean | undefined;
  // Rows are handed over as arrays of fields inside the parser and never queued in the stream:
  // for logs of millions of rows, that halves the time spent reading.
  const parser = createReadStream(absolute).pipe(
    parse({
      bom: true,
      trim: true,
      skip_empty_lines: true,
      on_record: (fields: string[], context: { lines: number }) => {
        if (usable === undefined) usable = collector.header(fields);
        else if (usable) collector.add(fields, context.lines);
        return null;
      },
    }),
  );
  try {
    for await (const _ of parser) {
      // Nothing comes out: on_record took every row.
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return report(csvSyntax, { reason: error.message.replace(/^Invalid Record Length: /, '') }, { file, line, column: 1 });
  }
  return undefined;
}
