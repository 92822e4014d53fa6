import type { RootContent } from 'mdast';
import { journeyMermaid } from '../mermaid/journey-mermaid.ts';
import type { JourneyReport } from '../model/journey-report-schema.ts';
import { code, fact, heading, list, paragraph, prose, strong, text, type Inline } from './mdast.ts';
import type { Names } from './names.ts';

/**
 * The top of a journey's report: its title, summary, facts (status, state, scope, owner, personas),
 * goal and description, then its Mermaid diagram, which GitHub draws.
 */
export function journeyHeader(report: JourneyReport, names: Names): RootContent[] {
  const { journey } = report;
  const facts: Inline[] = [
    fact('Status', journey.status),
    fact('Map of', journey.state === 'as-is' ? 'the journey as it is (as-is)' : 'the journey as it should become (to-be)'),
    fact('Scope', journey.scope),
  ];
  if (journey.owner !== undefined) facts.push(fact('Owner', names.team(journey.owner)));
  if (journey.personas.length > 0) facts.push(fact('Personas', journey.personas.map(names.persona).join('; ')));
  if (journey.variantOf !== undefined) facts.push(fact('Variant of', journey.variantOf));
  if (journey.tags !== undefined && journey.tags.length > 0) facts.push(fact('Tags', journey.tags.join(', ')));
  const blocks: (RootContent | undefined)[] = [
    heading(1, journey.title),
    journey.summary === undefined ? undefined : prose(journey.summary),
    list(facts),
    journey.goal === undefined ? undefined : paragraph(strong('Goal of this map:'), text(' '), journey.goal),
    journey.description === undefined ? undefined : prose(journey.description),
    code('mermaid', journeyMermaid(journey, { personas: report.personas, metadata: false })),
  ];
  return blocks.filter((block) => block !== undefined);
}
