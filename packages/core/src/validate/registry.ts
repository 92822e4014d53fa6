import type * as z from 'zod';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { duplicateId } from '../diagnostics/rules.ts';
import { entityKinds, type EntityKind } from '../schema/file-kinds.ts';
import type { Located } from './parse-entities.ts';

/** The entities of a workspace by kind and id. */
export type Registry = { [K in EntityKind]: Map<string, Located<z.output<(typeof entityKinds)[K]['schema']>>> };

/** An empty registry. */
export function emptyRegistry(): Registry {
  return Object.fromEntries(Object.keys(entityKinds).map((kind) => [kind, new Map()])) as Registry;
}

/**
 * Adds entities to a map by id, reporting each id already taken. Built-ins, added first with
 * `override`, give way to the workspace's own entities instead.
 */
export function register<T extends { id: string }>(
  map: Map<string, Located<T>>,
  entities: Iterable<Located<T>>,
  kind: string,
  diagnostics: Diagnostic[],
  builtins: ReadonlySet<string> = new Set(),
): void {
  const overridable = new Set(builtins);
  for (const entity of entities) {
    const first = map.get(entity.value.id);
    if (first !== undefined && !overridable.delete(entity.value.id)) {
      diagnostics.push(duplicate(kind, entity.value.id, first.file, entity.file, [...entity.path, 'id']));
    } else {
      map.set(entity.value.id, entity);
    }
  }
}

/** The diagnostic for an id used a second time. */
export function duplicate(kind: string, id: string, firstFile: string, file: string, path: PathSegment[]): Diagnostic {
  return report(duplicateId, { kind, id, first: firstFile }, { file, path });
}
