import type { Diagnostic, Result } from '../../diagnostics/diagnostic.ts';
import { report, type Rule } from '../../diagnostics/rule.ts';
import { mermaidBadComment, mermaidIgnored, mermaidNotJourney, mermaidScore, mermaidSyntax } from '../../diagnostics/rules.ts';
import { readMetadataComment } from '../metadata.ts';
import { unescapeMermaidText } from '../text.ts';
import { frontMatter } from './front-matter.ts';
import type { DiagramSection, DiagramTask, DiagramText, JourneyDiagram } from './journey-diagram.ts';
import { statementEnd } from './statement-end.ts';
import { placeIn } from '../place.ts';

// The first words of Mermaid's other diagrams, to say what a file is when it is not a journey.
const otherDiagrams: Record<string, string> = {
  flowchart: 'flowchart',
  graph: 'flowchart',
  sequencediagram: 'sequence diagram',
  classdiagram: 'class diagram',
  statediagram: 'state diagram',
  'statediagram-v2': 'state diagram',
  erdiagram: 'entity relationship diagram',
  gantt: 'Gantt chart',
  pie: 'pie chart',
  gitgraph: 'git graph',
  mindmap: 'mind map',
  timeline: 'timeline',
  quadrantchart: 'quadrant chart',
  requirementdiagram: 'requirement diagram',
  'sankey-beta': 'Sankey diagram',
  'xychart-beta': 'XY chart',
  'block-beta': 'block diagram',
  kanban: 'Kanban board',
};

/**
 * Parses a Mermaid user journey diagram as Mermaid's own grammar reads it (its `journey.jison`):
 * optional YAML front matter, `journey`, then `title`, `accTitle:`, `accDescr:` or `accDescr { … }`,
 * `section` and task lines `name: score: actor, actor`, with `%%` comments and `#` comments to the
 * end of a line. Mermaid's entity codes (`#35;`) and `<br>` are decoded in names. Reports every
 * syntax error with its line and column and what was expected; `%% journeykit:` comments are kept
 * for the import.
 *
 * @example
 * parseJourneyDiagram('journey\n  title My day\n  section Work\n    Make tea: 5: Me').value?.sections[0]?.tasks[0]?.score; // 5
 */
export function parseJourneyDiagram(source: string, file?: string): Result<JourneyDiagram> {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const diagnostics: Diagnostic[] = [];
  const add = <Args>(rule: Rule<Args>, args: Args, line: number, column: number, endColumn?: number) => {
    diagnostics.push(report(rule, args, placeIn(file, endColumn === undefined ? { line, column } : { line, column, endColumn })));
  };
  const syntax = (problem: string, expected: string, line: number, column: number, endColumn?: number) => add(mermaidSyntax, { problem, expected }, line, column, endColumn);

  const front = frontMatter(lines, file);
  diagnostics.push(...front.diagnostics);
  const diagram: JourneyDiagram = { title: front.title, accTitle: undefined, accDescr: undefined, sections: [], metadata: {} };
  let started = false;
  // The last statement, which a `%% journeykit:stage` or `:step` comment right after it describes.
  let last: 'section' | 'task' | 'other' = 'other';

  /** A text from a line, read back, with its columns (1-based); from and to are indexes in the line. */
  const textAt = (lineNo: number, line: string, from: number, to: number): DiagramText => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    return { text: unescapeMermaidText(trimmed), line: lineNo, column: from + lead + 1, endColumn: from + lead + trimmed.length + 1 };
  };
  const currentSection = (lineNo: number): DiagramSection => {
    let section = diagram.sections.at(-1);
    if (section === undefined) diagram.sections.push((section = { name: undefined, line: lineNo, tasks: [], metadata: undefined }));
    return section;
  };

  /** Reads the statement that starts at index `start` of line `i`; returns the index of the next line to read. */
  const statement = (i: number, start: number): number => {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    const rest = line.slice(start);
    const col = start + rest.length - rest.trimStart().length;
    const body = line.slice(col);
    if (body.trim() === '') return i + 1;
    if (body.startsWith('%%{')) return directive(i, col);
    if (body.startsWith('%%')) {
      comment(lineNo, col, body);
      return i + 1;
    }
    if (!started) {
      const journey = /^journey\b/i.exec(body);
      if (journey === null) {
        const found = /^\S+/.exec(body)?.[0] ?? body;
        add(mermaidNotJourney, { found, diagram: otherDiagrams[found.toLowerCase()] }, lineNo, col + 1, col + found.length + 1);
        return lines.length;
      }
      started = true;
      return statement(i, col + journey[0].length);
    }
    if (/^journey\b/i.test(body)) {
      syntax('`journey` comes again', 'a title, section or task; `journey` only starts the diagram', lineNo, col + 1, col + 8);
      return i + 1;
    }
    const accessible = /^acc(title|descr)\s*(:|\{)/i.exec(body);
    if (accessible !== null) return accessibility(i, col, accessible[1]!.toLowerCase() === 'title' ? 'accTitle' : 'accDescr', accessible[2]!, accessible[0].length);
    last = 'other';
    const { end, semicolon } = statementEnd(body);
    if (semicolon !== undefined) syntax('Mermaid does not accept `;` here', 'a line break between statements, or #59; for a semicolon in a name', lineNo, col + semicolon + 1, col + semicolon + 2);
    const text = body.slice(0, end);
    if (/^title\s/i.test(text)) {
      const title = textAt(lineNo, line, col + 6, col + end);
      if (title.text === '') syntax('`title` has no text', 'the title after `title`', lineNo, col + 1, col + 6);
      else diagram.title = title;
    } else if (/^section\s/i.test(text)) {
      section(lineNo, line, col, text);
    } else {
      task(lineNo, line, col, text);
    }
    return i + 1;
  };

  const directive = (i: number, col: number): number => {
    for (let j = i; j < lines.length; j++) {
      const close = (lines[j] ?? '').indexOf('}%%', j === i ? col + 3 : 0);
      if (close < 0) continue;
      add(mermaidIgnored, { what: 'The directive', why: 'Journeykit keeps no diagram settings' }, i + 1, col + 1);
      return statement(j, close + 3);
    }
    syntax('The directive is not closed', '`}%%` at its end', i + 1, col + 1, col + 4);
    return lines.length;
  };

  const comment = (lineNo: number, col: number, body: string) => {
    const found = readMetadataComment(body);
    if (found === undefined) return;
    const note = { kind: found.kind, json: found.json, line: lineNo, column: col + found.offset + 1 };
    const misplaced = (why: string) => add(mermaidBadComment, { kind: found.kind, reason: why }, lineNo, col + 1);
    if (found.kind === 'journey' || found.kind === 'actors') {
      if (diagram.sections.length > 0) misplaced('it must come before the first section');
      else if (diagram.metadata[found.kind] !== undefined) misplaced(`the diagram has one already, on line ${diagram.metadata[found.kind]!.line}`);
      else diagram.metadata[found.kind] = note;
      return;
    }
    const section = diagram.sections.at(-1);
    const owner = found.kind === 'stage' ? (last === 'section' ? section : undefined) : last === 'task' ? section?.tasks.at(-1) : undefined;
    if (owner === undefined) misplaced(`it must come right after its ${found.kind === 'stage' ? 'section' : 'task'}`);
    else if (owner.metadata !== undefined) misplaced(`its ${found.kind === 'stage' ? 'section' : 'task'} has one already, on line ${owner.metadata.line}`);
    else owner.metadata = note;
  };

  const accessibility = (i: number, col: number, key: 'accTitle' | 'accDescr', opener: string, length: number): number => {
    last = 'other';
    const line = lines[i] ?? '';
    if (opener === ':') {
      diagram[key] = textAt(i + 1, line, col + length, line.length);
      return i + 1;
    }
    // accDescr { … }: everything up to the next `}`, over as many lines as it takes.
    const parts: string[] = [];
    for (let j = i; j < lines.length; j++) {
      const text = lines[j] ?? '';
      const from = j === i ? col + length : 0;
      const close = text.indexOf('}', from);
      parts.push(text.slice(from, close < 0 ? text.length : close));
      if (close < 0) continue;
      // As Mermaid does: trim, and drop the indentation of every line.
      const value = parts.join('\n').trim().replace(/\n\s+/g, '\n');
      diagram.accDescr = { text: unescapeMermaidText(value), line: i + 1, column: col + 1, endColumn: col + length + 1 };
      return statement(j, close + 1);
    }
    syntax('`accDescr {` is not closed', '`}` after the description', i + 1, col + 1, col + length + 1);
    return lines.length;
  };

  const section = (lineNo: number, line: string, col: number, text: string) => {
    const colon = text.indexOf(':');
    const name = textAt(lineNo, line, col + 8, col + (colon < 0 ? text.length : colon));
    if (colon >= 0) syntax('A section name cannot hold `:`', 'a name without `:`, or #58; for a colon', lineNo, col + colon + 1, col + colon + 2);
    if (name.text === '') syntax('`section` has no name', 'the name of the section after `section`', lineNo, col + 1, col + 8);
    diagram.sections.push({ name, line: lineNo, tasks: [], metadata: undefined });
    last = 'section';
  };

  const task = (lineNo: number, line: string, col: number, text: string) => {
    const colon = text.indexOf(':');
    if (colon < 0) {
      const word = text.trim();
      const keyword = /^(title|section)$/i.test(word) ? `the ${word.toLowerCase() === 'title' ? 'title' : 'name of the section'} after \`${word}\`` : undefined;
      syntax(keyword === undefined ? `The task "${unescapeMermaidText(word)}" has no score` : `\`${word}\` has no text`, keyword ?? '`:` and a score from 0 to 5 after the task\'s name', lineNo, col + 1, col + text.trimEnd().length + 1);
      return;
    }
    const name = textAt(lineNo, line, col, col + colon);
    if (name.text === '') {
      syntax('A task without a name', 'the name of the task before `:`', lineNo, col + colon + 1, col + colon + 2);
      return;
    }
    const fields = text.slice(colon + 1).split(':');
    let from = col + colon + 1;
    const [scoreField = '', actorField, ...extra] = fields;
    const score = textAt(lineNo, line, from, from + scoreField.length);
    if (score.text === '') {
      syntax(`The task "${name.text}" has no score`, 'a score from 0 to 5 after `:`', lineNo, col + colon + 1, col + colon + 2);
      return;
    }
    if (!/^\d+$/.test(score.text) || Number(score.text) > 5) {
      add(mermaidScore, { score: score.text }, lineNo, score.column, score.endColumn);
      return;
    }
    from += scoreField.length + 1;
    const actors: DiagramText[] = [];
    for (const actor of (actorField ?? '').split(',')) {
      const located = textAt(lineNo, line, from, from + actor.length);
      if (located.text !== '') actors.push(located);
      from += actor.length + 1;
    }
    if (extra.length > 0) {
      const at = col + colon + 1 + scoreField.length + 1 + (actorField?.length ?? 0);
      add(mermaidIgnored, { what: 'The text after the task\'s third `:`', why: 'Mermaid reads a task as its name, score and actors only' }, lineNo, at + 1, col + text.length + 1);
    }
    const parsed: DiagramTask = { name, score: Number(score.text), actors, line: lineNo, metadata: undefined };
    currentSection(lineNo).tasks.push(parsed);
    last = 'task';
  };

  let i = front.start;
  while (i < lines.length) i = statement(i, 0);
  if (!started && !diagnostics.some((d) => d.severity === 'error')) {
    add(mermaidNotJourney, { found: 'nothing', diagram: undefined }, Math.max(1, lines.length), 1);
  }
  const broken = diagnostics.some((d) => d.severity === 'error');
  return { value: broken ? undefined : diagram, diagnostics };
}
