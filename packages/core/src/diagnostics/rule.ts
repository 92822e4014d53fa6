import type { Diagnostic, PathSegment, Position, Severity } from './diagnostic.ts';

/**
 * A kind of problem: a permanent id, a default severity, and how to say what happened and what to do.
 *
 * @example
 * const rule: Rule<never> | undefined = allRules.get('metric/no-target');
 * rule?.severity; // 'warning'
 */
export interface Rule<Args = void> {
  /** Permanent id, like `refs/persona-exists`; never reused for another meaning. */
  id: string;
  /** Severity unless the workspace config says otherwise. */
  severity: Severity;
  /** Whether a workspace may change the severity or turn the rule off. Broken input cannot be. */
  configurable: boolean;
  /** One line on what the rule checks, for the rules reference. */
  title: string;
  message: (args: Args) => string;
  hint?: (args: Args) => string;
}

/** Where a problem is: a file, and a path into its data or a position in its text. */
export interface Where extends Partial<Position> {
  file?: string;
  path?: PathSegment[];
  atKey?: boolean;
}

/** Declares a rule; the catalog in `rules.ts` is the only caller. */
export function defineRule<Args = void>(rule: Rule<Args>): Rule<Args> {
  return rule;
}

/** Makes the diagnostic a rule reports for these inputs at this place. */
export function report<Args>(rule: Rule<Args>, args: Args, where: Where = {}): Diagnostic {
  const diagnostic: Diagnostic = { rule: rule.id, severity: rule.severity, message: rule.message(args) };
  const hint = rule.hint?.(args);
  if (hint !== undefined) diagnostic.hint = hint;
  return Object.assign(diagnostic, where);
}
