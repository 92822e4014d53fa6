import type { CohortRetentionResult } from '../metrics/cohort-retention-of-log.ts';
import type { Observation } from '../schema/metric.ts';

/**
 * A cohort table as a metric series: for each cohort that has completed the period `offset`
 * periods after its own, the share of it that came back then, with n its size. Cohorts still
 * inside that period are left out, since their value may still rise.
 *
 * @example
 * retentionAt(table, 1); // [{ period: '2026-01', value: 33.3, n: 3 }, …]
 */
export function retentionAt(table: CohortRetentionResult, offset: number): Observation[] {
  return table.cohorts.flatMap((row) => {
    const cell = row.values[offset];
    return cell === undefined || cell.incomplete ? [] : [{ period: row.cohort, value: cell.value, n: row.size }];
  });
}
