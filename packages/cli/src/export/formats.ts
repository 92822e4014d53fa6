import { journeyMarkdown, journeyMermaid, journeysJson, type Journey, type Workspace } from '@journeykit/core';
import type { LoadedWorkspace } from '@journeykit/core/node';

/** A document an export writes: its file name (without folder) and its text. */
export interface ExportDocument {
  name: string;
  text: string;
}

/** A format of `journeykit export`: what it writes for the journeys chosen. */
export interface ExportFormat {
  /** What the format is, for the usage text. */
  description: string;
  /**
   * The documents for the journeys chosen: one per journey, or one for all of them. `source` is
   * where the workspace comes from, for formats that build from the folder itself.
   */
  render(workspace: Workspace, journeys: readonly Journey[], source: { dir: string; loaded: LoadedWorkspace }): ExportDocument[] | Promise<ExportDocument[]>;
  /**
   * Joins several documents into one, for standard output or a single file; missing when a file
   * of the format holds one document only, like a Mermaid diagram.
   */
  join?: (texts: readonly string[]) => string;
}

/** The export formats, by the name `--format` takes. */
export const exportFormats: Record<string, ExportFormat> = {
  markdown: {
    description: 'a report per journey, in GitHub Markdown with its Mermaid diagram',
    render: (workspace, journeys) => journeys.map((journey) => ({ name: `${journey.id}.md`, text: journeyMarkdown(workspace, journey) })),
    // A thematic break between reports; the blank line before it keeps it from underlining a heading.
    join: (texts) => texts.join('\n---\n\n'),
  },
  mermaid: {
    description: 'a Mermaid user journey diagram per journey',
    render: (workspace, journeys) => journeys.map((journey) => ({ name: `${journey.id}.mmd`, text: journeyMermaid(journey, { personas: workspace.personas }) })),
  },
  html: {
    description: 'a self-contained HTML page per journey (styles and charts inline, no script), to mail, open from disk or print',
    async render(_workspace, journeys, source) {
      // The site's journey page, so imported only for this format: the others stay light.
      const { exportJourneysHtml } = await import('@journeykit/astro');
      const reports = await exportJourneysHtml({ workspace: source.dir, journeys: journeys.map((journey) => journey.id), loaded: source.loaded, logLevel: 'error' });
      return reports.map((report) => ({ name: `${report.journey}.html`, text: report.html }));
    },
  },
  json: {
    description: 'the journeys, what they refer to and their metrics, in one document',
    render: (workspace, journeys) => [{ name: 'journeys.json', text: journeysJson(workspace, journeys) }],
  },
};
