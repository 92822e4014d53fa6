import type { Position } from '../diagnostics/diagnostic.ts';
import type { Where } from '../diagnostics/rule.ts';

/** A place in the diagram for a diagnostic: the position, in the file when the diagram has one. */
export function placeIn(file: string | undefined, position: Position): Where {
  return file === undefined ? { ...position } : { file, ...position };
}
