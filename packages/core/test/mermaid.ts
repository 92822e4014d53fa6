// A test-only stand-in for Mermaid, which needs a DOM: its preprocessing of diagram text
// (mermaidAPI's cleanup, comment removal and encodeEntities) and the lexer and grammar of
// packages/mermaid/src/diagrams/user-journey/parser/journey.jison, rule by rule, first match wins
// as in jison. It reads a journey diagram as Mermaid's journeyDb would and returns the texts as a
// browser would show them, to check what the exporter writes against Mermaid's own rules.

/** A task as Mermaid's journeyDb holds it. */
export interface MermaidTask {
  section: string;
  task: string;
  score: number;
  people: string[];
}

/** What Mermaid makes of a journey diagram. */
export interface MermaidJourney {
  title: string;
  accTitle: string;
  accDescr: string;
  sections: string[];
  tasks: MermaidTask[];
}

type State = 'INITIAL' | 'acc_title' | 'acc_descr' | 'acc_descr_multiline';
type Token = { type: string; text: string };
type LexRule = { state: State; pattern: RegExp; token?: string; begin?: State; pop?: boolean };

// The lexer of journey.jison (`%options case-insensitive`); `"journey"` gets the `\b` jison adds to keywords.
const rules: LexRule[] = [
  { state: 'INITIAL', pattern: /^%%(?!\{)[^\n]*/i },
  { state: 'INITIAL', pattern: /^[^}]%%[^\n]*/i },
  { state: 'INITIAL', pattern: /^[\n]+/i, token: 'NEWLINE' },
  { state: 'INITIAL', pattern: /^\s+/i },
  { state: 'INITIAL', pattern: /^#[^\n]*/i },
  { state: 'INITIAL', pattern: /^journey\b/i, token: 'journey' },
  { state: 'INITIAL', pattern: /^title\s[^#\n;]+/i, token: 'title' },
  { state: 'INITIAL', pattern: /^accTitle\s*:\s*/i, token: 'acc_title', begin: 'acc_title' },
  { state: 'acc_title', pattern: /^(?!\n|;|#)*[^\n]*/i, token: 'acc_title_value', pop: true },
  { state: 'INITIAL', pattern: /^accDescr\s*:\s*/i, token: 'acc_descr', begin: 'acc_descr' },
  { state: 'acc_descr', pattern: /^(?!\n|;|#)*[^\n]*/i, token: 'acc_descr_value', pop: true },
  { state: 'INITIAL', pattern: /^accDescr\s*\{\s*/i, begin: 'acc_descr_multiline' },
  { state: 'acc_descr_multiline', pattern: /^[}]/i, pop: true },
  { state: 'acc_descr_multiline', pattern: /^[^}]*/i, token: 'acc_descr_multiline_value' },
  { state: 'INITIAL', pattern: /^section\s[^#:\n;]+/i, token: 'section' },
  { state: 'INITIAL', pattern: /^[^#:\n;]+/i, token: 'taskName' },
  { state: 'INITIAL', pattern: /^:[^#\n;]+/i, token: 'taskData' },
  { state: 'INITIAL', pattern: /^:/i, token: ':' },
  { state: 'INITIAL', pattern: /^./i, token: 'INVALID' },
];

/** What Mermaid does to any diagram's text before its parser sees it. */
function preprocess(text: string): string {
  const cleaned = text.replace(/\r\n?/g, '\n').replace(/^\s*%%(?!\{)[^\n]+\n?/gm, '').trimStart();
  return cleaned
    .replace(/style.*:\S*#.*;/g, (s) => s.substring(0, s.length - 1))
    .replace(/classDef.*:\S*#.*;/g, (s) => s.substring(0, s.length - 1))
    .replace(/#\w+;/g, (s) => {
      const inner = s.substring(1, s.length - 1);
      return /^\+?\d+$/.test(inner) ? `ﬂ°°${inner}¶ß` : `ﬂ°${inner}¶ß`;
    });
}

function lex(text: string): Token[] {
  const tokens: Token[] = [];
  const states: State[] = ['INITIAL'];
  let rest = text;
  while (rest.length > 0) {
    const state = states.at(-1)!;
    const rule = rules.find((r) => r.state === state && r.pattern.test(rest));
    if (rule === undefined) throw new Error(`Mermaid: no rule matches "${rest.slice(0, 20)}" in state ${state}`);
    const match = rule.pattern.exec(rest)![0];
    if (rule.begin !== undefined) states.push(rule.begin);
    if (rule.pop === true) states.pop();
    if (rule.token !== undefined) tokens.push({ type: rule.token, text: match });
    // An empty match that changes no state would loop: jison moves on by its own rules; here it never happens.
    if (match.length === 0 && rule.begin === undefined && rule.pop !== true) throw new Error('Mermaid: empty match');
    rest = rest.slice(match.length);
  }
  return tokens;
}

/** How the browser shows a text of the rendered diagram: `<br>` breaks lines, entities are characters. */
function shown(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' };
  return text
    .split(/<br\s*\/?>/gi)
    .join('\n')
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/ﬂ°(\w+)¶ß/g, (whole, name: string) => named[name] ?? whole);
}

/**
 * Reads a journey diagram as Mermaid does; throws with Mermaid's kind of message when Mermaid
 * would not parse it.
 */
export function mermaidJourney(text: string): MermaidJourney {
  const tokens = lex(preprocess(text)).filter((token) => token.type !== 'NEWLINE');
  const diagram: MermaidJourney = { title: '', accTitle: '', accDescr: '', sections: [], tasks: [] };
  if (tokens[0]?.type !== 'journey') throw new Error(`Mermaid: expected journey, got ${tokens[0]?.type ?? 'EOF'}`);
  let section = '';
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.type === 'title') diagram.title = shown(token.text.slice(6).replace(/^\s+/, ''));
    else if (token.type === 'acc_title' && next?.type === 'acc_title_value') diagram.accTitle = shown(next.text.trim().replace(/^\s+/, '')), i++;
    else if (token.type === 'acc_descr' && next?.type === 'acc_descr_value') diagram.accDescr = shown(next.text.trim().replace(/\n\s+/g, '\n')), i++;
    else if (token.type === 'acc_descr_multiline_value') diagram.accDescr = shown(token.text.trim().replace(/\n\s+/g, '\n'));
    else if (token.type === 'section') diagram.sections.push((section = shown(token.text.slice(8))));
    else if (token.type === 'taskName' && next?.type === 'taskData') {
      const [score = '', people] = next.text.slice(1).split(':');
      diagram.tasks.push({ section, task: shown(token.text), score: Number(score), people: people === undefined ? [] : people.split(',').map((p) => shown(p.trim())) });
      i++;
    } else throw new Error(`Mermaid: unexpected ${token.type} "${token.text}"`);
  }
  return diagram;
}
