import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { report } from '../../diagnostics/rule.ts';
import { mermaidBadComment } from '../../diagnostics/rules.ts';
import type { DiagramComment } from '../parse/journey-diagram.ts';
import { placeIn } from '../place.ts';

type Shape = 'object' | 'array';

/**
 * The value of a `%% journeykit:` comment when its JSON parses to the shape expected (an object,
 * or an array for actors); otherwise undefined, with a warning, since a comment never breaks a diagram.
 */
export function readComment(comment: DiagramComment | undefined, shape: 'array', file: string | undefined, diagnostics: Diagnostic[]): unknown[] | undefined;
export function readComment(comment: DiagramComment | undefined, shape: 'object', file: string | undefined, diagnostics: Diagnostic[]): Record<string, unknown> | undefined;
export function readComment(comment: DiagramComment | undefined, shape: Shape, file: string | undefined, diagnostics: Diagnostic[]): unknown {
  if (comment === undefined) return undefined;
  const where = placeIn(file, { line: comment.line, column: comment.column });
  let value: unknown;
  try {
    value = JSON.parse(comment.json);
  } catch (error) {
    diagnostics.push(report(mermaidBadComment, { kind: comment.kind, reason: `its JSON cannot be parsed (${(error as Error).message})` }, where));
    return undefined;
  }
  const isArray = Array.isArray(value);
  if (value === null || typeof value !== 'object' || isArray !== (shape === 'array')) {
    diagnostics.push(report(mermaidBadComment, { kind: comment.kind, reason: `expected a JSON ${shape}` }, where));
    return undefined;
  }
  return value;
}
