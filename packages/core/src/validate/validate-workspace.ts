import type { Diagnostic, Result } from '../diagnostics/diagnostic.ts';
import { builtinTerms } from '../glossary/builtin-terms.ts';
import { builtinChannels } from '../schema/builtin-channels.ts';
import type { Workspace } from '../schema/workspace.ts';
import { configSchema, type Config } from '../schema/config.ts';
import { entityKinds, type EntityKind } from '../schema/file-kinds.ts';
import { glossaryTermSchema } from '../schema/glossary-term.ts';
import { journeySchema, type Journey } from '../schema/journey.ts';
import { declaresChanges, journeyVariantSchema, type JourneyVariant } from '../schema/journey-changes.ts';
import { parseEntities, type Located } from './parse-entities.ts';
import { checkReferences, type FileStatus } from './references.ts';
import { resolveVariants } from './resolve-variants.ts';
import { emptyRegistry, register, type Registry } from './registry.ts';
import { applyRuleLevels, checkRuleLevels } from './rule-levels.ts';
import { checkSemantics } from './semantic.ts';

/** The parsed data of one definition file, with the kind its folder gives it. */
export interface ParsedDefinition {
  file: string;
  kind: EntityKind | 'config';
  data: unknown;
}

/**
 * Checks parsed definitions as one workspace and builds it when nothing is broken. `earlier` are the
 * problems found while reading and parsing: the config's rule levels apply to them too.
 */
export function validateWorkspace(
  definitions: readonly ParsedDefinition[],
  fileStatus: (path: string) => FileStatus = () => 'file',
  earlier: readonly Diagnostic[] = [],
): Result<Workspace> {
  const diagnostics: Diagnostic[] = [...earlier];
  const configFile = definitions.find((definition) => definition.kind === 'config');
  const config = parseConfig(configFile, diagnostics);
  const registry = emptyRegistry();

  const builtins = config.glossary.builtin
    ? builtinTerms.filter((term) => !config.glossary.exclude.includes(term.id)).map((term) => glossaryTermSchema.parse(term))
    : [];
  register(registry.channel, builtinChannels.map(builtin), 'channel', diagnostics);
  register(registry.glossary, builtins.map(builtin), 'glossary term', diagnostics);
  const builtinIds = { channel: new Set(builtinChannels.map((c) => c.id)), glossary: new Set(builtins.map((t) => t.id)) };

  const salvagedEntities: Located<unknown>[] = [];
  let relocate = (diagnostic: Diagnostic) => diagnostic;
  for (const kind of Object.keys(entityKinds) as EntityKind[]) {
    let found: Located<{ id: string }>[] = [];
    for (const definition of definitions.filter((d) => d.kind === kind)) {
      // Salvaged entities take part in reference checks; errors already keep the workspace from being built.
      const schemaOf = kind === 'journey' ? (item: unknown) => (declaresChanges(item) ? journeyVariantSchema : journeySchema) : undefined;
      const { entities, salvaged, diagnostics: problems } = parseEntities(entityKinds[kind].schema, definition.data, definition.file, schemaOf);
      found.push(...entities, ...salvaged);
      salvagedEntities.push(...salvaged);
      diagnostics.push(...problems);
    }
    if (kind === 'journey') ({ found, relocate } = wholeJourneys(found, salvagedEntities, diagnostics));
    const overridable = kind === 'channel' || kind === 'glossary' ? builtinIds[kind] : undefined;
    register(registry[kind] as Map<string, Located<{ id: string }>>, found, entityKinds[kind].title.toLowerCase(), diagnostics, overridable);
  }

  // References are checked on salvaged entities too; the semantic rules judge valid ones, and those
  // salvaged only of unknown fields: an unknown field must not hide an emotion outside the scale.
  const references = checkReferences(registry, fileStatus).map((diagnostic) => restoreSalvagedPath(relocate(diagnostic), salvagedEntities));
  const cut = salvagedEntities.filter((entity) => entity.asWritten !== true).map((entity) => entity.value);
  // Concatenated, not spread: a large broken workspace can have more problems than a call takes arguments.
  const semantic = checkSemantics(registry, new Set(cut)).map(relocate);
  const all = applyRuleLevels(withoutRepeats(diagnostics.concat(references, semantic)), config.rules);
  const broken = all.some((diagnostic) => diagnostic.severity === 'error');
  return { value: broken ? undefined : toWorkspace(config, configFile?.file, registry), diagnostics: all };
}

/**
 * Makes whole the to-be journeys that declare only their changes; one salvaged from a broken file
 * stays salvaged once whole. `relocate` moves diagnostics about a merged journey to the files that
 * define each part.
 */
function wholeJourneys(found: Located<{ id: string }>[], salvaged: Located<unknown>[], diagnostics: Diagnostic[]) {
  const isVariant = (entity: Located<unknown>) => 'changes' in (entity.value as object);
  const variants = found.filter(isVariant) as unknown as Located<JourneyVariant>[];
  const whole = found.filter((entity) => !isVariant(entity)) as unknown as Located<Journey>[];
  const { wholeVariants, relocate } = resolveVariants(whole, variants, diagnostics);
  const broken = new Set<unknown>(salvaged.map((entity) => entity.value));
  wholeVariants.forEach((journey, i) => {
    if (broken.has(variants[i]!.value)) salvaged.push(journey);
  });
  return { found: [...whole, ...wholeVariants] as Located<{ id: string }>[], relocate };
}

/**
 * The diagnostics without exact repeats: a part a to-be journey takes from its as-is journey is
 * checked in both, and a problem with it is reported once, where it is defined.
 */
function withoutRepeats(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = JSON.stringify([diagnostic.rule, diagnostic.file, diagnostic.path, diagnostic.line, diagnostic.column, diagnostic.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Maps the path of a diagnostic about a salvaged entity back to its place in the file. */
function restoreSalvagedPath(diagnostic: Diagnostic, salvaged: readonly Located<unknown>[]): Diagnostic {
  const { file, path } = diagnostic;
  if (file === undefined || path === undefined) return diagnostic;
  const entity = salvaged.find((e) => e.file === file && e.path.every((segment, i) => path[i] === segment));
  if (entity?.restorePath === undefined) return diagnostic;
  return { ...diagnostic, path: [...entity.path, ...entity.restorePath(path.slice(entity.path.length))] };
}

const builtin = <T>(value: T): Located<T> => ({ value, file: '', path: [] });

/** The config, or defaults when it is missing or broken, so every other file still gets checked. */
function parseConfig(definition: ParsedDefinition | undefined, diagnostics: Diagnostic[]): Config {
  const fallback = configSchema.parse({ name: 'Journeys' });
  if (definition === undefined) return fallback;
  const { entities, diagnostics: problems } = parseEntities(configSchema, definition.data, definition.file);
  diagnostics.push(...problems);
  const config = entities[0]?.value;
  if (config === undefined) return fallback;
  diagnostics.push(...checkRuleLevels(config.rules, definition.file, []));
  return config;
}

function toWorkspace(config: Config, configFile: string | undefined, registry: Registry): Workspace {
  const values = <K extends EntityKind>(kind: K) => [...registry[kind].values()].map((located) => located.value);
  const files = Object.fromEntries(
    (Object.keys(entityKinds) as EntityKind[]).map((kind) => [
      kind,
      Object.fromEntries([...registry[kind].values()].filter((e) => e.file !== '').map((e) => [e.value.id, e.file])),
    ]),
  ) as Workspace['files'];
  files.config = configFile === undefined ? {} : { config: configFile };
  return {
    config,
    journeys: values('journey'),
    personas: values('persona'),
    channels: values('channel'),
    teams: values('team'),
    metrics: values('metric'),
    glossary: values('glossary'),
    funnels: {},
    retention: {},
    files,
  };
}
