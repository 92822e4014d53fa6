import { join } from 'node:path';
import { collectEvents, type EventFunnel } from '../data/event-collector.ts';
import { collectObservations } from '../data/observation-collector.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { CohortRetentionResult } from '../metrics/cohort-retention-of-log.ts';
import type { Observation } from '../schema/metric.ts';
import type { Workspace } from '../schema/workspace.ts';
import { readCsv } from './read-csv.ts';

/**
 * Reads the CSV file of every metric that has one: a series or survey responses give the metric
 * its series; an event log gives the funnel of the metric's journey and its conversion per period,
 * or a cohort retention table and each cohort's retention.
 * Files are streamed (see `readCsv`), so an event log of millions of rows is never held whole.
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
      const collector = source.format === 'events' ? collectEvents(metric, journey, source.file, workspace.files.metric[metric.id]) : collectObservations(metric, source.file);
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
