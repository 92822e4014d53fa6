import type { Result } from '../../diagnostics/diagnostic.ts';
import { sortDiagnostics } from '../../diagnostics/locate-diagnostics.ts';
import { report } from '../../diagnostics/rule.ts';
import { mermaidEmpty } from '../../diagnostics/rules.ts';
import type { JourneyInput } from '../../schema/journey.ts';
import type { PersonaInput } from '../../schema/persona.ts';
import type { Workspace } from '../../schema/workspace.ts';
import { parseJourneyDiagram } from '../parse/parse-journey-diagram.ts';
import { placeIn } from '../place.ts';
import { buildJourney } from './build-journey.ts';
import { checkImport } from './check-import.ts';

/**
 * Where a diagram is imported from and into.
 *
 * @example
 * const options: MermaidImportOptions = { file: 'day.mmd', workspace, id: 'my-day' };
 * importMermaid(text, options);
 */
export interface MermaidImportOptions {
  /** The diagram's file, for the location of problems. */
  file?: string;
  /** The workspace the journey goes into: its personas are reused, its ids avoided, its rules applied. */
  workspace?: Workspace;
  /** The journey's id, instead of the one its `%% journeykit:` comments keep or its title gives. */
  id?: string;
}

/**
 * A journey read from a Mermaid diagram, and the personas made for actors the workspace lacks.
 *
 * @example
 * const { value } = importMermaid('journey\n  title My day\n  section Work\n    Make tea: 5: Me\n');
 * const imported: MermaidImport | undefined = value;
 * imported?.journey.title; // 'My day'
 */
export interface MermaidImport {
  journey: JourneyInput;
  personas: PersonaInput[];
}

/**
 * Reads a Mermaid user journey diagram as a journey: sections become stages, tasks steps, scores
 * emotions and actors personas. What a Journeykit export keeps in `%% journeykit:` comments comes
 * back, so that an exported journey is imported whole; what the diagram shows wins over its
 * comments. Every assumption (ids from names, guessed stage kinds, the emotion scale, new personas)
 * is a warning; syntax errors, and anything `journeykit check` would reject in the workspace given,
 * are errors located in the diagram, and then there is no value.
 *
 * @example
 * const { value, diagnostics } = importMermaid('journey\n  title My day\n  section Work\n    Make tea: 5: Me', { file: 'day.mmd' });
 * value?.journey.stages[0]?.steps?.[0]; // { id: 'make-tea', name: 'Make tea', emotion: 5 }
 */
export function importMermaid(source: string, options: MermaidImportOptions = {}): Result<MermaidImport> {
  const { file, workspace, id } = options;
  const parsed = parseJourneyDiagram(source, file);
  const diagram = parsed.value;
  if (diagram === undefined) return parsed as Result<never>;
  const diagnostics = [...parsed.diagnostics];
  if (diagram.sections.length === 0) {
    const line = diagram.title?.line ?? 1;
    return { value: undefined, diagnostics: sortDiagnostics([...diagnostics, report(mermaidEmpty, undefined, placeIn(file, { line, column: 1 }))]) };
  }
  const built = buildJourney(diagram, { file, personas: workspace?.personas ?? [], id }, diagnostics);
  const problems = checkImport(built, diagram, workspace, file);
  const all = sortDiagnostics([...diagnostics, ...problems]);
  if (problems.length > 0) return { value: undefined, diagnostics: all };
  return { value: { journey: built.journey as unknown as JourneyInput, personas: built.personas }, diagnostics: all };
}
