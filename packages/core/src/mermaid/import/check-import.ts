import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { report } from '../../diagnostics/rule.ts';
import { importIdTaken, mermaidInvalidData } from '../../diagnostics/rules.ts';
import type { Workspace } from '../../schema/workspace.ts';
import { entityKinds, type EntityKind } from '../../schema/file-kinds.ts';
import { journeySchema } from '../../schema/journey.ts';
import { personaSchema } from '../../schema/persona.ts';
import { validateWorkspace, type ParsedDefinition } from '../../validate/validate-workspace.ts';
import type { JourneyDiagram } from '../parse/journey-diagram.ts';
import type { BuiltJourney } from './build-journey.ts';
import { definitionPath } from './definition-path.ts';
import { locateActor, locateInDiagram } from './locate-in-diagram.ts';
import { placeIn } from '../place.ts';

const lists: Record<EntityKind, keyof Workspace> = {
  journey: 'journeys',
  persona: 'personas',
  channel: 'channels',
  team: 'teams',
  metric: 'metrics',
  glossary: 'glossary',
};

/** The workspace's own definitions, as `validateWorkspace` takes them: each entity from its file. */
function definitionsOf(workspace: Workspace): ParsedDefinition[] {
  const configFile = workspace.files.config['config'];
  const definitions: ParsedDefinition[] = configFile === undefined ? [] : [{ file: configFile, kind: 'config', data: workspace.config }];
  for (const kind of Object.keys(entityKinds) as EntityKind[]) {
    for (const entity of workspace[lists[kind]] as { id: string; source?: unknown; series?: unknown }[]) {
      const file = workspace.files[kind][entity.id];
      if (file === undefined) continue; // built in
      // A metric read from a file has its series filled in; as written, it had none.
      const { series: _series, ...written } = entity;
      definitions.push({ file, kind, data: kind === 'metric' && entity.source !== undefined ? written : entity });
    }
  }
  return definitions;
}

/**
 * The errors `journeykit check` would find in the imported journey and personas, located in the
 * diagram: the journey's shape (what its comments keep can be wrong), and, with the workspace,
 * its id, references and rules as that workspace sees them.
 */
export function checkImport(built: BuiltJourney, diagram: JourneyDiagram, workspace: Workspace | undefined, file: string | undefined): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const parsed = journeySchema.safeParse(built.journey);
  for (const issue of parsed.error?.issues ?? []) {
    const where = locateInDiagram(diagram, issue.path as (string | number)[]);
    const at = issue.path.length === 0 ? '' : ` (at ${issue.path.join('.')})`;
    diagnostics.push(report(mermaidInvalidData, { what: 'journey', reason: `${issue.message}${at}.` }, placeIn(file, where)));
  }
  for (const persona of built.personas) {
    const issue = personaSchema.safeParse(persona).error?.issues[0];
    if (issue !== undefined) diagnostics.push(report(mermaidInvalidData, { what: `persona "${persona.id}"`, reason: `${issue.message}.` }, placeIn(file, locateActor(diagram, persona.name))));
  }
  if (workspace === undefined || diagnostics.length > 0) return diagnostics;

  const journeyFile = definitionPath('journey', built.journey.id);
  const existing = workspace.files.journey[built.journey.id];
  if (existing !== undefined) {
    return [report(importIdTaken, { kind: 'journey', id: built.journey.id, file: existing }, placeIn(file, locateInDiagram(diagram, ['id'])))];
  }
  const personaFiles = new Map(built.personas.map((persona) => [definitionPath('persona', persona.id), persona]));
  const imported: ParsedDefinition[] = [
    { file: journeyFile, kind: 'journey', data: built.journey },
    ...[...personaFiles].map(([path, persona]): ParsedDefinition => ({ file: path, kind: 'persona', data: persona })),
  ];
  const checked = validateWorkspace([...definitionsOf(workspace), ...imported]);
  for (const diagnostic of checked.diagnostics) {
    if (diagnostic.severity !== 'error') continue;
    const persona = diagnostic.file === undefined ? undefined : personaFiles.get(diagnostic.file);
    if (diagnostic.file !== journeyFile && persona === undefined) continue;
    const where = persona === undefined ? locateInDiagram(diagram, diagnostic.path ?? []) : locateActor(diagram, persona.name);
    const { path: _path, atKey: _atKey, ...rest } = diagnostic;
    diagnostics.push({ ...rest, ...placeIn(file, where) });
  }
  return diagnostics;
}
