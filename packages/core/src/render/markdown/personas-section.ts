import type { RootContent } from 'mdast';
import type { JourneyReport } from '../model/journey-report-schema.ts';
import { emphasis, fact, heading, list, listFacts, paragraph, prose, quote, type Inline } from './mdast.ts';
import type { Names } from './names.ts';

/** A heading per persona the journey is drawn for: who they are, their words, goals and frustrations. */
export function personasSection(report: JourneyReport, names: Names): RootContent[] {
  if (report.personas.length === 0) return [];
  return [
    heading(2, 'Personas'),
    ...report.personas.flatMap((persona) => {
      const who = [persona.role, persona.ageBand, persona.familyStatus].filter((part) => part !== undefined);
      const facts: Inline[] = [];
      if (persona.job !== undefined) facts.push(fact('Job to be done', persona.job));
      facts.push(...listFacts([['Goals', persona.goals], ['Motivations', persona.motivations], ['Frustrations', persona.frustrations]]));
      if (persona.preferredChannels !== undefined && persona.preferredChannels.length > 0) facts.push(fact('Preferred channels', persona.preferredChannels.map(names.channel).join(', ')));
      const blocks: (RootContent | undefined)[] = [
        heading(3, persona.name),
        who.length === 0 ? undefined : paragraph(emphasis(who.join(' · '))),
        persona.quote === undefined ? undefined : quote(persona.quote),
        persona.description === undefined ? undefined : prose(persona.description),
        facts.length === 0 ? undefined : list(facts),
      ];
      return blocks.filter((block) => block !== undefined);
    }),
  ];
}
