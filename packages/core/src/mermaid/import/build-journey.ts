import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { report } from '../../diagnostics/rule.ts';
import { mermaidAssumed, mermaidIgnored } from '../../diagnostics/rules.ts';
import { defaultEmotionScale, emotionScaleSchema, type EmotionScale } from '../../schema/emotion.ts';
import type { Persona, PersonaInput } from '../../schema/persona.ts';
import type { DiagramSection, DiagramTask, JourneyDiagram } from '../parse/journey-diagram.ts';
import { emotionToScore, neutralScore, scoreToEmotion } from '../score.ts';
import { guessStageKind } from './guess-stage-kind.ts';
import { readComment } from './read-comment.ts';
import { idFromName, uniqueId } from './slug.ts';
import { placeIn } from '../place.ts';
import { foldLines } from '../text.ts';

/** What the import knows of the workspace it writes into. */
export interface ImportTarget {
  /** The Mermaid file, for the location of problems. */
  file: string | undefined;
  /** The workspace's personas: actors with one of their names take its id. */
  personas: readonly Pick<Persona, 'id' | 'name'>[];
  /** The id to give the journey, instead of the one its comments keep or its title gives. */
  id: string | undefined;
}

/** A journey read from a diagram, not validated yet, and the personas to make for its actors. */
export interface BuiltJourney {
  journey: Record<string, unknown> & { id: string; stages: Record<string, unknown>[] };
  personas: PersonaInput[];
  /** The persona id each actor name stands for. */
  actorIds: Map<string, string>;
}

const withoutKeys = (value: Record<string, unknown> | undefined, ...keys: string[]) =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([key]) => !keys.includes(key)));

/**
 * Turns a parsed diagram into a journey: what the diagram shows (title, accessible description,
 * sections, tasks, scores, actors) always wins; its `%% journeykit:` comments give back the rest.
 * Whatever had to be made up (ids from names, stage kinds, the emotion scale, personas for actors)
 * is reported as a warning.
 */
export function buildJourney(diagram: JourneyDiagram, target: ImportTarget, diagnostics: Diagnostic[]): BuiltJourney {
  const { file } = target;
  const at = (line: number, column = 1) => placeIn(file, { line, column });
  const assume = (assumption: string, line: number, column?: number) => diagnostics.push(report(mermaidAssumed, { assumption }, at(line, column)));
  const journeyNote = readComment(diagram.metadata.journey, 'object', file, diagnostics);
  const titleLine = diagram.title?.line ?? diagram.accTitle?.line ?? 1;

  // The title is drawn on one line; the accessible title, or the comment, keeps its line breaks.
  const shownTitle = diagram.title?.text ?? diagram.accTitle?.text ?? 'Imported journey';
  const title = asWritten(journeyNote?.['title'], asWritten(diagram.accTitle?.text, shownTitle));
  if (diagram.title === undefined && diagram.accTitle === undefined) assume('The diagram has no title: the journey is called "Imported journey"', 1);
  if (diagram.title !== undefined && diagram.accTitle !== undefined && foldLines(diagram.accTitle.text) !== diagram.title.text) {
    diagnostics.push(report(mermaidIgnored, { what: 'The accessible title', why: 'Journeykit exports the journey\'s title as its accessible title' }, at(diagram.accTitle.line, diagram.accTitle.column)));
  }
  const noteId = typeof journeyNote?.['id'] === 'string' ? journeyNote['id'] : undefined;
  const id = target.id ?? noteId ?? idFromName(title, 'journey');
  if (target.id === undefined && noteId === undefined) assume(`The journey's id "${id}" comes from its title`, titleLine);

  const scoring = emotionScoring(diagram, journeyNote, assume);
  const { scale } = scoring;
  const { personas, actorIds } = actorPersonas(diagram, target, diagnostics);
  const stageIds = new Set<string>();
  const stepIds = new Set<string>();
  const derived = { stages: [] as string[], steps: [] as string[], kinds: [] as string[] };
  const stages = diagram.sections.map((section, s) => {
    const note = readComment(section.metadata, 'object', file, diagnostics);
    const name = asWritten(note?.['name'], section.name?.text ?? 'Untitled section');
    if (section.name === undefined) assume('Tasks come before the first section: they form a stage called "Untitled section"', section.line);
    const stageId = stageOrStepId(note, name, `stage-${s + 1}`, stageIds, derived.stages);
    const kind = typeof note?.['kind'] === 'string' ? note['kind'] : guessStageKind(name);
    if (typeof note?.['kind'] !== 'string') derived.kinds.push(`${name}: ${kind}`);
    const steps = section.tasks.map((task, t) => step(task, readComment(task.metadata, 'object', file, diagnostics), scoring, stepIds, derived.steps, `step-${s + 1}-${t + 1}`));
    return { id: stageId, name, kind, ...withoutKeys(note, 'id', 'name', 'kind', 'steps'), steps };
  });
  const firstSection = diagram.sections[0]?.line ?? titleLine;
  if (derived.stages.length > 0) assume(`Stage ids come from section names: ${derived.stages.join(', ')}`, firstSection);
  if (derived.kinds.length > 0) assume(`Stage kinds are guessed from section names (${derived.kinds.join('; ')})`, firstSection);
  if (derived.steps.length > 0) assume(`Step ids come from task names: ${derived.steps.join(', ')}`, firstSection);

  const customScale = scale.min !== defaultEmotionScale.min || scale.max !== defaultEmotionScale.max || journeyNote?.['emotionScale'] !== undefined;
  const journey: BuiltJourney['journey'] = {
    id,
    title,
    ...(diagram.accDescr === undefined ? {} : { summary: diagram.accDescr.text }),
    ...withoutKeys(journeyNote, 'id', 'title', 'summary', 'personas', 'emotionScale', 'stages'),
    personas: [...new Set(actorIds.values())],
    ...(customScale ? { emotionScale: scale } : {}),
    stages,
  };
  return { journey, personas, actorIds };
}

/** A name as written, kept with its line breaks (in a comment or the accessible title), when the diagram shows it folded; else as shown. */
function asWritten(kept: unknown, shown: string): string {
  return typeof kept === 'string' && foldLines(kept) === shown ? kept : shown;
}

/** A stage's or step's id: kept in its comment, else made from its name (and listed as made). */
function stageOrStepId(note: Record<string, unknown> | undefined, name: string, fallback: string, taken: Set<string>, derived: string[]): string {
  if (typeof note?.['id'] === 'string') return uniqueId(note['id'], taken);
  const id = uniqueId(idFromName(name, fallback), taken);
  derived.push(id);
  return id;
}

/**
 * A step from a task: its emotion is the score mapped onto the journey's scale, unless the step's
 * comment keeps an emotion that gives the same score (a finer value, or none at all: `null`).
 */
function step(task: DiagramTask, note: Record<string, unknown> | undefined, scoring: Scoring, taken: Set<string>, derived: string[], fallback: string): Record<string, unknown> {
  const name = asWritten(note?.['name'], task.name.text);
  const id = stageOrStepId(note, name, fallback, taken, derived);
  const kept = note?.['emotion'];
  let emotion: number | undefined = scoring.emotionOf(task.score);
  if (kept === null && task.score === neutralScore) emotion = undefined;
  if (typeof kept === 'number' && scoring.scoreOf(kept) === task.score) emotion = kept;
  const built: Record<string, unknown> = { id, name };
  if (emotion !== undefined) built['emotion'] = emotion;
  return { ...built, ...withoutKeys(note, 'id', 'name', 'emotion') };
}

/** How a diagram's scores become emotions: on which scale, and how a score and an emotion correspond. */
interface Scoring {
  scale: EmotionScale;
  emotionOf(score: number): number;
  scoreOf(emotion: number): number;
}

/**
 * The journey's emotion scale: the one its comment keeps, with scores mapped onto it as the export
 * mapped it; else 1 to 5 (0 to 5 when a task scores 0, which Mermaid allows), and then scores are
 * the emotions as they are.
 */
function emotionScoring(diagram: JourneyDiagram, note: Record<string, unknown> | undefined, assume: (text: string, line: number) => void): Scoring {
  const kept = emotionScaleSchema.safeParse(note?.['emotionScale']);
  if (kept.success) {
    const scale = kept.data;
    return { scale, emotionOf: (score) => scoreToEmotion(score, scale), scoreOf: (emotion) => emotionToScore(emotion, scale) };
  }
  const tasks = diagram.sections.flatMap((section: DiagramSection) => section.tasks);
  const zero = tasks.find((task) => task.score === 0);
  if (tasks.length > 0) {
    assume(`Task scores are taken as the steps' emotions on a scale of ${zero === undefined ? 1 : 0} (very negative) to 5 (very positive)`, zero?.line ?? tasks[0]!.line);
  }
  const scale = zero === undefined ? defaultEmotionScale : { min: 0, max: 5 };
  return { scale, emotionOf: (score) => score, scoreOf: (emotion) => Math.round(emotion) };
}

/**
 * The persona each actor stands for, in the order actors first appear: the one the actors comment
 * names, else a persona of the workspace with the actor's name, else a new one, made with an id
 * from the name. Which actors take part in which task is not kept: a journey is drawn for all of
 * its personas. A diagram without tasks shows no actors: its actors comment gives them.
 */
function actorPersonas(diagram: JourneyDiagram, target: ImportTarget, diagnostics: Diagnostic[]): { personas: PersonaInput[]; actorIds: Map<string, string> } {
  const { file } = target;
  const kept = new Map<string, string>();
  for (const entry of readComment(diagram.metadata.actors, 'array', file, diagnostics) ?? []) {
    const { actor, persona } = (entry ?? {}) as { actor?: unknown; persona?: unknown };
    if (typeof actor === 'string' && typeof persona === 'string' && !kept.has(actor)) kept.set(actor, persona);
  }
  const tasks = diagram.sections.flatMap((section) => section.tasks);
  // Actors show only on tasks: without any, the actors comment alone can tell the personas.
  const names = tasks.length === 0 ? [...kept.keys()] : [...new Set(tasks.flatMap((task) => task.actors.map((actor) => actor.text)))];
  const taken = new Set(target.personas.map((persona) => persona.id));
  const personas: PersonaInput[] = [];
  const made: string[] = [];
  const actorIds = new Map<string, string>();
  for (const name of names) {
    const keptId = kept.get(name);
    const existing = keptId === undefined ? target.personas.find((persona) => persona.name.trim().toLowerCase() === name.toLowerCase()) : undefined;
    let id = keptId ?? existing?.id;
    if (id === undefined) {
      id = uniqueId(idFromName(name, 'persona'), taken);
      made.push(`${name} (${id})`);
    }
    if (!target.personas.some((persona) => persona.id === id) && !personas.some((persona) => persona.id === id)) {
      personas.push({ id, name });
      taken.add(id);
    }
    actorIds.set(name, id);
  }
  const line = tasks.find((task) => task.actors.length > 0)?.line ?? 1;
  if (made.length > 0) diagnostics.push(report(mermaidAssumed, { assumption: `New personas stand for the actors ${made.join(', ')}` }, placeIn(file, { line, column: 1 })));
  const partial = tasks.filter((task) => task.actors.length !== names.length);
  if (names.length > 0 && partial.length > 0) {
    diagnostics.push(
      report(
        mermaidIgnored,
        { what: `Which actors take part in each task (${partial.map((task) => `"${task.name.text}"`).join(', ')} have fewer)`, why: 'a Journeykit journey is drawn for all of its personas' },
        placeIn(file, { line: partial[0]!.line, column: 1 }),
      ),
    );
  }
  return { personas, actorIds };
}
