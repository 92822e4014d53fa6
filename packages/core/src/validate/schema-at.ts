import type * as z from 'zod';
import type { PathSegment } from '../diagnostics/diagnostic.ts';

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType };

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** Unwraps optional, default and pipe wrappers down to the schema that checks the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (inner === undefined) return current;
    current = inner;
  }
}

/** The schema that checks the value at `path`, or undefined when the path leaves the schema. */
export function schemaAt(root: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(root);
  for (const segment of path) {
    if (current === undefined) return undefined;
    const def = defOf(current);
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'union') current = def.options?.map(unwrap).find((option) => defOf(option).type === 'object');
    else return undefined;
    if (current !== undefined) current = unwrap(current);
  }
  return current;
}

/** The field names an object schema allows, for "did you mean" and the list in the hint. */
export function fieldsOf(schema: z.ZodType | undefined): string[] {
  if (schema === undefined) return [];
  const def = defOf(unwrap(schema));
  if (def.type === 'union') return fieldsOf(def.options?.find((option) => defOf(unwrap(option)).type === 'object'));
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** A short phrase for what a schema expects, like `a number` or `one of "low", "high"`. */
export function describeExpected(schema: z.ZodType | undefined): string {
  if (schema === undefined) return 'a value';
  const def = defOf(unwrap(schema)) as Def & { entries?: Record<string, string> };
  switch (def.type) {
    case 'string':
      return 'a text';
    case 'number':
      return numberExpected(schema);
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a mapping';
    case 'enum':
      return `one of ${Object.values(def.entries ?? {}).map((value) => `"${value}"`).join(', ')}`;
    case 'union':
      return (def.options ?? []).map(describeExpected).join(' or ');
    default:
      return 'a value';
  }
}

/** A number with its range, like `a whole number from 1 to 5`, when the schema bounds it. */
function numberExpected(schema: z.ZodType): string {
  const number = unwrap(schema) as z.ZodNumber;
  const kind = number.format === 'safeint' ? 'a whole number' : 'a number';
  const { minValue, maxValue } = number;
  return Number.isFinite(minValue) && Number.isFinite(maxValue) ? `${kind} from ${minValue} to ${maxValue}` : kind;
}

/** Whether a schema, once unwrapped, is a union, such as a scale of words or numbers. */
export function isUnion(schema: z.ZodType): boolean {
  return defOf(unwrap(schema)).type === 'union';
}
