import type { PathSegment, Position } from '../../diagnostics/diagnostic.ts';
import type { DiagramComment, DiagramText, JourneyDiagram } from '../parse/journey-diagram.ts';

const start = (place: DiagramText | DiagramComment): Position => ({ line: place.line, column: place.column });

/**
 * Where in the diagram a field of the imported journey comes from: a name or score from its line,
 * any other field from the `%% journeykit:` comment that kept it (else the line it belongs to).
 */
export function locateInDiagram(diagram: JourneyDiagram, path: readonly PathSegment[]): Position {
  const [first, s, third, t, fifth] = path;
  const top = diagram.title ?? diagram.accTitle;
  const journeyPlace = diagram.metadata.journey ?? top;
  if (first === 'stages' && typeof s === 'number') {
    const section = diagram.sections[s];
    if (section === undefined) return journeyPlace === undefined ? { line: 1, column: 1 } : start(journeyPlace);
    const sectionLine = { line: section.line, column: 1 };
    if (third === 'steps' && typeof t === 'number') {
      const task = section.tasks[t];
      if (task === undefined) return sectionLine;
      if (fifth === undefined || fifth === 'name' || fifth === 'emotion') return start(task.name);
      return task.metadata === undefined ? start(task.name) : start(task.metadata);
    }
    if (third === undefined || third === 'name') return section.name === undefined ? sectionLine : start(section.name);
    return section.metadata === undefined ? sectionLine : start(section.metadata);
  }
  if (first === 'title' && top !== undefined) return start(top);
  if (first === 'summary' && diagram.accDescr !== undefined) return start(diagram.accDescr);
  if (first === 'personas' && diagram.metadata.actors !== undefined) return start(diagram.metadata.actors);
  return journeyPlace === undefined ? { line: 1, column: 1 } : start(journeyPlace);
}

/** Where an actor first appears in the diagram, for problems with the persona made for it. */
export function locateActor(diagram: JourneyDiagram, name: string): Position {
  for (const section of diagram.sections) {
    for (const task of section.tasks) {
      const actor = task.actors.find((a) => a.text === name);
      if (actor !== undefined) return start(actor);
    }
  }
  return { line: 1, column: 1 };
}
