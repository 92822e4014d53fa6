import { parse as parseYamlText } from 'yaml';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { report } from '../../diagnostics/rule.ts';
import { mermaidIgnored, mermaidSyntax } from '../../diagnostics/rules.ts';
import type { DiagramText } from './journey-diagram.ts';
import { placeIn } from '../place.ts';

/**
 * Reads the YAML front matter Mermaid allows before any diagram (`---`, `title: …`, `---`): its
 * title, and the line the diagram starts on. Other settings (theme, config) are left out with a
 * warning. Without front matter the diagram starts on the first line.
 */
export function frontMatter(lines: readonly string[], file: string | undefined): { title: DiagramText | undefined; start: number; diagnostics: Diagnostic[] } {
  const fence = /^---\s*$/;
  if (!fence.test(lines[0] ?? '')) return { title: undefined, start: 0, diagnostics: [] };
  const end = lines.findIndex((line, i) => i > 0 && fence.test(line));
  if (end < 0) {
    return { title: undefined, start: lines.length, diagnostics: [report(mermaidSyntax, { problem: 'The front matter is not closed', expected: 'a line `---` after it' }, placeIn(file, { line: 1, column: 1, endColumn: 4 }))] };
  }
  let data: unknown;
  try {
    data = parseYamlText(lines.slice(1, end).join('\n'));
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? 'it is not YAML';
    return { title: undefined, start: end + 1, diagnostics: [report(mermaidSyntax, { problem: `The front matter cannot be read (${reason})`, expected: 'YAML such as `title: My journey`' }, placeIn(file, { line: 2, column: 1 }))] };
  }
  const settings = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const diagnostics = Object.keys(settings)
    .filter((key) => key !== 'title')
    .map((key) => {
      const line = lines.findIndex((text, i) => i > 0 && i < end && text.startsWith(`${key}:`)) + 1;
      return report(mermaidIgnored, { what: `The front matter's "${key}"`, why: 'Journeykit keeps no diagram settings' }, placeIn(file, { line: line || 1, column: 1 }));
    });
  const titleLine = lines.findIndex((text, i) => i > 0 && i < end && /^title\s*:/.test(text));
  const text = typeof settings['title'] === 'string' ? settings['title'].trim() : '';
  const title = text === '' ? undefined : { text, line: titleLine + 1, column: 1, endColumn: (lines[titleLine]?.length ?? 0) + 1 };
  return { title, start: end + 1, diagnostics };
}
