import { journeyMetrics, targetStatus, type ChannelKind, type Journey, type Metric, type TargetStatus, type Workspace } from '@journeykit/core';
import type { SiteData } from '../../site-data.ts';
import { filterRules, type FilterGroup } from '../filter-rules.ts';
import { links } from '../links.ts';
import { statusLabels } from '../status-labels.ts';
import { lookup } from '../lookup.ts';
import { blueprintRows, type BlueprintRow } from './blueprint.ts';
import { mapColumns, type MapColumns } from './columns.ts';
import { emotionLaneSvg, scaleTicks, type EmotionCurve, type ScaleTick } from './emotion-lane.ts';
import { momentLabel } from './moments.ts';
import { painSummary, type PainSummary } from './pain-summary.ts';
import { softHyphens } from './soft-hyphens.ts';
import { asIsCurves, emotionCurves } from './step-emotions.ts';
import type { ToBeComparisonModel } from '../to-be-comparison.ts';

/** A touchpoint in the map's touchpoint lane. */
export interface MapTouchpoint {
  id: string;
  name: string;
  href: string;
  channel: string;
  /** The channel's kind, which picks its icon; custom channels share a neutral one. */
  kind: ChannelKind;
  indirect: boolean;
  automated: boolean;
}

/** An opportunity in the map's opportunity lane. */
export interface MapOpportunity {
  id: string;
  title: string;
  status: string;
}

/** A stage's KPI with where it stands against its target. */
export interface MapKpi {
  id: string;
  name: string;
  href: string;
  status: TargetStatus;
  statusLabel: string;
}

/** Everything the overview map of a journey shows, column by column. */
export interface JourneyMapModel {
  columns: MapColumns;
  /** Step headers: anchors of the step's detail below, and its moment of truth in words. */
  steps: { id: string; name: string; anchor: string; placeholder: boolean; moment: string | undefined }[];
  touchpoints: MapTouchpoint[][];
  emotion: {
    svg: string;
    ticks: ScaleTick[];
    curves: EmotionCurve[];
    /** The persona filter, when the emotion lane has one curve per persona. */
    filter: FilterGroup | undefined;
  };
  pain: PainSummary[];
  /** Pain points of stages as a whole, one summary per stage; undefined when no stage has any. */
  stagePain: PainSummary[] | undefined;
  opportunities: MapOpportunity[][];
  stageOpportunities: MapOpportunity[][] | undefined;
  kpis: MapKpi[][];
  blueprint: BlueprintRow[] | undefined;
  /** The stylesheet the map needs in the page's head: its number of columns, the scale's places and the persona filter. */
  css: string;
}

/** The id of the map on the page, which `…/journeys/<id>/#journey-map` links to. */
export const journeyMapId = 'journey-map';

/** The metrics that measure a stage as a whole (not one of its steps or touchpoints). */
function stageKpis(metrics: readonly Metric[], stageId: string): Metric[] {
  return metrics.filter((m) => m.scope?.stage === stageId && m.scope.step === undefined && m.scope.touchpoint === undefined);
}

/** A pain summary whose worst pain point's title may break at syllables in a narrow column. */
const hyphenatedWorst = (summary: PainSummary): PainSummary =>
  summary.worst === undefined ? summary : { ...summary, worst: { ...summary.worst, title: softHyphens(summary.worst.title) } };

/** The id of the service blueprint on the page. */
export const blueprintId = 'blueprint';

/**
 * The CSS that sizes the map and the blueprint to their number of step columns and places the
 * emotion scale's labels at the heights of their values, written in the page's head because
 * pages carry no inline styles.
 */
export function layoutCss(steps: number, ticks: readonly ScaleTick[]): string {
  return [
    `#${journeyMapId},#${blueprintId}{--jk-steps:${steps}}`,
    ...ticks.map((tick, i) => `#${journeyMapId} .jk-tick[data-tick="${i}"]{top:${(tick.fraction * 100).toFixed(2)}%}`),
  ].join('\n');
}

/**
 * The CSS of the persona filter: curves of other personas are hidden (as the portfolio's facets
 * do). While every persona shows, the curves run side by side (each dodged a few pixels) and the
 * lowest and highest points over all of them are labelled instead of each curve's, so the labels
 * neither pile up nor miss a lower curve; curves for every persona at once (the as-is default)
 * show only then, and each persona's as-is curve only with that persona. A chosen persona's
 * curve sits at its true height.
 */
export function personaFilterCss(group: FilterGroup): string {
  return [
    filterRules(journeyMapId, [group]),
    `#${journeyMapId}:has(input[name="${group.name}"][value=""]:checked) .jk-curve .jk-extreme{display:none}`,
    `#${journeyMapId}:has(input[name="${group.name}"]:not([value=""]):checked) .jk-curve{transform:none}`,
    `#${journeyMapId}:has(input[name="${group.name}"]:not([value=""]):checked) [data-all-only]{display:none}`,
    `#${journeyMapId}:has(input[name="${group.name}"][value=""]:checked) .jk-curve-dashed[data-persona]{display:none}`,
  ].join('\n');
}

/**
 * The overview map of a journey: step columns under stage headers, and the touchpoint, emotion,
 * pain point, opportunity and KPI lanes over them, plus the service blueprint by step; for a
 * to-be journey, its comparison adds the as-is curve, dashed. A pure function of the workspace,
 * so the page only places what it returns.
 */
export function journeyMap(site: Pick<SiteData, 'root'> & { workspace: Workspace }, journey: Journey, comparison?: ToBeComparisonModel): JourneyMapModel {
  const { workspace } = site;
  const to = links(site);
  const find = lookup(workspace);
  const columns = mapColumns(journey);
  const stepsByColumn = journey.stages.flatMap((stage) => (stage.steps.length === 0 ? [undefined] : stage.steps));
  // A to-be journey shows the KPIs of its as-is too: the ones it sets out to move.
  const metrics = journeyMetrics(journey, workspace.metrics);
  const personaName = (id: string) => find.persona.get(id)?.name ?? id;

  const curves = emotionCurves(journey, personaName);
  if (comparison !== undefined) {
    const personas = curves.filter((curve) => curve.persona !== undefined);
    curves.push(...asIsCurves(journey, comparison.asIs.title, { byDefault: comparison.asIsEmotion, byPersona: comparison.asIsEmotionOf }, personas));
  }
  const moments = stepsByColumn.flatMap((step, index) => (step?.momentOfTruth === undefined ? [] : [{ index, ...momentLabel(step.momentOfTruth) }]));
  const svg = emotionLaneSvg({ columns: columns.steps.length, scale: journey.emotionScale, curves, moments, stepNames: columns.steps.map((s) => s.name) });
  const personaCurves = curves.filter((curve) => curve.persona !== undefined && !curve.dashed);
  const filter =
    personaCurves.length > 1
      ? { name: 'persona', legend: 'Emotion of', options: personaCurves.map((curve) => ({ value: curve.persona!, label: curve.label })) }
      : undefined;

  const opportunity = (op: { id: string; title: string; status: string }): MapOpportunity => ({ id: op.id, title: softHyphens(op.title), status: op.status });
  const anyStagePain = journey.stages.some((stage) => (stage.painPoints?.length ?? 0) > 0);
  const anyStageOpportunity = journey.stages.some((stage) => (stage.opportunities?.length ?? 0) > 0);

  return {
    columns,
    steps: columns.steps.map((column, i) => {
      const step = stepsByColumn[i];
      return {
        id: column.id,
        name: softHyphens(column.name),
        anchor: step === undefined ? `stage-${column.stageId}` : `step-${step.id}`,
        placeholder: step === undefined,
        moment: step?.momentOfTruth === undefined ? undefined : momentLabel(step.momentOfTruth).label,
      };
    }),
    touchpoints: stepsByColumn.map((step) =>
      (step?.touchpoints ?? []).map((tp) => {
        const channel = find.channel.get(tp.channel);
        return {
          id: tp.id,
          name: softHyphens(tp.name),
          href: to.touchpoint(journey.id, tp.id),
          channel: channel?.name ?? tp.channel,
          kind: channel?.kind ?? 'custom',
          indirect: tp.type === 'indirect',
          automated: tp.automated,
        };
      }),
    ),
    emotion: { svg, ticks: scaleTicks(journey.emotionScale), curves, filter },
    pain: stepsByColumn.map((step) => hyphenatedWorst(painSummary(step?.painPoints ?? []))),
    stagePain: anyStagePain ? journey.stages.map((stage) => hyphenatedWorst(painSummary(stage.painPoints ?? []))) : undefined,
    opportunities: stepsByColumn.map((step) => (step?.opportunities ?? []).map(opportunity)),
    stageOpportunities: anyStageOpportunity ? journey.stages.map((stage) => (stage.opportunities ?? []).map(opportunity)) : undefined,
    kpis: journey.stages.map((stage) =>
      stageKpis(metrics, stage.id).map((metric) => {
        const { status } = targetStatus(metric);
        return { id: metric.id, name: metric.name, href: to.metric(metric.id), status, statusLabel: statusLabels[status] };
      }),
    ),
    blueprint: blueprintRows(journey),
    css: [layoutCss(columns.steps.length, scaleTicks(journey.emotionScale)), ...(filter === undefined ? [] : [personaFilterCss(filter)])].join('\n'),
  };
}
