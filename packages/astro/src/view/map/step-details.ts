import { journeyParts, scaleValue, type Journey, type Opportunity, type PainPoint, type Touchpoint, type Workspace } from '@journeykit/core';
import { definitionLink, type Links } from '../links.ts';
import { lookup } from '../lookup.ts';
import type { Link } from '../persona-page.ts';
import { teamLink } from '../team-link.ts';
import { momentLabel } from './moments.ts';
import { mapPainPoint, type MapPainPoint } from './pain-summary.ts';

/** A pain point under the map: its severity on the map's terms, its owner and its sources. */
export interface PainDetail {
  pain: PainPoint;
  shown: MapPainPoint;
  owner: Link | undefined;
  /** Where it comes from, linked where the link leads somewhere. */
  sources: { kind: string; title: string; href: string | undefined }[];
}

/** An opportunity under the map: its scores in words, its owner and the pain points it answers. */
export interface OpportunityDetail {
  opportunity: Opportunity;
  /** Like `customer value high (80) · effort 2 (of 5)`; empty when it has no scores. */
  scores: string;
  owner: Link | undefined;
  /** The pain points it answers, each linked to where the detail shows it. */
  answers: Link[];
}

/** A touchpoint under the map: its page, and its channel and kind in words. */
export interface TouchpointDetail {
  touchpoint: Touchpoint;
  href: string;
  /** The channel's name, then what sets it apart: `Kiosk, indirect, automated, front`. */
  channel: string;
  owner: Link | undefined;
  /** Its documents, linked where the link leads somewhere. */
  documents: { title: string; href: string | undefined }[];
}

/** A step under the map, numbered as on the map. */
export interface StepDetail {
  id: string;
  number: number;
  name: string;
  description: string | undefined;
  /** Its emotions, moment of truth and parties, as terms and what they say. */
  facts: { term: string; value: string }[];
  touchpoints: TouchpointDetail[];
  painPoints: PainDetail[];
  opportunities: OpportunityDetail[];
}

/** A stage under the map: what the customer wants, does, thinks and feels in it, and its steps. */
export interface StageDetail {
  id: string;
  name: string;
  kind: string;
  owner: Link | undefined;
  customerGoal: string | undefined;
  description: string | undefined;
  /** The doing, thinking and feeling lanes the stage fills, in that order. */
  lanes: { name: string; items: string[] }[];
  painPoints: PainDetail[];
  opportunities: OpportunityDetail[];
  steps: StepDetail[];
}

const lanes = [
  ['doing', 'Doing'],
  ['thinking', 'Thinking'],
  ['feeling', 'Feeling'],
] as const;

/**
 * The detail under a journey's map, stage by stage and step by step, each item kept with its own
 * step.
 *
 * @example
 * const stages = stepDetails(site.workspace, journey, links(site));
 */
export function stepDetails(workspace: Workspace, journey: Journey, to: Links): StageDetail[] {
  const find = lookup(workspace);
  const team = (id: string | undefined) => teamLink(workspace, to, id);
  const numbers = new Map(journey.stages.flatMap((stage) => stage.steps).map((step, i) => [step, i + 1]));
  const painTitles = new Map(journeyParts(journey).painPoints.map(({ value }) => [value.id, value.title]));
  const opportunity = (op: Opportunity): OpportunityDetail => ({
    opportunity: op,
    scores: opportunityScores(op),
    owner: team(op.owner),
    answers: (op.addresses ?? []).map((id) => ({ href: `#pain-${id}`, text: painTitles.get(id) ?? id })),
  });
  const pain = (painPoint: PainPoint): PainDetail => ({
    pain: painPoint,
    shown: mapPainPoint(painPoint),
    owner: team(painPoint.owner),
    sources: (painPoint.sources ?? []).map((source) => ({ kind: source.kind, title: source.title, href: definitionLink(source.link) })),
  });
  const { max } = journey.emotionScale;
  return journey.stages.map((stage) => ({
    id: stage.id,
    name: stage.name,
    kind: stage.kind,
    owner: team(stage.owner),
    customerGoal: stage.customerGoal,
    description: stage.description,
    lanes: lanes.filter(([lane]) => stage[lane]).map(([lane, name]) => ({ name, items: stage[lane]! })),
    painPoints: (stage.painPoints ?? []).map(pain),
    opportunities: (stage.opportunities ?? []).map(opportunity),
    steps: stage.steps.map((step) => ({
      id: step.id,
      // Numbered as on the map, so a reader finds the column's detail by its number.
      number: numbers.get(step)!,
      name: step.name,
      description: step.description,
      facts: [
        ...(step.emotion === undefined ? [] : [{ term: 'Emotion', value: `${step.emotion} of ${max}` }]),
        ...Object.entries(step.emotions ?? {}).map(([id, value]) => ({ term: find.persona.get(id)?.name ?? id, value: `${value} of ${max}` })),
        ...(step.momentOfTruth ? [{ term: momentLabel(step.momentOfTruth).label, value: 'note' in step.momentOfTruth && step.momentOfTruth.note ? step.momentOfTruth.note : 'yes' }] : []),
        ...(step.parties?.customer ? [{ term: 'Customer side', value: step.parties.customer.join(', ') }] : []),
        ...(step.parties?.company ? [{ term: 'Company side', value: step.parties.company.join(', ') }] : []),
      ],
      touchpoints: (step.touchpoints ?? []).map((touchpoint) => ({
        touchpoint,
        href: to.touchpoint(journey.id, touchpoint.id),
        channel: [find.channel.get(touchpoint.channel)?.name ?? touchpoint.channel, touchpoint.type === 'indirect' && 'indirect', touchpoint.automated && 'automated', touchpoint.lane].filter(Boolean).join(', '),
        owner: team(touchpoint.owner),
        documents: (touchpoint.documents ?? []).map((document) => ({ title: document.title, href: definitionLink(document.link) })),
      })),
      painPoints: (step.painPoints ?? []).map(pain),
      opportunities: (step.opportunities ?? []).map(opportunity),
    })),
  }));
}

/** An opportunity's scores in words: numbers with their scale, levels with the number they stand for. */
function opportunityScores(op: Opportunity): string {
  const score = (field: 'customerValue' | 'businessValue' | 'effort') => {
    const value = op[field];
    if (value === undefined) return undefined;
    return typeof value === 'number' ? `${value} (of ${field === 'effort' ? 5 : 100})` : `${value} (${scaleValue(field, value)})`;
  };
  return [
    ['customer value', score('customerValue')],
    ['business value', score('businessValue')],
    ['effort', score('effort')],
  ]
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name} ${value}`)
    .join(' · ');
}
