import { metadataComment } from '../../mermaid/metadata.ts';
import { emotionToScore, neutralScore, scoreToEmotion } from '../../mermaid/score.ts';
import { escapeMermaidText, foldLines } from '../../mermaid/text.ts';
import type { Journey } from '../../schema/journey.ts';
import type { Persona } from '../../schema/persona.ts';
import type { Stage } from '../../schema/stage.ts';
import type { Step } from '../../schema/step.ts';

/**
 * What {@link journeyMermaid} needs besides the journey, and what it leaves out.
 *
 * @example
 * const options: JourneyMermaidOptions = { personas: workspace.personas, metadata: false };
 * journeyMermaid(journey, options);
 */
export interface JourneyMermaidOptions {
  /** The workspace's personas, for the names of the journey's actors; ids are shown without them. */
  personas?: readonly Pick<Persona, 'id' | 'name'>[];
  /** Whether to keep what Mermaid cannot show in `%% journeykit:` comments; true unless false. */
  metadata?: boolean;
}

const indent = (depth: number) => '  '.repeat(depth);

/**
 * Draws a journey as a Mermaid user journey diagram: its title (also the accessible title), its
 * summary as the accessible description, a section per stage and a task per step, scored by the
 * step's emotion mapped onto 1–5 (3 without one), with the journey's personas as the actors of
 * every task. Unless `metadata` is false, `%% journeykit:` comments keep every other field, so
 * {@link importMermaid} gives the journey back.
 *
 * @example
 * journeyMermaid(journey, { personas: workspace.personas });
 * // journey
 * //   title First purchase
 * //   section Buy
 * //     Pays: 2: Sam
 */
export function journeyMermaid(journey: Journey, options: JourneyMermaidOptions = {}): string {
  const { personas = [], metadata = true } = options;
  // Actors are named on one line: the personas' names stay in their own files.
  const names = actorNames(journey.personas, personas).map(foldLines);
  const actors = names.map((name) => escapeMermaidText(name, 'actor')).join(', ');
  const lines = ['journey', `${indent(1)}title ${escapeMermaidText(journey.title, 'title')}`, `${indent(1)}accTitle: ${escapeMermaidText(journey.title, 'accessible')}`];
  if (journey.summary !== undefined) lines.push(...accessibleDescription(journey.summary));
  if (metadata) {
    const { title, summary: _summary, personas: _personas, stages: _stages, ...rest } = journey;
    lines.push(
      `${indent(1)}%% Exported by Journeykit: the "%% journeykit:" comments keep what Mermaid cannot show, for journeykit import mermaid.`,
      `${indent(1)}${metadataComment('journey', { ...folded('title', title), ...rest })}`,
    );
    if (journey.personas.length > 0) {
      lines.push(`${indent(1)}${metadataComment('actors', journey.personas.map((persona, i) => ({ persona, actor: names[i] })))}`);
    }
  }
  for (const stage of journey.stages) {
    lines.push(`${indent(1)}section ${escapeMermaidText(stage.name, 'section')}`);
    if (metadata) lines.push(`${indent(2)}${metadataComment('stage', stageRest(stage))}`);
    for (const step of stage.steps) {
      const score = step.emotion === undefined ? neutralScore : emotionToScore(step.emotion, journey.emotionScale);
      lines.push(`${indent(2)}${escapeMermaidText(step.name, 'task')}: ${score}${actors === '' ? '' : `: ${actors}`}`);
      if (metadata) lines.push(`${indent(2)}${metadataComment('step', stepRest(step, score, journey))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The actor name of each persona: its name, or its id without a persona. Mermaid tells actors by
 * name, so a name that two personas share is followed by the id, like "Sam (sam-2)".
 */
function actorNames(ids: readonly string[], personas: readonly Pick<Persona, 'id' | 'name'>[]): string[] {
  const names = ids.map((id) => personas.find((persona) => persona.id === id)?.name ?? id);
  return names.map((name, i) => (names.indexOf(name) === i ? name : `${name} (${ids[i]})`));
}

/** `accDescr: …` for one line, the `accDescr { … }` block for several, which Mermaid reads line by line. */
function accessibleDescription(text: string): string[] {
  if (!text.includes('\n')) return [`${indent(1)}accDescr: ${escapeMermaidText(text, 'accessible')}`];
  // In the block Mermaid drops each line's indentation and collapses blank lines: a line break
  // stays a line break only between two lines with text; the others are written `#10;`.
  const lines: string[] = [];
  let current = '';
  text.split('\n').forEach((line, i) => {
    if (i > 0 && line !== '' && current !== '') {
      lines.push(current);
      current = '';
    } else if (i > 0) {
      current += '#10;';
    }
    current += escapeMermaidText(line, 'accessible');
  });
  lines.push(current);
  return [`${indent(1)}accDescr {`, ...lines.map((line) => `${indent(2)}${line}`), `${indent(1)}}`];
}

/** A name as written, to keep in a comment, when the diagram shows it folded onto one line. */
function folded<Key extends string>(key: Key, text: string): Partial<Record<Key, string>> {
  return (text.includes('\n') ? { [key]: text } : {}) as Partial<Record<Key, string>>;
}

/** A stage's fields that Mermaid cannot show, its name among them when it has line breaks. */
function stageRest(stage: Stage): Partial<Stage> {
  const { name, steps: _steps, ...rest } = stage;
  return { ...folded('name', name), ...rest };
}

/**
 * A step's fields that Mermaid cannot show; the emotion only when the score does not give it back
 * (`null` when the step has none).
 */
function stepRest(step: Step, score: number, journey: Journey): Record<string, unknown> {
  const { name, emotion, ...withoutName } = step;
  const rest = { ...folded('name', name), ...withoutName };
  if (emotion === undefined) return { ...rest, emotion: null };
  return scoreToEmotion(score, journey.emotionScale) === emotion ? rest : { ...rest, emotion };
}
