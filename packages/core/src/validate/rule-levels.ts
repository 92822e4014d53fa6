import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.ts';
import { report, type Rule } from '../diagnostics/rule.ts';
import * as catalog from '../diagnostics/rules.ts';
import type { RuleLevel } from '../schema/config.ts';
import { closest } from '../text/closest.ts';

/**
 * Every rule Journeykit reports, by id.
 *
 * @example
 * allRules.get('metric/no-target')?.title; // one line on what the rule checks
 * [...allRules.values()].filter((rule) => rule.configurable).length;
 */
export const allRules: ReadonlyMap<string, Rule<never>> = new Map(
  Object.values(catalog as Record<string, Rule<never>>).map((rule) => [rule.id, rule]),
);

/** Checks the `rules` section of the config: every id must exist and be configurable. */
export function checkRuleLevels(levels: Record<string, RuleLevel>, file: string, at: PathSegment[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const id of Object.keys(levels)) {
    const rule = allRules.get(id);
    const where = { file, path: [...at, 'rules', id], atKey: true };
    if (rule === undefined) diagnostics.push(report(catalog.unknownRule, { rule: id, suggestion: closest(id, allRules.keys()) }, where));
    else if (!rule.configurable) diagnostics.push(report(catalog.ruleNotConfigurable, { rule: id }, where));
  }
  return diagnostics;
}

/** Applies the config's severities: changes them for configurable rules and drops those turned off. */
export function applyRuleLevels(diagnostics: readonly Diagnostic[], levels: Record<string, RuleLevel>): Diagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const level = allRules.get(diagnostic.rule)?.configurable ? levels[diagnostic.rule] : undefined;
    if (level === undefined) return [diagnostic];
    return level === 'off' ? [] : [{ ...diagnostic, severity: level }];
  });
}
