// Walks a JSON Schema (as `jsonSchemas()` publishes them) into the tables of the reference: one
// per object an author writes, each with its fields, in the order the schema declares them.

/** The part of JSON Schema the zod schemas produce. */
export interface JsonSchema {
  type?: string | string[] | undefined;
  title?: string | undefined;
  description?: string | undefined;
  default?: unknown | undefined;
  enum?: unknown[] | undefined;
  const?: unknown | undefined;
  pattern?: string | undefined;
  format?: string | undefined;
  properties?: Record<string, JsonSchema> | undefined;
  required?: string[] | undefined;
  additionalProperties?: boolean | JsonSchema | undefined;
  patternProperties?: Record<string, JsonSchema> | undefined;
  items?: JsonSchema | undefined;
  anyOf?: JsonSchema[] | undefined;
  oneOf?: JsonSchema[] | undefined;
  minItems?: number | undefined;
  exclusiveMinimum?: number | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
}

/** One field of an object, ready for a table row. */
export interface Field {
  name: string;
  type: string;
  required: boolean;
  default?: unknown;
  description: string;
}

/** An object authors write: the file's top level, or a nested one such as a journey's stages. */
export interface ObjectTable {
  /** Where it sits in a file, like `stages[].steps[]`; empty for the top level. */
  path: string;
  title: string;
  description: string;
  fields: Field[];
  /** Whether keys starting with `x-` are allowed next to the fields. */
  extensible: boolean;
}

/** How a reference to a nested object is written in a type cell; the page decides (a link). */
export type ObjectLink = (table: { path: string; title: string }) => string;

const idPattern = '^[a-z0-9]+(?:[-_][a-z0-9]+)*$';

/** The object of a schema that may be written as one object or a list of them (entity files). */
function single(schema: JsonSchema): JsonSchema {
  const [one, many] = schema.anyOf ?? [];
  if (one?.properties !== undefined && many?.type === 'array') return { ...one, title: schema.title, description: schema.description };
  return schema;
}

/** The object branch of a schema, if authors write an object there. */
function objectOf(schema: JsonSchema): JsonSchema | undefined {
  if (schema.properties !== undefined) return schema;
  return (schema.anyOf ?? schema.oneOf ?? []).find((branch) => branch.properties !== undefined);
}

/** Every object table of a file kind's schema, the top level first, then nested ones depth first. */
export function objectTables(fileSchema: JsonSchema, link: ObjectLink): ObjectTable[] {
  const tables: ObjectTable[] = [];
  const visit = (schema: JsonSchema, path: string, title: string, description: string) => {
    const table: ObjectTable = { path, title, description, fields: [], extensible: schema.patternProperties?.['^x-'] !== undefined };
    tables.push(table);
    const nested: [JsonSchema, string, string, string][] = [];
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const child = nestedObject(property, path === '' ? name : `${path}.${name}`);
      const childTitle = child?.schema.title ?? property.title ?? name.charAt(0).toUpperCase() + name.slice(1);
      if (child !== undefined) nested.push([child.schema, child.path, childTitle, child.schema.description ?? property.description ?? '']);
      table.fields.push({
        name,
        type: typeOf(property, link, child === undefined ? undefined : { path: child.path, title: childTitle }),
        required: schema.required?.includes(name) ?? false,
        ...('default' in property ? { default: property.default } : {}),
        description: property.description ?? objectOf(property)?.description ?? '',
      });
    }
    for (const [child, childPath, childTitle, childDescription] of nested) visit(child, childPath, childTitle, childDescription);
  };
  const top = single(fileSchema);
  visit(top, '', top.title ?? 'Fields', top.description ?? '');
  return tables;
}

/** The nested object a field holds, directly or as the items of a list, with its path. */
function nestedObject(property: JsonSchema, path: string): { schema: JsonSchema; path: string } | undefined {
  const direct = objectOf(property);
  if (direct !== undefined) return { schema: { ...direct, title: direct.title ?? property.title }, path };
  const items = property.items === undefined ? undefined : objectOf(property.items);
  if (items !== undefined) return { schema: { ...items, title: items.title ?? property.items?.title }, path: `${path}[]` };
  return undefined;
}

/** A field's type in words: `id`, `list of string`, `"draft" or "current"`, a link to a nested object. */
export function typeOf(schema: JsonSchema, link: ObjectLink, nested?: { path: string; title: string }): string {
  if (schema.enum !== undefined) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' or ');
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches !== undefined) {
    return branches.map((branch) => (branch.properties !== undefined && nested !== undefined ? link(nested) : typeOf(branch, link))).join(' or ');
  }
  switch (schema.type) {
    case 'string':
      if (schema.pattern === idPattern) return 'id';
      if (schema.format === 'uri') return 'URL';
      return 'string';
    case 'integer':
      return bounded('integer', schema);
    case 'number':
      return bounded('number', schema);
    case 'boolean':
      return 'boolean';
    case 'array': {
      const items = schema.items === undefined ? 'any' : objectOf(schema.items) !== undefined && nested !== undefined ? link(nested) : typeOf(schema.items, link);
      return `list of ${items}${schema.minItems === undefined ? '' : `, at least ${schema.minItems}`}`;
    }
    case 'object': {
      if (schema.properties !== undefined) return nested === undefined ? 'object' : link(nested);
      const values = typeof schema.additionalProperties === 'object' ? typeOf(schema.additionalProperties, link) : 'any';
      return `map of string to ${values}`;
    }
    default:
      return 'any';
  }
}

/** Numbers with the bounds an author must respect; zod's own safe-integer limits are left out. */
function bounded(type: string, schema: JsonSchema): string {
  if (schema.exclusiveMinimum !== undefined) return `${type} > ${schema.exclusiveMinimum}`;
  if (schema.minimum !== undefined && schema.minimum > Number.MIN_SAFE_INTEGER) return `${type} ≥ ${schema.minimum}`;
  return type;
}
