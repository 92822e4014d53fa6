import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.ts';
import { report, type Rule } from '../diagnostics/rule.ts';
import * as rules from '../diagnostics/rules.ts';
import { journeyParts } from '../model/journey-parts.ts';
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

type RefRule = Rule<{ id: string; suggestion: string | undefined }>;

/** Checks every reference of the workspace and the uniqueness of ids inside each journey. */
export function checkReferences(registry: Registry, fileStatus: (path: string) => FileStatus): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const check = (rule: RefRule, known: { has(id: string): boolean; keys(): Iterable<string> }, id: string | undefined, file: string, path: PathSegment[]) => {
    if (id !== undefined && !known.has(id)) diagnostics.push(report(rule, { id, suggestion: closest(id, known.keys()) }, { file, path }));
  };
  const { persona, channel, team, journey, metric, glossary } = registry;
  const journeyIds = new Map<string, JourneyIds>();

  for (const { value, file, path } of journey.values()) journeyIds.set(value.id, indexJourney(value, file, path, diagnostics));
  for (const { value, file, path } of journey.values()) {
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
      check(rules.channelExists, channel, touchpoint.channel, file, [...path, ...at, 'channel']);
      check(rules.teamExists, team, touchpoint.owner, file, [...path, ...at, 'owner']);
      touchpoint.metrics?.forEach((id, i) => check(rules.metricExists, metric, id, file, [...path, ...at, 'metrics', i]));
    }
    for (const { value: step, path: at } of parts.steps) {
      for (const persona of Object.keys(step.emotions ?? {})) {
        if (value.personas.includes(persona)) continue;
        const args = { persona, personas: value.personas, suggestion: closest(persona, value.personas) };
        diagnostics.push(report(rules.emotionPersonaInJourney, args, { file, path: [...path, ...at, 'emotions', persona], atKey: true }));
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

  for (const { value, file, path } of persona.values()) {
    value.preferredChannels?.forEach((id, i) => check(rules.channelExists, channel, id, file, [...path, 'preferredChannels', i]));
  }

  for (const { value, file, path } of metric.values()) {
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

  for (const { value, file, path } of glossary.values()) {
    value.related?.forEach((id, i) => check(rules.termExists, glossary, id, file, [...path, 'related', i]));
  }
  return diagnostics;
}

/** The ids inside one journey; each must be unique within it. */
interface JourneyIds {
  stages: Map<string, string>;
  steps: Map<string, string>;
  touchpoints: Map<string, string>;
  painPoints: Map<string, string>;
  opportunities: Map<string, string>;
}

function indexJourney(journey: Journey, file: string, at: PathSegment[], diagnostics: Diagnostic[]): JourneyIds {
  const parts = journeyParts(journey);
  const index = <T extends { id: string }>(kind: string, list: { value: T; path: PathSegment[] }[]) => {
    const ids = new Map<string, string>();
    for (const { value, path } of list) {
      if (ids.has(value.id)) diagnostics.push(duplicate(`${kind} (in journey "${journey.id}")`, value.id, file, file, [...at, ...path, 'id']));
      else ids.set(value.id, value.id);
    }
    return ids;
  };
  return {
    stages: index('stage', parts.stages),
    steps: index('step', parts.steps),
    touchpoints: index('touchpoint', parts.touchpoints),
    painPoints: index('pain point', parts.painPoints),
    opportunities: index('opportunity', parts.opportunities),
  };
}
