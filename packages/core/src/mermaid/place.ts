import type { Position } from '../diagnostics/diagnostic.ts';
import type { Where } from '../diagnostics/rule.ts';

/**
 * A place in the diagram for a diagnostic: the position, in the file when the diagram has one. A
 * range ends on the line it starts on: a diagram's texts never span lines.
 */
export function placeIn(file: string | undefined, position: Position): Where {
  const place: Where = position.endColumn === undefined || position.endLine !== undefined ? { ...position } : { ...position, endLine: position.line };
  if (file !== undefined) place.file = file;
  return place;
}
