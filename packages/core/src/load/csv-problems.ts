import Papa, { type ParseError } from 'papaparse';

/** What makes a CSV file unreadable, and the offset in the parsed text to point at. */
export interface CsvProblem {
  reason: string;
  offset: number;
}

/**
 * Says what a quote error of papaparse means, pointing at the quote to fix: the opening quote of a
 * field that never closes, or the first quote inside a quoted field that is not doubled.
 *
 * @example
 * const text = 'a,b\n1,"x"y"\n';
 * quoteProblem(text, { type: 'Quotes', code: 'InvalidQuotes', message: '', row: 1, index: 7 });
 * // { reason: 'a quote inside a quoted field is not doubled…', offset: 8 }
 */
export function quoteProblem(text: string, error: ParseError): CsvProblem | undefined {
  // papaparse gives the offset just past the quote that opens the field.
  const opening = (error.index ?? 0) - 1;
  if (error.code === 'MissingQuotes') {
    return { reason: 'this quote opens a field that is never closed, so the rest of the file would be that one field', offset: opening };
  }
  if (error.code !== 'InvalidQuotes') return undefined;
  // The first quote that is not doubled ("") ends the field, so it had to be followed by a comma or a line break.
  let quote = text.indexOf('"', opening + 1);
  while (quote !== -1 && text[quote + 1] === '"') quote = text.indexOf('"', quote + 2);
  return { reason: 'a quote inside a quoted field is not doubled: write "" for a quote that is part of the value', offset: quote === -1 ? opening : quote };
}

/**
 * The offset at which field `index` of a row starts in the text, from the row's start and the
 * fields papaparse read: a quoted field takes its quotes, doubled inner quotes and any spaces
 * after the closing quote besides its value.
 *
 * @example
 * fieldStart('1,"a""b" ,c\n', 0, ['1', 'a"b', 'c'], 2); // 10
 */
export function fieldStart(text: string, rowStart: number, fields: readonly string[], index: number): number {
  let at = rowStart;
  for (let k = 0; k < index && k < fields.length; k++) {
    const value = fields[k]!;
    if (text[at] === '"') {
      at += 2 + value.length + value.split('"').length - 1;
      while (at < text.length && text[at] !== ',' && text[at]!.trim() === '') at++;
    } else {
      at += value.length;
    }
    at++; // the comma
  }
  return at;
}

/**
 * The offset of a quote that follows spaces at the start of an unquoted field, as in `a, "b"`:
 * papaparse reads such a field as it stands, quotes and all. -1 when there is none.
 *
 * @example
 * spacedQuote('1, "a"\n', () => 0, ['1', ' "a"']); // 3
 * spacedQuote('1," a"\n', () => 0, ['1', ' a']); // -1
 */
export function spacedQuote(text: string, rowStart: () => number, fields: readonly string[]): number {
  for (let index = 0; index < fields.length; index++) {
    const value = fields[index]!;
    const first = value.charCodeAt(0);
    if ((first !== 32 && first !== 9) || !value.trimStart().startsWith('"')) continue;
    // A quoted field may hold spaces and a quote: only the text tells them apart.
    const start = fieldStart(text, rowStart(), fields, index);
    if (text[start] !== '"') return start + value.indexOf('"');
  }
  return -1;
}

/**
 * The problem with a row still unfinished after `limit` characters: most likely a quote left open,
 * found by reading the row as if the file ended there, else the row's length itself.
 *
 * @example
 * longRowProblem('1,"open\n2,3\n', '\n', 10); // { reason: 'this quote opens a field still not closed…', offset: 2 }
 */
export function longRowProblem(text: string, newline: string, limit: number): CsvProblem {
  const read = Papa.parse<string[]>(text, { delimiter: ',', newline: newline as '\n' | '\r' | '\r\n' });
  const problem = quoteProblem(text, read.errors.find((error) => error.row === 0) ?? { type: 'Quotes', code: 'TooManyFields', message: '' });
  const characters = limit.toLocaleString('en');
  if (problem === undefined) return { reason: `the row is longer than ${characters} characters`, offset: 0 };
  if (read.errors[0]?.code === 'MissingQuotes') return { reason: `this quote opens a field still not closed ${characters} characters later`, offset: problem.offset };
  return problem;
}
