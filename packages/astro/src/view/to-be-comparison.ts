import { compareJourneys, severityLabel, type EntityChange, type Journey, type TargetStatus, type Workspace } from '@journeykit/core';
import type { SiteData } from '../site-data.ts';
import { links } from './links.ts';
import { statusLabels } from './status-labels.ts';
import { lookup } from './lookup.ts';

/** A pain point the to-be resolves, eases or adds, with where it is and what answers it. */
export interface ComparedPainRow {
  title: string;
  where: string;
  severity: string;
  href: string;
  by: { title: string; href: string }[];
}

/** What a to-be page shows of its comparison with its as-is journey. */
export interface ToBeComparisonModel {
  asIs: { title: string; href: string };
  steps: { added: { name: string; href: string }[]; removed: { name: string; where: string; href: string }[]; changed: { name: string; href: string; what: string[] }[] };
  painPoints: { resolved: ComparedPainRow[]; eased: ComparedPainRow[]; added: ComparedPainRow[] };
  opportunities: { title: string; status: string; href: string; where: string; answers: string[] }[];
  kpis: { name: string; href: string; current: string | undefined; target: string | undefined; status: TargetStatus; statusLabel: string }[];
  /** The as-is emotion over each of the to-be's steps, by step id, for the dashed curve of the map. */
  asIsEmotion: Map<string, number | undefined>;
  /** The same for each persona of the to-be. */
  asIsEmotionOf: Map<string, Map<string, number | undefined>>;
}

const fieldNames: Record<string, string> = { emotion: 'emotion', emotions: 'emotion per persona', name: 'name', touchpoints: 'touchpoints', momentOfTruth: 'moment of truth', blueprint: 'blueprint', parties: 'parties', description: 'description' };

/** The fields a change touched, in words: "emotion 2 → 4", else the field's name. */
function changedWhat(change: EntityChange): string[] {
  const what = change.fields.map((field) =>
    field.field === 'emotion' && typeof field.from === 'number' && typeof field.to === 'number' ? `emotion ${field.from} → ${field.to}` : (fieldNames[field.field] ?? field.field),
  );
  if (change.renamed?.name !== undefined) what.unshift(`renamed from "${change.renamed.name.from}"`);
  if (change.moved !== undefined && !change.moved.reordered) what.push('moved');
  return what;
}

/** The as-is emotion of each step the to-be keeps, by the to-be's step id. */
const byStep = (pairs: readonly { step: { id: string }; asIs: number | undefined; change: string }[]) =>
  new Map(pairs.filter((pair) => pair.change !== 'removed').map((pair) => [pair.step.id, pair.asIs]));

const where = (stage: { name: string }, step: { name: string } | undefined) => (step === undefined ? `${stage.name}, the whole stage` : `${stage.name} › ${step.name}`);

/**
 * The comparison a to-be journey's page shows with its as-is journey, from core's
 * `compareJourneys` (the diff engine): steps added, removed and changed, pain points resolved,
 * eased and added, the opportunities that deliver the change, and each KPI's current value
 * against its target. Undefined for an as-is journey, or a to-be whose as-is is missing.
 */
export function toBeComparison(site: Pick<SiteData, 'root'> & { workspace: Workspace }, toBe: Journey): ToBeComparisonModel | undefined {
  if (toBe.state !== 'to-be' || toBe.variantOf === undefined) return undefined;
  const find = lookup(site.workspace);
  const asIs = find.journey.get(toBe.variantOf);
  if (asIs === undefined) return undefined;
  const to = links(site);
  const comparison = compareJourneys(asIs, toBe, site.workspace.metrics);
  const onToBe = new Set([...toBe.stages.flatMap((stage) => [...(stage.painPoints ?? []), ...stage.steps.flatMap((step) => step.painPoints ?? [])])].map((pain) => pain.id));
  // Titles of every opportunity of either journey: a new pain point is answered by the to-be's own.
  const opportunityTitle = new Map(
    [asIs, toBe].flatMap((journey) => journey.stages.flatMap((stage) => [...(stage.opportunities ?? []), ...stage.steps.flatMap((step) => step.opportunities ?? [])])).map((op) => [op.id, op.title]),
  );
  const painTitle = new Map([...comparison.painPoints.resolved, ...comparison.painPoints.eased].map((pain) => [pain.id, pain.title]));
  const opportunityHref = (id: string) => (toBe.stages.some((stage) => [...(stage.opportunities ?? []), ...stage.steps.flatMap((step) => step.opportunities ?? [])].some((op) => op.id === id)) ? `#opportunity-${id}` : `${to.journey(asIs.id)}#opportunity-${id}`);
  const painRow = (pain: (typeof comparison.painPoints.resolved)[number], page: 'as-is' | 'to-be'): ComparedPainRow => ({
    title: pain.title,
    where: where(pain.stage, pain.step),
    severity: severityLabel(pain.severity),
    href: page === 'to-be' ? `#pain-${pain.id}` : `${to.journey(asIs.id)}#pain-${pain.id}`,
    by: pain.by.map((id) => ({ title: opportunityTitle.get(id) ?? id, href: opportunityHref(id) })),
  });
  return {
    asIs: { title: asIs.title, href: to.journey(asIs.id) },
    steps: {
      added: comparison.steps.added.map((change) => ({ name: change.name, href: `#step-${change.id}` })),
      removed: comparison.steps.removed.map((change) => ({ name: change.name, where: change.place?.stage?.name ?? '', href: `${to.journey(asIs.id)}#step-${change.id}` })),
      changed: comparison.steps.changed.map((change) => ({ name: change.name, href: `#step-${change.id}`, what: changedWhat(change) })),
    },
    painPoints: {
      resolved: comparison.painPoints.resolved.map((pain) => painRow(pain, 'as-is')),
      eased: comparison.painPoints.eased.map((pain) => painRow(pain, onToBe.has(pain.id) ? 'to-be' : 'as-is')),
      added: comparison.painPoints.added.map((pain) => painRow(pain, 'to-be')),
    },
    opportunities: comparison.opportunities.map((op) => ({ title: op.title, status: op.status, href: opportunityHref(op.id), where: where(op.stage, op.step), answers: op.addresses.map((id) => painTitle.get(id) ?? id) })),
    kpis: comparison.kpis.map((kpi) => {
      const unit = kpi.metric.unit === '%' ? '%' : kpi.metric.unit ? ` ${kpi.metric.unit}` : '';
      const format = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)}${unit}`;
      return {
        name: kpi.metric.name,
        href: to.metric(kpi.metric.id),
        current: kpi.current === undefined ? undefined : format(kpi.current.value),
        target: kpi.target === undefined ? undefined : format(kpi.target),
        status: kpi.status,
        statusLabel: statusLabels[kpi.status],
      };
    }),
    asIsEmotion: byStep(comparison.emotion),
    asIsEmotionOf: new Map(toBe.personas.map((persona) => [persona, byStep(compareJourneys(asIs, toBe, [], persona).emotion)])),
  };
}
