import type * as z from 'zod';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { invalidType, invalidValue, missingField, unknownField, urlScheme } from '../diagnostics/rules.ts';
import { closest } from '../text/closest.ts';
import { describeExpected, fieldsOf, isUnion, schemaAt } from './schema-at.ts';

type Issue = z.core.$ZodIssue;

/** How a value reads in a message: its type, and the value itself when short. */
export function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length <= 40 ? `the text "${value}"` : 'a text';
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/**
 * The union member the author meant: the only one whose issues do not start with a type mismatch
 * at the union's own place. Undefined when that is ambiguous.
 */
function meantBranch(branches: readonly Issue[][]): Issue[] | undefined {
  const plausible = branches.filter(
    // A number that is not whole has the right type in the wrong format, so that branch stays plausible.
    (issues) => !issues.some((issue) => issue.path.length === 0 && issue.code === 'invalid_type' && !('format' in issue)),
  );
  return plausible.length === 1 ? plausible[0] : undefined;
}

/** Why a value is too small or too large: too few items, an empty text, or a number past its bound. */
function outOfBounds(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  if (issue.code === 'too_big') return `Too large: expected ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
  if (issue.origin === 'array') return `Too few items: expected at least ${issue.minimum}`;
  if (issue.origin === 'string') return 'Empty text: expected at least one character';
  return `Too small: expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
}

/**
 * Turns zod's issues for one entity into located diagnostics, one per problem.
 * `data` is the entity as written; `at` is where the entity sits in its file.
 */
export function schemaDiagnostics(
  issues: readonly Issue[],
  schema: z.ZodType,
  data: unknown,
  file: string,
  at: readonly PathSegment[] = [],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (issue: Issue, prefix: readonly PathSegment[]) => {
    const local = [...prefix, ...(issue.path as PathSegment[])];
    const where = { file, path: [...at, ...local] };
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = fieldsOf(schemaAt(schema, local));
        for (const field of issue.keys) {
          const args = { field, suggestion: closest(field, allowed), allowed };
          out.push(report(unknownField, args, { file, path: [...where.path, field], atKey: true }));
        }
        return;
      }
      case 'invalid_type': {
        const value = valueAt(data, local);
        const expected = describeExpected(schemaAt(schema, local));
        const field = local.at(-1);
        if (value === undefined && typeof field === 'string') {
          out.push(report(missingField, { field, expected }, { file, path: where.path.slice(0, -1) }));
        } else {
          out.push(report(invalidType, { expected, received: describeReceived(value) }, where));
        }
        return;
      }
      case 'invalid_union': {
        const branch = meantBranch(issue.errors);
        if (branch !== undefined) {
          for (const inner of branch) visit(inner, local);
          return;
        }
        const expected = describeExpected(schemaAt(schema, local));
        out.push(report(invalidType, { expected, received: describeReceived(valueAt(data, local)) }, where));
        return;
      }
      case 'invalid_value': {
        const value = valueAt(data, local);
        const options = issue.values.map(String);
        const field = local.at(-1);
        if (value === undefined && typeof field === 'string') {
          // A required choice left out: say it is missing, as for any other required field.
          out.push(report(missingField, { field, expected: `one of ${options.map((option) => `"${option}"`).join(', ')}` }, { file, path: where.path.slice(0, -1) }));
          return;
        }
        const suggestion = typeof value === 'string' ? closest(value, options) : undefined;
        const shown = typeof value === 'string' ? `"${value}"` : String(value);
        const reason = `Invalid value ${shown}: expected one of ${options.map((option) => `"${option}"`).join(', ')}`;
        out.push(report(invalidValue, { reason, suggestion }, where));
        return;
      }
      case 'too_small':
      case 'too_big': {
        const within = schemaAt(schema, local);
        // A number off a scale that also takes words: name the whole scale, words and numbers.
        const reason =
          issue.origin === 'number' && within !== undefined && isUnion(within)
            ? `Invalid value ${String(valueAt(data, local))}: expected ${describeExpected(within)}`
            : outOfBounds(issue);
        out.push(report(invalidValue, { reason }, where));
        return;
      }
      case 'custom': {
        const value = valueAt(data, local);
        if (issue.params?.['rule'] === urlScheme.id && typeof value === 'string') {
          out.push(report(urlScheme, { url: value, expected: String(issue.params['expected']) }, where));
          return;
        }
        out.push(report(invalidValue, { reason: issue.message.replace(/\.$/, '') }, where));
        return;
      }
      default:
        out.push(report(invalidValue, { reason: issue.message.replace(/\.$/, '') }, where));
    }
  };
  for (const issue of issues) visit(issue, []);
  return out;
}
