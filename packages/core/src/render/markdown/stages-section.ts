import type { RootContent } from 'mdast';
import { formatNumber } from '../../charts/format.ts';
import type { Journey } from '../../schema/journey.ts';
import { touchpointLane } from '../../schema/touchpoint-lane.ts';
import type { MomentOfTruth } from '../../schema/moment-of-truth.ts';
import type { Opportunity } from '../../schema/opportunity.ts';
import type { PainPoint } from '../../schema/pain-point.ts';
import { severityLabel } from '../../schema/scales.ts';
import type { Stage } from '../../schema/stage.ts';
import type { Step } from '../../schema/step.ts';
import { blueprintLanes, type BlueprintLane } from '../../schema/touchpoint.ts';
import type { JourneyReport } from '../model/journey-report-schema.ts';
import { emphasis, fact, heading, lines, list, listFacts, paragraph, prose, strong, table, type Inline } from './mdast.ts';
import type { Names } from './names.ts';

const momentNames: Record<string, string> = { zero: 'zero moment of truth', first: 'first moment of truth', second: 'second moment of truth', third: 'third moment of truth' };

/** A moment of truth in words: "first moment of truth", or a custom moment's name. */
const momentInWords = (moment: MomentOfTruth) => ('name' in moment && moment.name !== undefined ? moment.name : (momentNames[moment.kind] ?? moment.kind));

/** An emotion on the journey's scale, or a dash without one. */
const emotionText = (emotion: number | undefined) => (emotion === undefined ? '–' : formatNumber(emotion));

const painText = (p: PainPoint) => `${p.title} (${severityLabel(p.severity)}, ${p.evidence})`;
const opportunityText = (o: Opportunity) => `${o.title} (${o.status})`;

/** A step's emotion, then each persona's own where the step gives one. */
function emotionLines(step: Step, names: Names): Inline[] {
  const own = Object.entries(step.emotions ?? {}).map(([persona, value]) => `${names.persona(persona)}: ${formatNumber(value)}`);
  return [emotionText(step.emotion), ...own];
}

/** The row of a step: what happens there, how it feels, what hurts, what could be better and who owns it. */
function stepRow(step: Step, names: Names): Inline[] {
  const touchpoints = (step.touchpoints ?? []).map((t) => {
    const traits = [names.channel(t.channel), ...(t.lane === undefined ? [] : [t.lane]), ...(t.type === 'indirect' ? ['indirect'] : []), ...(t.automated ? ['automated'] : [])];
    return `${t.name} (${traits.join(', ')})`;
  });
  const pains = (step.painPoints ?? []).map(painText);
  const opportunities = (step.opportunities ?? []).map(opportunityText);
  const owners = [...new Set([...(step.touchpoints ?? []), ...(step.painPoints ?? []), ...(step.opportunities ?? [])].flatMap((part) => (part.owner === undefined ? [] : [names.team(part.owner)])))];
  const name = step.momentOfTruth === undefined ? [step.name] : [step.name, emphasis(momentInWords(step.momentOfTruth))];
  return [lines(name), lines(emotionLines(step, names)), lines(touchpoints), lines(pains), lines(opportunities), owners.join(', ')];
}

const laneNames: Record<BlueprintLane, string> = { customer: 'Customer actions', frontstage: 'Frontstage', backstage: 'Backstage', support: 'Support processes' };

/**
 * The service blueprint of a stage, a column per step so nothing mixes across steps: each lane's
 * actions and the touchpoints in it. Only for a stage with a blueprint or a touchpoint that names
 * its lane; a touchpoint that names none sits frontstage (direct) or with the customer (indirect).
 */
function blueprintTable(stage: Stage): RootContent[] {
  const drawn = stage.steps.some((step) => step.blueprint !== undefined || (step.touchpoints ?? []).some((t) => t.lane !== undefined));
  if (!drawn) return [];
  const rows = blueprintLanes.map((lane) => [
    laneNames[lane],
    ...stage.steps.map((step) => lines([...(step.blueprint?.[lane] ?? []), ...(step.touchpoints ?? []).filter((t) => touchpointLane(t) === lane).map((t) => emphasis(t.name))])),
  ]);
  return [paragraph(strong(`Service blueprint of ${stage.name}`)), table(['Lane', ...stage.steps.map((step) => step.name)], rows)];
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
  facts.push(
    ...listFacts([
      ['Pain points of the whole stage', stage.painPoints?.map(painText)],
      ['Opportunities for the whole stage', stage.opportunities?.map(opportunityText)],
    ]),
  );
  const blocks: (RootContent | undefined)[] = [
    heading(3, stage.name),
    paragraph(emphasis(about.join(' · '))),
    stage.description === undefined ? undefined : prose(stage.description),
    facts.length === 0 ? undefined : list(facts),
    stage.steps.length === 0
      ? paragraph('No steps yet.')
      : table([`Step`, `Emotion (${min} to ${max})`, 'Touchpoints', 'Pain points', 'Opportunities', 'Owners'], stage.steps.map((step) => stepRow(step, names))),
    ...blueprintTable(stage),
  ];
  return blocks.filter((block) => block !== undefined);
}

/** The stages of a journey in order, a table of steps each. */
export function stagesSection(report: JourneyReport, names: Names): RootContent[] {
  return [heading(2, 'Stages'), ...report.journey.stages.flatMap((stage, i) => stageBlocks(stage, i, report.journey, names))];
}
