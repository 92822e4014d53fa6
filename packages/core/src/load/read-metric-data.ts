import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { CsvError, parse } from 'csv-parse';
import { collectObservations } from '../data/observation-collector.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { csvSyntax } from '../diagnostics/rules.ts';
import type { Workspace } from '../model/workspace.ts';
import type { Metric } from '../schema/metric.ts';

/**
 * Reads the CSV file of every metric that has one and gives the metric the series computed from
 * it. Files are streamed, so their size is bounded by time, not memory. Event logs are left to the
 * funnel and retention readers.
 */
export async function readMetricData(workspace: Workspace, root: string): Promise<{ workspace: Workspace; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const metrics = await Promise.all(
    workspace.metrics.map(async (metric) => {
      const source = metric.source;
      if (source === undefined || source.format === 'events') return metric;
      const read = await readSeries(metric, join(root, source.file), source.file);
      diagnostics.push(...read.diagnostics);
      return read.series === undefined ? metric : { ...metric, series: read.series };
    }),
  );
  return { workspace: { ...workspace, metrics }, diagnostics };
}

async function readSeries(metric: Metric, absolute: string, file: string): Promise<{ series: Metric['series']; diagnostics: Diagnostic[] }> {
  const collector = collectObservations(metric, file);
  let usable = true;
  const parser = createReadStream(absolute).pipe(
    parse({
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      columns: (header: string[]) => {
        usable = collector.header(header);
        return header;
      },
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (usable) collector.add(record, info.lines);
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return { series: undefined, diagnostics: [report(csvSyntax, { reason: `${error.message.replace(/^Invalid Record Length: /, '')}` }, { file, line, column: 1 })] };
  }
  const { series, diagnostics } = collector.finish();
  return { series: usable ? series : undefined, diagnostics };
}
