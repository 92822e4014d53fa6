import fc from 'fast-check';
import type { JourneyInput, MetricInput, PersonaInput, Workspace } from '../src/index.ts';
import { workspaceOf } from './diff-workspace.ts';

// Names of generated entities use the first half of the alphabet; tests that add an entity name it
// from the second half, so it can never be mistaken for one that was there.
const name = fc.stringMatching(/^[a-m]{6,14}$/);
const team = fc.constantFrom('cs', 'sales', 'marketing');
const emotion = fc.integer({ min: 1, max: 5 });
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });

const touchpoint = fc.record({ name, channel: fc.constantFrom('email', 'web', 'phone', 'chat'), owner: maybe(team), automated: fc.boolean() });
const painPoint = fc.record({ title: name, severity: fc.constantFrom('low', 'medium', 'high', 'critical'), evidence: fc.constantFrom('observed', 'reported'), owner: maybe(team) });
const step = fc.record({
  name,
  emotion: maybe(emotion),
  touchpoints: fc.array(touchpoint, { maxLength: 3 }),
  painPoints: fc.array(painPoint, { maxLength: 2 }),
});
const stage = fc.record({ name, kind: fc.constantFrom('awareness', 'consideration', 'purchase', 'onboarding'), emotion: maybe(emotion), owner: maybe(team), steps: fc.array(step, { maxLength: 3 }) });
const journey = fc.record({ title: name, status: fc.constantFrom('draft', 'current'), owner: maybe(team), stages: fc.array(stage, { minLength: 1, maxLength: 4 }) });
const persona = fc.record({ name, role: maybe(name) });
const metric = fc.record({
  name,
  target: maybe(fc.integer({ min: 0, max: 100 })),
  series: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 3 }),
});

/** Random valid workspaces: ids are given by position, so two workspaces share many of them. */
export const workspaces: fc.Arbitrary<Workspace> = fc
  .record({
    journeys: fc.array(journey, { minLength: 1, maxLength: 3 }),
    personas: fc.array(persona, { maxLength: 3 }),
    metrics: fc.array(metric, { maxLength: 3 }),
  })
  .map(({ journeys, personas, metrics }) =>
    workspaceOf({
      teams: ['cs', 'sales', 'marketing'].map((id) => ({ id, name: id, department: 'other' })),
      personas: personas.map((p, i): PersonaInput => ({ id: `persona-${i}`, ...defined(p) })),
      journeys: journeys.map((j, ji): JourneyInput => {
        let [steps, touchpoints, painPoints] = [0, 0, 0];
        return {
          id: `journey-${ji}`,
          ...defined({ title: j.title, status: j.status, owner: j.owner }),
          stages: j.stages.map((s, si) => ({
            id: `stage-${si}`,
            ...defined({ name: s.name, kind: s.kind, emotion: s.emotion, owner: s.owner }),
            steps: s.steps.map((t) => ({
              id: `step-${steps++}`,
              ...defined({ name: t.name, emotion: t.emotion }),
              touchpoints: t.touchpoints.map((tp) => ({ id: `touchpoint-${touchpoints++}`, ...defined(tp) })),
              painPoints: t.painPoints.map((pp) => ({ id: `pain-${painPoints++}`, ...defined(pp) })),
            })),
          })),
        };
      }),
      metrics: metrics.map((m, i): MetricInput => ({
        id: `metric-${i}`,
        name: m.name,
        kind: 'count',
        ...(m.target === undefined ? {} : { target: m.target }),
        series: m.series.map((value, p) => ({ period: `${2020 + p}`, value })),
      })),
    }),
  );

/** The object without its undefined values, as a parsed definition would be. */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** A name that no generated entity has. */
export const newName = fc.stringMatching(/^[n-z]{6,14}$/);
