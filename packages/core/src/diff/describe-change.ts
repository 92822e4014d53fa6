import { plural } from '../render/words/plural.ts';
import type { PhrasingContent } from 'mdast';
import type { DiffKind, DiffPlace, EntityChange, FieldChange, TargetChange, TargetState } from './diff-schema.ts';

// Words for a pull-request comment: what changed about an entity, field by field, as mdast phrasing.
// Text nodes carry the authors' words, so the Markdown serializer escapes them.

/** How each kind of entity is called in prose. */
export const kindWords: Record<DiffKind, { one: string; many: string }> = {
  journey: { one: 'journey', many: 'journeys' },
  stage: { one: 'stage', many: 'stages' },
  step: { one: 'step', many: 'steps' },
  touchpoint: { one: 'touchpoint', many: 'touchpoints' },
  painPoint: { one: 'pain point', many: 'pain points' },
  opportunity: { one: 'opportunity', many: 'opportunities' },
  persona: { one: 'persona', many: 'personas' },
  metric: { one: 'metric', many: 'metrics' },
  team: { one: 'team', many: 'teams' },
  channel: { one: 'channel', many: 'channels' },
  glossary: { one: 'glossary term', many: 'glossary terms' },
};

/** A number of things in words: "1 step", "3 touchpoints". */
export const count = (n: number, kind: DiffKind) => `${n} ${plural(n, kindWords[kind].one, kindWords[kind].many)}`;

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });

/** Phrases joined by a separator, as one run of phrasing. */
export function joined(phrases: readonly PhrasingContent[][], separator = '; '): PhrasingContent[] {
  return phrases.flatMap((phrase, i) => (i === 0 ? phrase : [text(separator), ...phrase]));
}

/** Where a part of a journey is, by the names of its stage and step: "Consideration › Compare tools". */
export function placeWords(place: DiffPlace | undefined): string {
  return [place?.stage?.name, place?.step?.name].filter((name) => name !== undefined).join(' › ');
}

/** A value of a field in a few words, or undefined when it is too long or too structured for a table cell. */
function shortValue(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.length <= 60 && !value.includes('\n') ? value : undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string') && value.join(', ').length <= 60) return value.length === 0 ? 'none' : value.join(', ');
  return undefined;
}

/**
 * The details of a change, phrase by phrase: the rename, where a part came from, each field
 * that changed (with "better" or "worse" for emotions and severities, the latest value for a
 * series) and the standing against a target. Long or structured fields are only named, at the end.
 */
export function changeDetails(change: EntityChange): PhrasingContent[][] {
  const phrases: PhrasingContent[][] = [];
  if (change.renamed?.name) phrases.push([text('renamed from '), strong(change.renamed.name.from)]);
  if (change.renamed?.id) phrases.push([text('id was '), code(change.renamed.id.from)]);
  if (change.moved) phrases.push(movedWords(change.moved));
  const named: string[] = [];
  for (const field of change.fields) {
    const phrase = fieldWords(field);
    if (phrase === undefined) named.push(field.field);
    else phrases.push(phrase);
  }
  if (change.target) phrases.push([text(targetWords(change.target))]);
  if (named.length > 0) phrases.push([text(`also changed: ${named.join(', ')}`)]);
  return phrases;
}

function movedWords({ from, to, reordered }: NonNullable<EntityChange['moved']>): PhrasingContent[] {
  if (reordered) return [text(`moved from position ${from.position} to ${to.position}`)];
  const before = placeWords(from);
  return [text('moved from '), strong(before === '' ? from.journey.name : before)];
}

/** A field's change in words, like "emotion 3 → 2 (worse)"; undefined for a value too long to show. */
export function fieldWords({ field, from, to, direction }: FieldChange): PhrasingContent[] | undefined {
  if (field === 'series') return seriesWords(from, to);
  if (field === 'target') return fromTo('target', targetValue(from), targetValue(to));
  const [before, after] = [shortValue(from), shortValue(to)];
  if ((from !== undefined && before === undefined) || (to !== undefined && after === undefined)) return undefined;
  const words = fromTo(field, before, after);
  return direction === undefined ? words : [...words, text(` (${direction})`)];
}

function fromTo(field: string, before: string | undefined, after: string | undefined): PhrasingContent[] {
  if (before === undefined) return [text(`${field} set to ${after ?? 'nothing'}`)];
  if (after === undefined) return [text(`${field} ${before} removed`)];
  return [text(`${field} ${before} → ${after}`)];
}

function targetValue(target: unknown): string | undefined {
  if (target === undefined || target === null || typeof target !== 'object') return undefined;
  const { value, by } = target as { value?: number; by?: string };
  return by === undefined ? String(value) : `${value} by ${by}`;
}

/** The latest value of a series before and after, where the series changed. */
function seriesWords(from: unknown, to: unknown): PhrasingContent[] {
  const latest = (series: unknown) => {
    const last = Array.isArray(series) ? (series.at(-1) as { period: string; value: number } | undefined) : undefined;
    return last === undefined ? undefined : `${last.value} (${last.period})`;
  };
  const [before, after] = [latest(from), latest(to)];
  if (before === after) return [text('values changed')];
  return fromTo('latest value', before, after);
}

/** How a metric's standing against its target changed, in a sentence fragment. */
export function targetWords({ from, to }: TargetChange): string {
  const now = stateWords(to);
  if (to.status === 'met') return from.status === 'missed' ? `now meets its target: ${now}` : `meets its target: ${now}`;
  if (to.status === 'missed') return from.status === 'met' ? `no longer meets its target: ${now}` : `misses its target: ${now}`;
  if (to.status === 'no-target') return 'has no target any more';
  return 'has no values any more';
}

function stateWords(state: TargetState): string {
  return `${state.value} in ${state.period}, target ${state.target}`;
}
