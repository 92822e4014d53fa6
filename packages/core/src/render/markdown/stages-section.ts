import type { RootContent } from 'mdast';
import { formatNumber } from '../../charts/format.ts';
import type { Journey } from '../../schema/journey.ts';
import type { MomentOfTruth } from '../../schema/moment-of-truth.ts';
import type { Stage } from '../../schema/stage.ts';
import type { Step } from '../../schema/step.ts';
import type { JourneyReport } from '../model/journey-report-schema.ts';
import { emphasis, fact, heading, lines, list, listFacts, paragraph, prose, table, type Inline } from './mdast.ts';
import type { Names } from './names.ts';

const momentNames: Record<string, string> = { zero: 'zero moment of truth', first: 'first moment of truth', second: 'second moment of truth', third: 'third moment of truth' };

/** A moment of truth in words: "first moment of truth", or a custom moment's name. */
const momentInWords = (moment: MomentOfTruth) => ('name' in moment && moment.name !== undefined ? moment.name : (momentNames[moment.kind] ?? moment.kind));

/** An emotion on the journey's scale, or a dash without one. */
const emotionText = (emotion: number | undefined) => (emotion === undefined ? '–' : formatNumber(emotion));

/** The row of a step: what happens there, how it feels, what hurts, what could be better and who owns it. */
function stepRow(step: Step, names: Names): Inline[] {
  const touchpoints = (step.touchpoints ?? []).map((t) => {
    const traits = [names.channel(t.channel), ...(t.type === 'indirect' ? ['indirect'] : []), ...(t.automated ? ['automated'] : [])];
    return `${t.name} (${traits.join(', ')})`;
  });
  const pains = (step.painPoints ?? []).map((p) => `${p.title} (${p.severity}, ${p.evidence})`);
  const opportunities = (step.opportunities ?? []).map((o) => `${o.title} (${o.status})`);
  const owners = [...new Set([...(step.touchpoints ?? []), ...(step.painPoints ?? []), ...(step.opportunities ?? [])].flatMap((part) => (part.owner === undefined ? [] : [names.team(part.owner)])))];
  const name = step.momentOfTruth === undefined ? [step.name] : [step.name, emphasis(momentInWords(step.momentOfTruth))];
  return [lines(name), emotionText(step.emotion), lines(touchpoints), lines(pains), lines(opportunities), owners.join(', ')];
}

/** One stage: where it sits, its owner and emotion, what the customer wants, does, thinks and feels, and a table of its steps. */
function stageBlocks(stage: Stage, index: number, journey: Journey, names: Names): RootContent[] {
  const { min, max } = journey.emotionScale;
  const about = [`Stage ${index + 1} of ${journey.stages.length}`, stage.kind];
  if (stage.owner !== undefined) about.push(`owned by ${names.team(stage.owner)}`);
  if (stage.emotion !== undefined) about.push(`emotion ${formatNumber(stage.emotion)} on ${min} to ${max}`);
  const facts: Inline[] = [];
  if (stage.customerGoal !== undefined) facts.push(fact('Customer goal', stage.customerGoal));
  facts.push(...listFacts([['Doing', stage.doing], ['Thinking', stage.thinking], ['Feeling', stage.feeling]]));
  const blocks: (RootContent | undefined)[] = [
    heading(3, stage.name),
    paragraph(emphasis(about.join(' · '))),
    stage.description === undefined ? undefined : prose(stage.description),
    facts.length === 0 ? undefined : list(facts),
    stage.steps.length === 0
      ? paragraph('No steps yet.')
      : table([`Step`, `Emotion (${min} to ${max})`, 'Touchpoints', 'Pain points', 'Opportunities', 'Owners'], stage.steps.map((step) => stepRow(step, names))),
  ];
  return blocks.filter((block) => block !== undefined);
}

/** The stages of a journey in order, a table of steps each. */
export function stagesSection(report: JourneyReport, names: Names): RootContent[] {
  return [heading(2, 'Stages'), ...report.journey.stages.flatMap((stage, i) => stageBlocks(stage, i, report.journey, names))];
}
