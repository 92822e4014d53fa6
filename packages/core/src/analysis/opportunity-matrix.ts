import { journeyParts } from '../schema/journey-parts.ts';
import type { Journey } from '../schema/journey.ts';
import type { Opportunity } from '../schema/opportunity.ts';
import { scaleValue } from '../schema/scales.ts';

/**
 * An opportunity placed by value against effort, its words turned into numbers on their scales.
 *
 * @example
 * const row: OpportunityPoint = opportunityMatrix(workspace.journeys)[0]!;
 * row.value; // 62.5: the mean of its customer and business value
 */
export interface OpportunityPoint {
  journey: { id: string; title: string };
  id: string;
  title: string;
  status: Opportunity['status'];
  stage: { id: string; name: string };
  /** Undefined for an opportunity of a whole stage. */
  step: { id: string; name: string } | undefined;
  /** 0 to 100. */
  customerValue: number | undefined;
  /** 0 to 100. */
  businessValue: number | undefined;
  /** The mean of the customer and business values given; one alone when only one is. */
  value: number | undefined;
  /** 1 to 5. */
  effort: number | undefined;
  addresses: string[];
}

/**
 * Every opportunity of the journeys, in map order, with its customer and business value (0–100),
 * their mean, and its effort (1–5), whether the author wrote words or numbers.
 *
 * @example
 * opportunityMatrix([journey]).filter((point) => point.value !== undefined && point.effort !== undefined);
 */
export function opportunityMatrix(journeys: readonly Journey[]): OpportunityPoint[] {
  return journeys.flatMap((journey) =>
    journeyParts(journey).opportunities.map(({ value, stage, step }) => {
      const customerValue = value.customerValue === undefined ? undefined : scaleValue('customerValue', value.customerValue);
      const businessValue = value.businessValue === undefined ? undefined : scaleValue('businessValue', value.businessValue);
      const given = [customerValue, businessValue].filter((score) => score !== undefined);
      return {
        journey: { id: journey.id, title: journey.title },
        id: value.id,
        title: value.title,
        status: value.status,
        stage: { id: stage.id, name: stage.name },
        step: step === undefined ? undefined : { id: step.id, name: step.name },
        customerValue,
        businessValue,
        value: given.length === 0 ? undefined : given.reduce((a, b) => a + b, 0) / given.length,
        effort: value.effort === undefined ? undefined : scaleValue('effort', value.effort),
        addresses: value.addresses ?? [],
      };
    }),
  );
}
