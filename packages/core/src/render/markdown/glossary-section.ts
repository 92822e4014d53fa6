import type { RootContent } from 'mdast';
import type { JourneyReport } from '../model/journey-report-schema.ts';
import { fact, heading, list } from './mdast.ts';

/** The glossary terms the journey's text uses, with their definitions. */
export function glossarySection(report: JourneyReport): RootContent[] {
  if (report.glossary.length === 0) return [];
  return [heading(2, 'Glossary'), list(report.glossary.map((term) => fact(term.term, term.definition)))];
}
