import { load } from 'js-yaml';
import { LineCounter, parseAllDocuments, parseDocument, type YAMLError } from 'yaml';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.ts';
import { report } from '../diagnostics/rule.ts';
import { duplicateKey, multipleDocuments, tooDeep, tooManyAliases, yamlSyntax } from '../diagnostics/rules.ts';
import { firstAlias } from './guard.ts';
import { deepFlowAt, maxNesting, mostIndented } from './nesting.ts';

/** More aliases than a hand-written definition needs; past this a file is treated as an attack. */
export const maxAliases = 100;

/**
 * Parses YAML (or JSON, which YAML contains) into plain data.
 * The fast parser reads every file; only a file it rejects is parsed again with source positions,
 * to report every problem in it where it is.
 */
export function parseYaml(text: string, file: string): Result<unknown> {
  const deep = deepFlowAt(text);
  if (deep !== undefined) return { value: undefined, diagnostics: [report(tooDeep, { limit: maxNesting }, { file, ...deep })] };
  try {
    return { value: load(text, { maxAliases, filename: file }), diagnostics: [] };
  } catch (error) {
    // The parsers recurse once per level: block nesting deep enough exhausts the call stack.
    if (error instanceof RangeError) return { value: undefined, diagnostics: [report(tooDeep, { limit: maxNesting }, { file, ...mostIndented(text) })] };
    const diagnostics = locatedSyntaxErrors(text, file);
    if (diagnostics.length > 0) return { value: undefined, diagnostics };
    // The positional parser accepts what the fast one refused (a file of comments only, say): trust it.
    try {
      return { value: parseDocument(text, { uniqueKeys: true }).toJS({ maxAliasCount: maxAliases }), diagnostics: [] };
    } catch {
      return { value: undefined, diagnostics: [fallbackDiagnostic(error, file, text)] };
    }
  }
}

function fromYamlError(error: YAMLError, file: string, text: string): Diagnostic {
  const [start, end] = error.linePos ?? [];
  const where = { file, line: start?.line ?? 1, column: start?.col ?? 1, ...(end && { endLine: end.line, endColumn: end.col }) };
  if (error.code === 'DUPLICATE_KEY') {
    const match = /^\s*(?:"([^"]*)"|'([^']*)'|([^:\n]*?))\s*:/.exec(text.slice(error.pos[0]));
    const key = match?.[1] ?? match?.[2] ?? match?.[3] ?? '';
    return report(duplicateKey, { key }, where);
  }
  const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
  return report(yamlSyntax, { reason: reason.endsWith('.') ? reason : `${reason}.` }, where);
}

/** Every syntax problem of a file, located, from the positional parser. */
export function locatedSyntaxErrors(text: string, file: string): Diagnostic[] {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const list = Array.isArray(documents) ? documents : [];
  const diagnostics = list.flatMap((document) => document.errors.map((error) => fromYamlError(error, file, text)));
  if (diagnostics.length > 0) return diagnostics;
  const second = list[1];
  if (second !== undefined) {
    const { line, col } = lineCounter.linePos(second.range[0]);
    return [report(multipleDocuments, undefined, { file, line, column: col })];
  }
  try {
    list[0]?.toJS({ maxAliasCount: maxAliases });
  } catch {
    return [report(tooManyAliases, undefined, { file, ...firstAlias(text) })];
  }
  return [];
}

/** When only the fast parser objects, its own position is the best there is. */
function fallbackDiagnostic(error: unknown, file: string, text: string): Diagnostic {
  const mark = (error as { mark?: { line?: number; column?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  if (/alias/i.test(reason)) return report(tooManyAliases, undefined, { file, ...firstAlias(text) });
  return report(yamlSyntax, { reason: `${reason}.` }, { file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 });
}
