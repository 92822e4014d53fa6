import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edited } from '../../test/diff-workspace.ts';
import { newName, workspaces } from '../../test/generate-workspace.ts';
import { journeyParts, type Part } from '../schema/journey-parts.ts';
import { severities } from '../schema/pain-point.ts';
import type { Stage } from '../schema/stage.ts';
import type { Workspace } from '../schema/workspace.ts';
import type { EntityChange, WorkspaceDiff } from './diff-schema.ts';
import { workspaceDiffSchema } from './diff-schema.ts';
import { diffWorkspaces } from './diff-workspaces.ts';

/** A change in a line: what happened to which entity, and which fields changed which way. */
function line(change: EntityChange): string {
  const fields = change.fields.map(({ field, direction }) => (direction === undefined ? field : `${field}:${direction}`));
  return [change.change, change.kind, change.id, change.renamed && 'renamed', change.moved && 'moved', ...fields].filter(Boolean).join(' ');
}

const lines = (diff: WorkspaceDiff) => diff.changes.map(line).sort();

/** Where each entity of one side is, to compare what one diff adds with what the reverse removes. */
const keys = (diff: WorkspaceDiff, change: EntityChange['change']) =>
  diff.changes.filter((c) => c.change === change).map((c) => `${c.kind} ${c.place?.journey.id ?? ''} ${c.id}`).sort();

type Pick = <T>(list: readonly T[]) => T | undefined;

const allParts = (w: Workspace) => w.journeys.map((journey) => ({ journey, parts: journeyParts(journey) }));
const every = <K extends 'stages' | 'steps' | 'touchpoints' | 'painPoints'>(w: Workspace, kind: K) => allParts(w).flatMap(({ parts }) => parts[kind] as Part<unknown>[]);

/**
 * Edits a workspace can receive, each returning the lines its diff must hold, exactly; undefined
 * when the workspace has nothing to edit that way.
 */
const edits: Record<string, (w: Workspace, pick: Pick, fresh: string) => string[] | undefined> = {
  'add a touchpoint': (w, pick, fresh) => {
    const step = pick(every(w, 'steps'))?.step;
    if (step === undefined) return undefined;
    (step.touchpoints ??= []).push({ id: 'new-touchpoint', name: fresh, channel: 'in-person', type: 'direct', automated: false });
    return ['added touchpoint new-touchpoint'];
  },
  'remove a touchpoint': (w, pick) => {
    const part = pick(allParts(w).flatMap(({ parts }) => parts.touchpoints));
    if (part === undefined) return undefined;
    part.step!.touchpoints = part.step!.touchpoints!.filter((touchpoint) => touchpoint !== part.value);
    return [`removed touchpoint ${part.value.id}`];
  },
  'remove a step with its parts': (w, pick) => {
    const part = pick(allParts(w).flatMap(({ parts }) => parts.steps));
    if (part === undefined) return undefined;
    part.stage.steps = part.stage.steps.filter((step) => step !== part.value);
    const children = [...(part.value.touchpoints ?? []).map((t) => `removed touchpoint ${t.id}`), ...(part.value.painPoints ?? []).map((p) => `removed painPoint ${p.id}`)];
    return [`removed step ${part.value.id}`, ...children];
  },
  'rename an entity': (w, pick, fresh) => {
    const [kind, entity, field] = pick([
      ...w.journeys.map((j) => ['journey', j, 'title'] as const),
      ...every(w, 'stages').map((p) => ['stage', p.value, 'name'] as const),
      ...every(w, 'steps').map((p) => ['step', p.value, 'name'] as const),
      ...every(w, 'touchpoints').map((p) => ['touchpoint', p.value, 'name'] as const),
      ...every(w, 'painPoints').map((p) => ['painPoint', p.value, 'title'] as const),
      ...w.personas.map((p) => ['persona', p, 'name'] as const),
      ...w.metrics.map((m) => ['metric', m, 'name'] as const),
    ])!;
    (entity as Record<string, unknown>)[field] = fresh;
    return [`changed ${kind} ${(entity as { id: string }).id} renamed`];
  },
  'change an id': (w, pick) => {
    const [kind, entity] = pick([
      ...w.journeys.map((j) => ['journey', j] as const),
      ...every(w, 'stages').map((p) => ['stage', p.value] as const),
      ...every(w, 'steps').map((p) => ['step', p.value] as const),
      ...every(w, 'touchpoints').map((p) => ['touchpoint', p.value] as const),
      ...w.personas.map((p) => ['persona', p] as const),
    ])!;
    (entity as { id: string }).id = 'renamed-id';
    return [`changed ${kind} renamed-id renamed`];
  },
  'move a step to another stage': (w, pick) => {
    const journey = pick(w.journeys.filter((j) => j.stages.length > 1 && j.stages.some((s) => s.steps.length > 0)));
    if (journey === undefined) return undefined;
    const from = pick(journey.stages.filter((s) => s.steps.length > 0))!;
    const to = pick(journey.stages.filter((s) => s !== from))!;
    const step = pick(from.steps)!;
    from.steps = from.steps.filter((s) => s !== step);
    to.steps.push(step);
    return [`changed step ${step.id} moved`];
  },
  'move a touchpoint to another step': (w, pick) => {
    const candidates = allParts(w).filter(({ parts }) => parts.steps.length > 1 && parts.touchpoints.length > 0);
    const parts = pick(candidates)?.parts;
    if (parts === undefined) return undefined;
    const part = pick(parts.touchpoints)!;
    const to = pick(parts.steps.filter((s) => s.value !== part.step))!.value;
    part.step!.touchpoints = part.step!.touchpoints!.filter((t) => t !== part.value);
    (to.touchpoints ??= []).push(part.value);
    return [`changed touchpoint ${part.value.id} moved`];
  },
  'move a stage to the end': (w, pick) => {
    const journey = pick(w.journeys.filter((j) => j.stages.length > 1));
    if (journey === undefined) return undefined;
    const stage: Stage = pick(journey.stages.slice(0, -1))!;
    journey.stages = [...journey.stages.filter((s) => s !== stage), stage];
    // Which stage counts as moved is a matter of taste when it lands next to where it was: one does.
    return ['one stage moved'];
  },
  'change an emotion': (w, pick) => {
    const step = pick(every(w, 'steps'))?.step;
    if (step === undefined) return undefined;
    const before = step.emotion;
    step.emotion = before === undefined ? 3 : before === 5 ? 1 : before + 1;
    const direction = before === undefined ? '' : step.emotion > before ? ':better' : ':worse';
    return [`changed step ${step.id} emotion${direction}`];
  },
  'change a severity': (w, pick) => {
    const part = pick(every(w, 'painPoints')) as Part<{ id: string; severity: (typeof severities)[number] }> | undefined;
    if (part === undefined) return undefined;
    const index = severities.indexOf(part.value.severity);
    const next = index === 0 ? 3 : index - 1;
    part.value.severity = severities[next]!;
    return [`changed painPoint ${part.value.id} severity:${next > index ? 'worse' : 'better'}`];
  },
  'change an owner': (w, pick) => {
    const part = pick(every(w, 'touchpoints')) as Part<{ id: string; owner?: string }> | undefined;
    if (part === undefined) return undefined;
    part.value.owner = part.value.owner === 'cs' ? 'sales' : 'cs';
    return [`changed touchpoint ${part.value.id} owner`];
  },
  'add a persona': (w, _pick, fresh) => {
    w.personas.push({ id: 'new-persona', name: fresh });
    return ['added persona new-persona'];
  },
  'remove a persona': (w, pick) => {
    const persona = pick(w.personas);
    if (persona === undefined) return undefined;
    w.personas = w.personas.filter((p) => p !== persona);
    return [`removed persona ${persona.id}`];
  },
};

const edit = fc.record({
  workspace: workspaces,
  name: fc.constantFrom(...Object.keys(edits)),
  choices: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
  fresh: newName,
});

describe('diffWorkspaces on generated workspaces', () => {
  it('finds nothing between a workspace and a copy of it', () => {
    fc.assert(
      fc.property(workspaces, (w) => {
        expect(diffWorkspaces(w, structuredClone(w)).changes).toEqual([]);
      }),
    );
  });

  it('reports as added one way exactly what it reports as removed the other way, and as many renames and changes', () => {
    fc.assert(
      fc.property(workspaces, workspaces, (a, b) => {
        const forward = diffWorkspaces(a, b);
        const backward = diffWorkspaces(b, a);
        expect(keys(forward, 'added')).toEqual(keys(backward, 'removed'));
        expect(keys(forward, 'removed')).toEqual(keys(backward, 'added'));
        expect(forward.summary.renamed).toBe(backward.summary.renamed);
        expect(forward.summary.changed).toBe(backward.summary.changed);
      }),
    );
  });

  it('gives the same diff every time, in the documented shape', () => {
    fc.assert(
      fc.property(workspaces, workspaces, (a, b) => {
        const diff = diffWorkspaces(a, b);
        expect(diffWorkspaces(structuredClone(a), structuredClone(b))).toEqual(diff);
        expect(workspaceDiffSchema.parse(JSON.parse(JSON.stringify(diff)))).toEqual(diff);
      }),
    );
  });

  it('detects each generated edit exactly, and nothing else', () => {
    fc.assert(
      fc.property(edit, ({ workspace, name, choices, fresh }) => {
        let next = 0;
        const pick: Pick = (list) => (list.length === 0 ? undefined : list[choices[next++ % choices.length]! % list.length]);
        let expected: string[] | undefined;
        const head = edited(workspace, (copy) => {
          expected = edits[name]!(copy, pick, fresh);
        });
        if (expected === undefined) return;
        const diff = diffWorkspaces(workspace, head);
        if (expected[0] === 'one stage moved') {
          expect(diff.changes).toEqual([expect.objectContaining({ kind: 'stage', change: 'changed', moved: expect.anything(), fields: [] })]);
        } else {
          expect(lines(diff)).toEqual(expected.sort());
        }
      }),
      { numRuns: 400 },
    );
  });
});
