import type * as z from 'zod';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.ts';
import { schemaDiagnostics } from './schema-issues.ts';

/** An entity with the place it was defined: its file and its path in the file's data. */
export interface Located<T> {
  value: T;
  file: string;
  path: PathSegment[];
  /** For a salvaged entity: maps a path inside the pruned value back to the same place in the file. */
  restorePath?: (path: PathSegment[]) => PathSegment[];
  /**
   * For a salvaged entity: whether only unknown fields were cut away, so that the rest is the
   * entity as written and the semantic rules can judge it.
   */
  asWritten?: boolean;
}

/** A list item cut away by {@link salvage}: the list's path and the item's index at the time. */
type Splice = { list: PathSegment[]; index: number };

/** How many rounds of pruning {@link salvage} tries before giving up. */
const salvageRounds = 5;

/**
 * What is left of an invalid entity once its invalid parts are cut away: each problem removes the
 * smallest list item that holds it, or the field itself when no list does. Used only to check the
 * references of the rest, so that one typo does not hide every other problem of the file.
 */
export function salvage<S extends z.ZodType>(
  schema: S,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
): { value: z.output<S>; restorePath: (path: PathSegment[]) => PathSegment[]; asWritten: boolean } | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const current: unknown = structuredClone(data);
  const splices: Splice[] = [];
  let asWritten = true;
  // Later issues first, so cutting an item does not move the items earlier issues point at.
  let problems = [...issues].reverse();
  for (let round = 0; round < salvageRounds; round++) {
    for (const issue of problems) {
      if (issue.code !== 'unrecognized_keys') asWritten = false;
      prune(current, issue, splices);
    }
    const result = schema.safeParse(current);
    if (result.success) return { value: result.data, restorePath: (path) => restore(path, splices), asWritten };
    problems = [...result.error.issues].reverse();
  }
  return undefined;
}

/** Undoes the index shifts of the splices, newest first. */
function restore(path: PathSegment[], splices: readonly Splice[]): PathSegment[] {
  const out = [...path];
  for (const { list, index } of [...splices].reverse()) {
    const at = list.length;
    const next = out[at];
    if (typeof next === 'number' && next >= index && list.every((segment, i) => out[i] === segment)) out[at] = next + 1;
  }
  return out;
}

function prune(data: unknown, issue: z.core.$ZodIssue, splices: Splice[]): void {
  const path = issue.path as PathSegment[];
  const parents: unknown[] = [];
  let node = data;
  for (const segment of path) {
    parents.push(node);
    node = (node as Record<PathSegment, unknown> | undefined)?.[segment];
  }
  const field = path.at(-1);
  const parent = parents.at(-1) as Record<PathSegment, unknown> | undefined;
  if (issue.code === 'unrecognized_keys' && node !== null && typeof node === 'object') {
    for (const key of issue.keys) delete (node as Record<string, unknown>)[key];
    return;
  }
  // A wrong choice or a missing field gets a stand-in, so the entity around it survives.
  if (issue.code === 'invalid_value' && parent !== undefined && field !== undefined && issue.values.length > 0) {
    parent[field] = issue.values[0];
    return;
  }
  // A word or a number off its scale: the first word, or the bound, stands in.
  if (issue.code === 'invalid_union' && parent !== undefined && field !== undefined) {
    const word = issue.errors.flat().find((inner) => inner.path.length === 0 && inner.code === 'invalid_value' && inner.values.length > 0);
    if (word?.code === 'invalid_value') {
      parent[field] = word.values[0];
      return;
    }
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'number' && issue.inclusive && parent !== undefined && field !== undefined) {
    parent[field] = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    return;
  }
  if (issue.code === 'invalid_type' && node === undefined && parent !== undefined && field !== undefined && issue.expected in standIns) {
    parent[field] = standIns[issue.expected as keyof typeof standIns]();
    return;
  }
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const parent = parents[depth];
    const segment = path[depth]!;
    if (Array.isArray(parent) && typeof segment === 'number') {
      if (segment < parent.length) {
        parent.splice(segment, 1);
        splices.push({ list: path.slice(0, depth), index: segment });
      }
      return;
    }
  }
  if (field !== undefined && parent !== null && typeof parent === 'object') delete parent[field];
}

/** Values that stand in for a missing required field while references are checked. */
const standIns = { string: () => '?', number: () => 0, boolean: () => false, array: () => [], object: () => ({}) };

/**
 * Validates the data of one definition file: a single entity, or a list of entities of the same
 * kind (handy for teams or glossary terms). Returns the valid entities and a diagnostic per problem.
 * `schemaOf` picks another schema for an item written in another form of the kind, like a to-be
 * journey that declares only its changes.
 */
export function parseEntities<S extends z.ZodType>(
  defaultSchema: S,
  data: unknown,
  file: string,
  schemaOf: (item: unknown) => z.ZodType = () => defaultSchema,
): { entities: Located<z.output<S>>[]; salvaged: Located<z.output<S>>[]; diagnostics: Diagnostic[] } {
  const items: [unknown, PathSegment[]][] = Array.isArray(data) ? data.map((item, index) => [item, [index]]) : [[data, []]];
  const entities: Located<z.output<S>>[] = [];
  const salvaged: Located<z.output<S>>[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [item, path] of items) {
    const schema = schemaOf(item);
    const result = schema.safeParse(item);
    if (result.success) {
      entities.push({ value: result.data as z.output<S>, file, path });
      continue;
    }
    diagnostics.push(...schemaDiagnostics(result.error.issues, schema, item, file, path));
    const rest = salvage(schema, item, result.error.issues);
    if (rest !== undefined) salvaged.push({ value: rest.value as z.output<S>, file, path, restorePath: rest.restorePath, asWritten: rest.asWritten });
  }
  return { entities, salvaged, diagnostics };
}
