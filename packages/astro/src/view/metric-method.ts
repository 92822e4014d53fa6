import { easyAnswers, topBoxes, type Metric } from '@journeykit/core';

const scaleText = (metric: Metric) => (metric.scale ? `${metric.scale.min} to ${metric.scale.max}` : 'its scale');
// The answers a survey metric counts as positive, named as core counts them: the declared ones, else
// its default (top boxes for CSAT, the good side of the midpoint for CES), as a range.
const positiveAnswers = (metric: Metric, defaults: typeof topBoxes, unknown: string) => {
  if (metric.positive) return metric.positive.join(', ');
  if (!metric.scale) return unknown;
  const answers = defaults(metric.scale, metric.goodEnd ?? 'high');
  const [low, high] = [Math.min(...answers), Math.max(...answers)];
  return low === high ? `${low}` : `${low} to ${high}`;
};

const ordinals = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const events = (names: readonly string[]) => names.map((name) => `"${name}"`).join(' or ');

function cohortInWords(retention: NonNullable<NonNullable<Metric['source']>['retention']>): string {
  const { period, mode, offset } = retention;
  const which = ordinals[offset] === undefined ? `${period} ${offset}` : `the ${ordinals[offset]} ${period}`;
  return `Cohort retention from the event log: people are grouped by the ${period} of their first ${events(retention.start)}; the value is the share of a cohort with ${events(retention.return)} in ${which} after it${mode === 'on-or-after' ? ' or any later one' : ''}. Each cohort counts once its ${period} ${offset} has ended; averages across cohorts are weighted by their size.`;
}

const orders = { sequential: 'in order, other events allowed between', strict: 'in order, with no other event between', any: 'in any order' };
const units = { person: 'people', account: 'accounts', session: 'sessions' };

// The headline of a funnel read from an event log is its overall conversion per cohort, not the
// step-to-step conversion of a hand-written one: the words say so.
function eventFunnelInWords(source: NonNullable<Metric['source']>): string {
  const { order, windowDays, unit, exclude } = source.funnel;
  const period = source.period ?? 'month';
  const voided = exclude.length === 0 ? '' : ` An attempt with ${events(exclude)} before it completes does not count.`;
  const steps =
    source.funnel.steps === undefined
      ? "The steps are the journey's stages, each reached through the events of its touchpoints."
      : `The steps are ${source.funnel.steps.map((step) => `${step.name} (${events(step.events)}${step.optional ? ', optional' : ''})`).join(' → ')}.`;
  return `Funnel conversion from the event log: of the ${units[unit]} who entered the funnel in a ${period} (an event of its first step), the share who went on through every step within ${windowDays} days, ${orders[order]}, as a percentage; the ${period} they entered in is their cohort. ${steps}${voided} The funnel below gives the conversion from step to step.`;
}

/** How a metric is computed, in a sentence a stakeholder can check. */
export function metricMethodInWords(metric: Metric): string {
  switch (metric.kind) {
    case 'nps':
      return 'Net Promoter Score: the share of promoters (9–10) minus the share of detractors (0–6) among everyone who answered "How likely are you to recommend us?" on 0–10, times 100; from −100 to 100.';
    case 'csat':
      return metric.method === 'mean'
        ? `Customer satisfaction: the mean answer on a scale of ${scaleText(metric)}.`
        : `Customer satisfaction: the share of answers of ${positiveAnswers(metric, topBoxes, 'the top answers')} on a scale of ${scaleText(metric)}, times 100.`;
    case 'ces':
      return metric.method === 'mean'
        ? `Customer effort: the mean answer on a scale of ${scaleText(metric)}, where ${(metric.goodEnd ?? 'high') === 'high' ? 'higher' : 'lower'} means easier.`
        : `Customer effort: the share of "easy" answers (${positiveAnswers(metric, easyAnswers, 'the answers on the easy side of the scale')}) on a scale of ${scaleText(metric)}, times 100.`;
    case 'conversion':
      if (metric.source?.format === 'events') return eventFunnelInWords(metric.source);
      return 'Conversion: the people who reached this point divided by those who reached the previous one, as a percentage.';
    case 'churn':
      return 'Churn: customers lost during the period divided by customers at its start, as a percentage.';
    case 'retention':
      if (metric.source?.retention) return cohortInWords(metric.source.retention);
      return 'Retention: customers at the end of the period minus new customers, divided by customers at its start, as a percentage.';
    default:
      return `A ${metric.kind} metric${metric.unit ? ` measured in ${metric.unit}` : ''}${metric.description ? '' : ', as the team defines it'}.`;
  }
}
