// The metrics' public surface: pure functions from data to numbers with their sample sizes.

export { defaultThinSample, sampleOf, type Sample, type SampleOptions } from './sample.ts';
export type { Scale } from './check.ts';
export type { Instant } from './time.ts';
export type { Touch } from './touch.ts';
export type { CalendarPeriod, Granularity, PeriodUnit } from './period.ts';

export { nps, npsMarginOfError95, type NpsResult } from './nps.ts';
export { npsMargin } from './nps-margin.ts';
export type { GoodEnd, SurveyMethod, SurveyOptions, SurveyResult } from './survey.ts';
export { csat, topBoxes, type CsatOptions, type CsatResult } from './csat.ts';
export { ces, easyAnswers, type CesOptions, type CesResult } from './ces.ts';

export { conversionRate, type ConversionRateResult } from './conversion-rate.ts';
export { funnel, type FunnelCount, type FunnelResult, type FunnelStep } from './funnel.ts';
export { funnelFromEvents, type EventFunnelResult, type FunnelEvent } from './funnel-from-events.ts';
export type { EventFunnelOptions, FunnelStepDefinition } from './event-funnel-options.ts';
export { churnRate, type ChurnCounts, type ChurnRateResult } from './churn-rate.ts';
export { retentionRate, type RetentionCounts, type RetentionRateResult } from './retention-rate.ts';
export { cohortRetention, type CohortActivity, type CohortRetentionOptions, type PersonEvent } from './cohort-retention.ts';
export type { CohortRetentionResult, CohortRow, RetentionCell, RetentionMode } from './cohort-retention-of-log.ts';
export type { RetentionAverage } from './retention-average.ts';

export { timeToConvert, type ConversionTiming, type TimeToConvertResult } from './time-to-convert.ts';
export { touchesBeforeConversion, type PersonJourney, type TouchesBeforeConversionResult } from './touches-before-conversion.ts';
export { attributionModels, type AttributionModel } from './attribution-weights.ts';
export { attribution, type AttributionOptions, type AttributionResult, type ConversionPath } from './attribution.ts';
export type { AttributionCredit } from './credit-totals.ts';
