import fc from 'fast-check';
import { journeySchema, journeyStatuses, stageKinds, type Journey } from '../src/index.ts';

/** Texts full of what Mermaid and Markdown reserve, with line breaks and unicode. */
export const awkwardText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(':', '#', ';', '%', '%%', '%%{', '\n', '\r', '\t', ',', ' ', '|', '*', '_', '`', '<br>', '#35;', '#quot;', '{', '}', '&', '[x]', 'é', '😀', '日', '\u00a0', 'title ', 'Section ', 'journey', 'accDescr'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 10,
});

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
// JSON has no -0, so neither do the emotions generated.
const emotion = fc.oneof(fc.integer({ min: -10, max: 15 }), fc.double({ min: -10, max: 15, noNaN: true })).map((n) => (Object.is(n, -0) ? 0 : n));

/** Drops keys whose value is undefined, as a definition file would not have them. */
const defined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** A journey with awkward names everywhere, and the personas it is drawn for. */
export const journeyWithPersonas: fc.Arbitrary<{ journey: Journey; personas: { id: string; name: string }[] }> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,4})?$/),
    title: awkwardText,
    summary: optional(awkwardText),
    goal: optional(awkwardText),
    tags: optional(fc.array(awkwardText, { maxLength: 2 })),
    status: fc.constantFrom(...journeyStatuses),
    personaNames: fc.array(awkwardText, { maxLength: 3 }),
    emotionScale: optional(fc.integer({ min: -5, max: 5 }).chain((min) => fc.integer({ min: min + 1, max: min + 10 }).map((max) => ({ min, max })))),
    extension: optional(awkwardText),
    stages: fc.array(
      fc.record({
        name: awkwardText,
        kind: fc.constantFrom(...stageKinds),
        customerGoal: optional(awkwardText),
        emotion: optional(emotion),
        steps: fc.array(
          fc.record({
            name: awkwardText,
            emotion: optional(emotion),
            touchpoints: optional(fc.array(fc.record({ name: awkwardText, channel: fc.constantFrom('web', 'email') }), { maxLength: 2 })),
            painPoint: optional(awkwardText),
          }),
          { maxLength: 3 },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ personaNames, extension, stages, ...rest }) => {
    const personas = personaNames.map((name, i) => ({ id: `persona-${i}`, name }));
    let steps = 0;
    const journey = journeySchema.parse(
      defined({
        ...rest,
        'x-note': extension,
        personas: personas.map((p) => p.id),
        stages: stages.map((stage, s) =>
          defined({
            ...stage,
            id: `stage-${s}`,
            steps: stage.steps.map(({ touchpoints, painPoint, ...step }) =>
              defined({
                ...step,
                id: `step-${steps++}`,
                touchpoints: touchpoints?.map((touchpoint, t) => ({ ...touchpoint, id: `touchpoint-${steps}-${t}` })),
                painPoints: painPoint === undefined ? undefined : [{ id: `pain-${steps}`, title: painPoint, severity: 'high', evidence: 'observed' }],
              }),
            ),
          }),
        ),
      }),
    );
    return { journey, personas };
  });
