// The public surface of @journeykit/core. Pure: nothing here reads files or needs Node.
// Node-only loading lives in `@journeykit/core/node`.

/**
 * The typed model of customer journeys, validation with located diagnostics, metrics, analysis and chart specs.
 * Pure: nothing here reads files or needs Node; `@journeykit/core/node` reads workspaces from disk.
 *
 * @module @journeykit/core
 */
export { defineChannel, defineConfig, defineJourney, defineMetric, definePersona, defineTeam, defineTerm } from './define.ts';

export type { Diagnostic, PathSegment, Position, Result, Severity } from './diagnostics/diagnostic.ts';
export { hasErrors } from './diagnostics/diagnostic.ts';
export type { Rule } from './diagnostics/rule.ts';
/**
 * The catalog of rules, one export per rule: its permanent id, default severity, whether a config
 * may change it, a title, and how to word its message and hint. Tests and tools use the same
 * entries the checker reports from; {@link allRules} has them by id.
 *
 * @example
 * rules.metricWithoutTarget.id; // 'metric/no-target'
 */
export * as rules from './diagnostics/rules.ts';
export { allRules } from './validate/rule-levels.ts';
export { isAllowedUrl, safeUrl, schemeOf, urlKinds, type UrlKind } from './url/url-kinds.ts';

export { channelKinds, type ChannelKind } from './schema/channel-kinds.ts';
export { channelSchema, type Channel, type ChannelInput } from './schema/channel.ts';
export { configSchema, ruleLevels, type Config, type ConfigInput, type RuleLevel } from './schema/config.ts';
export { defaultEmotionScale, emotionScaleSchema, personaEmotions, type EmotionScale } from './schema/emotion.ts';
export type { Extensions } from './schema/entity.ts';
export { configFileNames, entityKinds, fileSchemas, type EntityKind } from './schema/file-kinds.ts';
export { glossaryTermSchema, type GlossaryTerm, type GlossaryTermInput } from './schema/glossary-term.ts';
export { journeySchema, journeyScopes, journeyStatuses, type Journey, type JourneyInput } from './schema/journey.ts';
export {
  journeyChangesSchema,
  journeyVariantSchema,
  type JourneyChanges,
  type JourneyVariant,
  type JourneyVariantInput,
} from './schema/journey-changes.ts';
export {
  metricKinds,
  metricSchema,
  metricScopeSchema,
  metricSourceSchema,
  observationSchema,
  type Metric,
  type MetricInput,
  type MetricKind,
  type Observation,
} from './schema/metric.ts';
export { momentOfTruthKinds, momentOfTruthSchema, type MomentOfTruth, type MomentOfTruthInput } from './schema/moment-of-truth.ts';
export { opportunitySchema, opportunityStatuses, type Opportunity, type OpportunityInput } from './schema/opportunity.ts';
export {
  evidenceLevels,
  painPointSchema,
  severities,
  type EvidenceLevel,
  type PainPoint,
  type PainPointInput,
  type Severity as PainPointSeverity,
  type SeverityScore,
} from './schema/pain-point.ts';
export { numericScales, scaleValue, severityLabel, type ScaleField } from './schema/scales.ts';
export { personaSchema, type Persona, type PersonaInput } from './schema/persona.ts';
export { stageKinds, stageSchema, type Stage, type StageInput, type StageKind } from './schema/stage.ts';
export { stepSchema, type Step, type StepInput } from './schema/step.ts';
export { departments, teamSchema, type Team, type TeamInput } from './schema/team.ts';
export { blueprintLanes, touchpointSchema, type BlueprintLane, type Touchpoint, type TouchpointInput } from './schema/touchpoint.ts';
export { jsonSchemas } from './schema/json-schema.ts';

export { builtinTerms } from './glossary/builtin-terms.ts';
export { linkTerms, mentionedTerms, termMatcher, type Segment, type TermMatcher } from './glossary/term-links.ts';
export { builtinChannels } from './schema/builtin-channels.ts';
export { journeyParts, type JourneyParts, type Part } from './schema/journey-parts.ts';
export { stepEmotion } from './schema/step-emotion.ts';
export { touchpointLane } from './schema/touchpoint-lane.ts';
export type { Workspace } from './schema/workspace.ts';
export type { EventFunnel } from './data/event-collector.ts';
export type { ChannelAttribution } from './data/attribution-by-channel.ts';

export { metricDirection, metricTrend, metricTrendReading, targetStatus, trendPeriods, type TargetStatus, type Trend, type TrendReading } from './analysis/target-status.ts';
export { trendBadge, trendInWords } from './analysis/trend-in-words.ts';
export { seriesStaleness, stalePeriods, type SeriesStaleness } from './analysis/series-staleness.ts';
export { formatNumber } from './charts/format.ts';
export { frictionRanking, type FrictionRank } from './analysis/friction.ts';
export { coverage, type Coverage } from './analysis/coverage.ts';
export { journeyMetrics } from './analysis/journey-metrics.ts';
export { opportunityMatrix, type OpportunityPoint } from './analysis/opportunity-matrix.ts';
export { painOwnership, type OwnedPainPoint, type PainCell, type PainOwnership } from './analysis/pain-ownership.ts';
export {
  compareJourneys,
  type ComparedKpi,
  type ComparedPainPoint,
  type DeliveringOpportunity,
  type EmotionPair,
  type JourneyComparison,
  type NamedRef,
} from './analysis/compare-journeys.ts';

export { diffWorkspaces } from './diff/diff-workspaces.ts';
export { diffMarkdown, type DiffLabels } from './diff/diff-markdown.ts';
export { diffJsonSchema } from './diff/diff-json-schema.ts';
export {
  diffKinds,
  workspaceDiffSchema,
  type DiffKind,
  type DiffPlace,
  type DiffSummary,
  type EntityChange,
  type FieldChange,
  type TargetChange,
  type TargetState,
  type WorkspaceDiff,
} from './diff/diff-schema.ts';

export * from './metrics/index.ts';
export * from './render/index.ts';
export * from './render/words/index.ts';
export * from './charts/index.ts';
export * from './sql/index.ts';

export { checkWorkspace, kindOfFile, type CheckOptions } from './workspace/check-workspace.ts';
export type { SourceFile } from './workspace/source-file.ts';
export type { FileStatus } from './validate/references.ts';
export { locateDiagnostics, sortDiagnostics, type Locator } from './diagnostics/locate-diagnostics.ts';
export { formatDiagnostics, type DiagnosticFormat } from './diagnostics/format-diagnostics.ts';
export { visibleControls } from './diagnostics/visible-controls.ts';
export { closest } from './text/closest.ts';
