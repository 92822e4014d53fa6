import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { changedPartExists, changesCycle } from '../diagnostics/rules.ts';
import { applyChanges } from '../schema/apply-changes.ts';
import type { Journey } from '../schema/journey.ts';
import type { JourneyVariant } from '../schema/journey-changes.ts';
import { closest } from '../text/closest.ts';
import type { Located } from './parse-entities.ts';

type Place = { file: string; path: PathSegment[] };

/** A to-be journey made whole, and where in the files each path of it is defined. */
interface Resolved {
  journey: Located<Journey>;
  locate: (path: readonly PathSegment[]) => Place;
}

/**
 * Makes each to-be journey that declares only its changes whole, from its as-is journey (which may
 * itself be such a to-be). Reports the changes that name parts the as-is does not have.
 * `wholeVariants` are the whole journeys in the order of `variants`; `relocate` moves a diagnostic
 * about a part of one to the file and place that define the part.
 */
export function resolveVariants(
  journeys: readonly Located<Journey>[],
  variants: readonly Located<JourneyVariant>[],
  diagnostics: Diagnostic[],
): { wholeVariants: Located<Journey>[]; relocate: (diagnostic: Diagnostic) => Diagnostic } {
  const whole = new Map<string, Located<Journey>>();
  for (const journey of journeys) if (!whole.has(journey.value.id)) whole.set(journey.value.id, journey);
  const byId = new Map<string, Located<JourneyVariant>>();
  for (const variant of variants) if (!byId.has(variant.value.id)) byId.set(variant.value.id, variant);
  const resolved = new Map<Located<JourneyVariant>, Resolved>();
  const resolving = new Set<Located<JourneyVariant>>();

  const locateIn = (journey: Located<Journey>) => (path: readonly PathSegment[]) => ({ file: journey.file, path: [...journey.path, ...path] });
  const asIsOf = (id: string): Resolved | undefined => {
    const journey = whole.get(id);
    if (journey !== undefined) return { journey, locate: locateIn(journey) };
    const variant = byId.get(id);
    return variant === undefined ? undefined : resolve(variant);
  };
  const resolve = (variant: Located<JourneyVariant>): Resolved | undefined => {
    const done = resolved.get(variant);
    if (done !== undefined) return done;
    // A to-be whose as-is leads back to it has nothing to start from.
    if (resolving.has(variant)) {
      const loop = [...resolving].slice([...resolving].indexOf(variant));
      const journeys = [...loop, variant].map((each) => each.value.id);
      diagnostics.push(report(changesCycle, { journeys }, { file: variant.file, path: [...variant.path, 'variantOf'] }));
      return undefined;
    }
    resolving.add(variant);
    const asIs = asIsOf(variant.value.variantOf);
    resolving.delete(variant);
    const base = asIs?.journey.value ?? emptyJourney(variant.value);
    const applied = applyChanges(base, variant.value);
    // Without its as-is, the reference check reports `variantOf`; the parts it names would only repeat that.
    if (asIs !== undefined) {
      for (const { kind, id, path, known } of applied.unknown) {
        const args = { kind, id, asIs: base.id, suggestion: closest(id, known) };
        diagnostics.push(report(changedPartExists, args, { file: variant.file, path: [...variant.path, ...path] }));
      }
    }
    const journey: Located<Journey> = { value: applied.journey, file: variant.file, path: variant.path };
    const locate = (path: readonly PathSegment[]): Place => {
      const origin = applied.originOf(path);
      if (origin.side === 'as-is' && asIs !== undefined) return asIs.locate(origin.path);
      return { file: variant.file, path: [...variant.path, ...origin.path] };
    };
    const result = { journey, locate };
    resolved.set(variant, result);
    return result;
  };

  // Nothing is being resolved between these calls, so none of them meets a loop and each gives a journey.
  const merged = variants.map((variant) => resolve(variant)!);
  const relocate = (diagnostic: Diagnostic): Diagnostic => {
    const { file, path } = diagnostic;
    if (file === undefined || path === undefined) return diagnostic;
    const owner = merged.find(({ journey }) => journey.file === file && journey.path.every((segment, i) => path[i] === segment));
    if (owner === undefined) return diagnostic;
    return { ...diagnostic, ...owner.locate(path.slice(owner.journey.path.length)) };
  };
  return { wholeVariants: merged.map(({ journey }) => journey), relocate };
}

/** What a to-be journey starts from when its as-is journey is missing: no stages. */
function emptyJourney(variant: JourneyVariant): Journey {
  return { id: variant.variantOf, title: variant.title, personas: [], status: 'current', state: 'as-is', scope: 'end-to-end', emotionScale: { min: 1, max: 5 }, stages: [] };
}
