import { stripTypeScriptTypes } from 'node:module';
import { parse, type Node } from 'acorn';
import type { PathSegment, Position } from '../diagnostics/diagnostic.ts';
import type { Locator } from '../diagnostics/locate-diagnostics.ts';

type AnyNode = Node & Record<string, unknown>;

/**
 * Finds paths in a TypeScript definition: the types are blanked out (keeping every offset), the
 * rest is parsed as JavaScript, and the path is followed through the default export's object literal.
 *
 * @example
 * typescriptLocator("export default defineJourney({\n  id: 'returns',\n  title: 'Returns',\n});")?.(['title'], false);
 * // { line: 3, column: 10, … }
 */
export function typescriptLocator(text: string): Locator | undefined {
  let program: AnyNode;
  try {
    program = parse(quietly(() => stripTypeScriptTypes(text, { mode: 'strip' })), {
      ecmaVersion: 'latest',
      sourceType: 'module',
      locations: true,
    }) as unknown as AnyNode;
  } catch {
    return undefined;
  }
  const root = definitionRoot(program);
  return (path, atKey) => {
    let node = root;
    let key: AnyNode | undefined;
    for (const segment of path) {
      const next = child(node, segment);
      if (next === undefined) break;
      [node, key] = [next.value, next.key];
    }
    return position((atKey ? key : undefined) ?? node ?? program);
  };
}

function position(node: AnyNode): Position {
  const loc = node.loc as { start: { line: number; column: number }; end: { line: number; column: number } };
  return { line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
}

/** The expression of `export default …`, through a `defineX(…)` call or a named constant. */
function definitionRoot(program: AnyNode): AnyNode | undefined {
  const body = program.body as AnyNode[];
  const exported = body.find((node) => node.type === 'ExportDefaultDeclaration')?.declaration as AnyNode | undefined;
  const unwrap = (node: AnyNode | undefined): AnyNode | undefined => {
    if (node?.type === 'CallExpression') return unwrap((node.arguments as AnyNode[])[0]);
    if (node?.type === 'Identifier') {
      const declarations = body.flatMap((statement) => {
        const declaration = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as AnyNode | null) : statement;
        return declaration?.type === 'VariableDeclaration' ? (declaration.declarations as AnyNode[]) : [];
      });
      return unwrap(declarations.find((d) => (d.id as AnyNode).name === node.name)?.init as AnyNode | undefined);
    }
    return node;
  };
  return unwrap(exported);
}

function child(node: AnyNode | undefined, segment: PathSegment): { value: AnyNode; key?: AnyNode } | undefined {
  if (node?.type === 'ArrayExpression' && typeof segment === 'number') {
    const value = (node.elements as (AnyNode | null)[])[segment];
    return value === null || value === undefined ? undefined : { value };
  }
  if (node?.type === 'ObjectExpression') {
    const property = (node.properties as AnyNode[]).find((p) => {
      const key = p.key as AnyNode | undefined;
      return p.type === 'Property' && (key?.name === segment || key?.value === segment);
    });
    return property === undefined ? undefined : { value: property.value as AnyNode, key: property.key as AnyNode };
  }
  return undefined;
}

/** Runs `work` without Node's one-time notice that type stripping is experimental. */
function quietly<T>(work: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    return work();
  } finally {
    process.emitWarning = emitWarning;
  }
}
