import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.ts';
import { report, type Rule } from '../diagnostics/rule.ts';
import * as rules from '../diagnostics/rules.ts';
import type { ReferenceArgs } from '../diagnostics/rules.ts';
import { idFromName } from '../mermaid/import/slug.ts';
import { journeyParts } from '../schema/journey-parts.ts';
import type { Journey } from '../schema/journey.ts';
import { closest } from '../text/closest.ts';
import { duplicate, type Registry } from './registry.ts';

/**
 * What a path named in a definition is: a file of the workspace, nothing, or outside the workspace.
 *
 * @example
 * const status: FileStatus = fileStatusIn('/work/journeys')('data/nps.csv'); // 'file', 'missing' or 'outside'
 */
export type FileStatus = 'file' | 'missing' | 'outside';

type RefRule = Rule<ReferenceArgs>;

/** The ids a reference may name, each with the entity's name (or title) when it has one. */
type Candidates = ReadonlyMap<string, string | undefined>;

/** Checks every reference of the workspace and the uniqueness of ids inside each journey. */
export function checkReferences(registry: Registry, fileStatus: (path: string) => FileStatus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const check = (rule: RefRule, known: Candidates, id: string | undefined, file: string, path: PathSegment[], listed: readonly string[] = [...known.keys()]) => {
    if (id !== undefined && !known.has(id)) diagnostics.push(report(rule, { id, ...closestCandidate(id, known), known: listed }, { file, path }));
  };
  const persona = candidates(registry.persona, (value) => value.name);
  const channel = candidates(registry.channel, (value) => value.name);
  const team = candidates(registry.team, (value) => value.name);
  const journey = candidates(registry.journey, (value) => value.title);
  const metric = candidates(registry.metric, (value) => value.name);
  const glossary = candidates(registry.glossary, (value) => value.term);
  // The built-in channels are named in the rule's hint; the list is of the workspace's own.
  const ownChannels = [...registry.channel.values()].filter((located) => located.file !== '').map((located) => located.value.id);
  const journeyIds = new Map<string, JourneyIds>();

  for (const { value, file, path } of registry.journey.values()) journeyIds.set(value.id, indexJourney(value, file, path, diagnostics));
  for (const { value, file, path } of registry.journey.values()) {
    const ids = journeyIds.get(value.id)!;
    // A to-be's opportunities may answer the pain points of its as-is that the to-be removes.
    const asIs = value.variantOf === undefined ? undefined : journeyIds.get(value.variantOf);
    const painPoints = asIs === undefined ? ids.painPoints : new Map([...asIs.painPoints, ...ids.painPoints]);
    value.personas.forEach((id, i) => check(rules.personaExists, persona, id, file, [...path, 'personas', i]));
    check(rules.teamExists, team, value.owner, file, [...path, 'owner']);
    check(rules.journeyExists, journey, value.variantOf, file, [...path, 'variantOf']);
    const parts = journeyParts(value);
    for (const stage of parts.stages) check(rules.teamExists, team, stage.value.owner, file, [...path, ...stage.path, 'owner']);
    for (const { value: touchpoint, path: at } of parts.touchpoints) {
      check(rules.channelExists, channel, touchpoint.channel, file, [...path, ...at, 'channel'], ownChannels);
      check(rules.teamExists, team, touchpoint.owner, file, [...path, ...at, 'owner']);
      touchpoint.metrics?.forEach((id, i) => check(rules.metricExists, metric, id, file, [...path, ...at, 'metrics', i]));
      touchpoint.documents?.forEach((document, i) => {
        if (document.link === undefined || !isRelativePath(document.link)) return;
        const status = fileStatus(document.link);
        const where = { file, path: [...path, ...at, 'documents', i, 'link'] };
        if (status === 'missing') diagnostics.push(report(rules.documentExists, { link: document.link }, where));
        if (status === 'outside') diagnostics.push(report(rules.fileOutsideWorkspace, { target: document.link }, where));
      });
    }
    for (const { value: step, path: at } of parts.steps) {
      for (const personaId of Object.keys(step.emotions ?? {})) {
        if (value.personas.includes(personaId)) continue;
        const args = { persona: personaId, personas: value.personas, suggestion: closest(personaId, value.personas) };
        diagnostics.push(report(rules.emotionPersonaInJourney, args, { file, path: [...path, ...at, 'emotions', personaId], atKey: true }));
      }
    }
    for (const { value: painPoint, path: at } of parts.painPoints) check(rules.teamExists, team, painPoint.owner, file, [...path, ...at, 'owner']);
    for (const { value: opportunity, path: at } of parts.opportunities) {
      check(rules.teamExists, team, opportunity.owner, file, [...path, ...at, 'owner']);
      opportunity.addresses?.forEach((id, i) =>
        check(rules.painPointExists, painPoints, id, file, [...path, ...at, 'addresses', i]),
      );
    }
  }

  for (const { value, file, path } of registry.persona.values()) {
    value.preferredChannels?.forEach((id, i) => check(rules.channelExists, channel, id, file, [...path, 'preferredChannels', i], ownChannels));
  }

  for (const { value, file, path } of registry.metric.values()) {
    check(rules.teamExists, team, value.owner, file, [...path, 'owner']);
    const scope = value.scope;
    if (scope !== undefined) {
      const scopePath = [...path, 'scope'];
      check(rules.journeyExists, journey, scope.journey, file, [...scopePath, 'journey']);
      const ids = journeyIds.get(scope.journey);
      if (ids !== undefined) {
        check(rules.stageExists, ids.stages, scope.stage, file, [...scopePath, 'stage']);
        check(rules.stepExists, ids.steps, scope.step, file, [...scopePath, 'step']);
        check(rules.touchpointExists, ids.touchpoints, scope.touchpoint, file, [...scopePath, 'touchpoint']);
      }
    }
    if (value.source !== undefined) {
      const status = fileStatus(value.source.file);
      const where = { file, path: [...path, 'source', 'file'] };
      if (status === 'missing') diagnostics.push(report(rules.dataFileExists, { file: value.source.file }, where));
      if (status === 'outside') diagnostics.push(report(rules.fileOutsideWorkspace, { target: value.source.file }, where));
    }
  }

  for (const { value, file, path } of registry.glossary.values()) {
    value.related?.forEach((id, i) => check(rules.termExists, glossary, id, file, [...path, 'related', i]));
  }
  return diagnostics;
}

/** Whether a link names a file by a relative path: no scheme (`https:`, `mailto:`), no leading `/`, `#` or `?`. */
function isRelativePath(link: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(link) && !/^[/#?\\]/.test(link);
}

/** The ids of a kind of entity, with their names. */
function candidates<T extends { id: string }>(entities: ReadonlyMap<string, { value: T }>, name: (value: T) => string | undefined): Candidates {
  return new Map([...entities].map(([id, located]) => [id, name(located.value)]));
}

/**
 * The id most likely meant: the closest id, else the id of the entity whose name is closest (as in
 * `personas: [Sam]` for the persona named "Sam"), with that name.
 */
export function closestCandidate(id: string, known: Candidates): { suggestion: string | undefined; named?: string } {
  const byId = closest(id, known.keys());
  if (byId !== undefined) return { suggestion: byId };
  const byName = new Map<string, string>();
  for (const [candidate, name] of known) if (name !== undefined) byName.set(idFromName(name, ''), candidate);
  const slug = closest(idFromName(id, ''), [...byName.keys()].filter((key) => key !== ''));
  const suggestion = slug === undefined ? undefined : byName.get(slug)!;
  return suggestion === undefined ? { suggestion } : { suggestion, named: known.get(suggestion)! };
}

/** The ids inside one journey, with their names; each must be unique within it. */
interface JourneyIds {
  stages: Map<string, string>;
  steps: Map<string, string>;
  touchpoints: Map<string, string>;
  painPoints: Map<string, string>;
  opportunities: Map<string, string>;
}

function indexJourney(journey: Journey, file: string, at: PathSegment[], diagnostics: Diagnostic[]): JourneyIds {
  const parts = journeyParts(journey);
  const index = <T extends { id: string }>(kind: string, list: { value: T; path: PathSegment[] }[], name: (value: T) => string) => {
    const ids = new Map<string, string>();
    for (const { value, path } of list) {
      if (ids.has(value.id)) diagnostics.push(duplicate(`${kind} (in journey "${journey.id}")`, value.id, file, file, [...at, ...path, 'id']));
      else ids.set(value.id, name(value));
    }
    return ids;
  };
  return {
    stages: index('stage', parts.stages, (stage) => stage.name),
    steps: index('step', parts.steps, (step) => step.name),
    touchpoints: index('touchpoint', parts.touchpoints, (touchpoint) => touchpoint.name),
    painPoints: index('pain point', parts.painPoints, (painPoint) => painPoint.title),
    opportunities: index('opportunity', parts.opportunities, (opportunity) => opportunity.title),
  };
}
