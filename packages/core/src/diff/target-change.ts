import { targetStatus } from '../analysis/target-status.ts';
import type { Metric } from '../schema/metric.ts';
import type { TargetChange, TargetState } from './diff-schema.ts';

/**
 * How a metric's latest value stands against its target on each side, when the standing changed;
 * `crossed` when it went from met to missed or back.
 *
 * @example
 * targetChange(before, after);
 * // { from: { status: 'missed', period: '2026-Q1', value: 38, target: 40 }, to: { status: 'met', … }, crossed: true }
 */
export function targetChange(base: Metric, head: Metric): TargetChange | undefined {
  const from = targetState(base);
  const to = targetState(head);
  if (from.status === to.status) return undefined;
  const reached = new Set([from.status, to.status]);
  return { from, to, crossed: reached.has('met') && reached.has('missed') };
}

function targetState(metric: Metric): TargetState {
  const { status, latest, target } = targetStatus(metric);
  const state: TargetState = { status };
  if (latest !== undefined) Object.assign(state, { period: latest.period, value: latest.value });
  if (target !== undefined) state.target = target;
  return state;
}
