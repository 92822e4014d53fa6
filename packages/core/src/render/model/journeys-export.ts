import type { Journey } from '../../schema/journey.ts';
import type { Workspace } from '../../schema/workspace.ts';
import type { JourneysExport } from './journey-report-schema.ts';
import { journeyReport } from './journey-report.ts';

/**
 * The document `journeykit export --format json` writes: the given journeys of a workspace (all of
 * them by default), each with what it refers to resolved and its numbers computed. Its JSON Schema
 * is published as `@journeykit/core/schemas/export.schema.json`.
 *
 * @example
 * const document = journeysExport(workspace);
 * document.journeys[0]?.metrics[0]?.status; // 'met'
 */
export function journeysExport(workspace: Workspace, journeys: readonly Journey[] = workspace.journeys): JourneysExport {
  const about: JourneysExport['workspace'] = { name: workspace.config.name };
  if (workspace.config.description !== undefined) about.description = workspace.config.description;
  return { format: 'journeykit-export', version: 1, workspace: about, journeys: journeys.map((journey) => journeyReport(workspace, journey)) };
}
