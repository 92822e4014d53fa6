import type { Root } from 'mdast';
import type { Journey } from '../../schema/journey.ts';
import type { Workspace } from '../../schema/workspace.ts';
import type { JourneyReport } from '../model/journey-report-schema.ts';
import { journeyReport } from '../model/journey-report.ts';
import { glossarySection } from './glossary-section.ts';
import { journeyHeader } from './journey-header.ts';
import { root } from './mdast.ts';
import { metricsSection } from './metrics-section.ts';
import { namesIn } from './names.ts';
import { personasSection } from './personas-section.ts';
import { serializeMarkdown } from './serialize.ts';
import { stagesSection } from './stages-section.ts';
import { summarySection } from './summary-section.ts';

/**
 * The report of a journey as an mdast tree: title, facts and Mermaid diagram, summary, personas,
 * a table per stage, metrics against their targets, and the glossary terms it uses.
 *
 * @example
 * journeyMarkdownTree(journeyReport(workspace, journey)).children[0]; // { type: 'heading', depth: 1, … }
 */
export function journeyMarkdownTree(report: JourneyReport): Root {
  const names = namesIn(report);
  return root([journeyHeader(report, names), summarySection(report, names), personasSection(report, names), stagesSection(report, names), metricsSection(report), glossarySection(report)]);
}

/**
 * A journey's report as GitHub Flavored Markdown, for READMEs, pull requests, wikis and email. The
 * Mermaid diagram of the journey is embedded, so GitHub draws it.
 *
 * @example
 * await writeFile('land-and-expand.md', journeyMarkdown(workspace, workspace.journeys[0]));
 */
export function journeyMarkdown(workspace: Workspace, journey: Journey): string {
  return serializeMarkdown(journeyMarkdownTree(journeyReport(workspace, journey)));
}
