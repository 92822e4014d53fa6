import { describe, expect, it } from 'vitest';
import { checkWorkspace, rules } from '../index.ts';
import { check, places, validFiles } from '../../test/workspace.ts';

// An extra persona nothing refers to, so only the file's own problems show.
const withPersona = (text: string) => ({ ...validFiles, 'personas/sam.yaml': text });

describe('bad input in definition files', () => {
  it('reports every YAML syntax error of a file, each where it is', () => {
    expect(places(withPersona('id: olivia\nname: [Olivia\nrole: : x\n'))).toEqual([
      'personas/sam.yaml:3:1 yaml/syntax',
      'personas/sam.yaml:3:7 yaml/syntax',
    ]);
  });

  it('reports a duplicate key at its second occurrence, naming the key', () => {
    const { diagnostics } = check(withPersona('id: sam\nname: Sam\nname: Liv\n'));
    expect(diagnostics).toMatchObject([{ rule: 'yaml/duplicate-key', line: 3, column: 1 }]);
    expect(diagnostics[0]!.message).toBe(rules.duplicateKey.message({ key: 'name' }));
  });

  it('reports a wrong type with what was expected and what was found', () => {
    const { diagnostics } = check(withPersona('id: sam\nname: Sam\ngoals: Get promoted\n'));
    expect(diagnostics).toMatchObject([{ rule: 'schema/invalid-type', line: 3, column: 8 }]);
    expect(diagnostics[0]!.message).toBe('Invalid value: expected a list, received the text "Get promoted".');
  });

  it('reports an empty file, and a file holding only a comment', () => {
    expect(places(withPersona(''))).toEqual(['personas/sam.yaml:1:1 file/empty']);
    expect(places(withPersona('# nothing yet\n'))).toEqual(['personas/sam.yaml:1:1 file/empty']);
  });

  it('refuses flow lists nested past the limit, in words, where the limit is passed', () => {
    const { diagnostics } = check(withPersona(`id: sam\nname: Sam\ngoals: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`));
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: 'file/too-deep', file: 'personas/sam.yaml', line: 3, column: 108, message: 'The data nests lists or objects more than 100 levels deep here, past the limit of 100: it is not read.' }),
    ]);
    const json = check({ ...validFiles, 'personas/sam.json': `{"id": "sam", "name": "[not a list", "x-deep": ${'{"a": '.repeat(5_000)}1${'}'.repeat(5_000)}}` });
    expect(json.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:642 file/too-deep']);
  });

  it('refuses block lists nested past the limit, at the deepest line, whatever the parser makes of it', () => {
    const lines = Array.from({ length: 101 }, (_, i) => `${'  '.repeat(i)}- `);
    const { diagnostics } = check(withPersona(`id: sam\nname: Sam\nx-deep:\n${lines.join('\n')}x\n`));
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'file/too-deep', file: 'personas/sam.yaml' })]);
    expect(diagnostics[0]!.message).not.toMatch(/call stack/);
  });

  it('refuses data nested past the limit at its path, in YAML and in a TypeScript file\'s export', () => {
    expect(places(withPersona(`id: sam\nname: Sam\nx-deep:\n  a: ${JSON.stringify(deepList(98))}\n`))).toEqual([]);
    const ts = checkWorkspace([
      { path: 'journeykit.config.yaml', text: 'name: Test\n' },
      { path: 'personas/sam.ts', text: 'export default {}\n', data: { id: 'sam', name: 'Sam', 'x-deep': deepList(50_000) } },
    ]);
    expect(ts.diagnostics.map((d) => d.rule)).toEqual(['workspace/no-journeys', 'file/too-deep']);
  });

  it('refuses an alias bomb without expanding it, pointing at the first alias', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    expect(places(withPersona(`${levels.join('\n')}\n`))).toEqual(['personas/sam.yaml:2:10 yaml/too-many-aliases']);
  });

  it('refuses a small alias expansion that zod would walk many times over', () => {
    const text = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    expect(places(withPersona(text))).toEqual(['personas/sam.yaml:2:8 yaml/too-many-aliases']);
  });

  it('refuses __proto__, constructor and prototype keys without polluting any prototype', () => {
    const text = 'id: sam\nname: Sam\n__proto__:\n  polluted: yes\nx-meta:\n  constructor: 1\n';
    expect(places(withPersona(text))).toEqual(['personas/sam.yaml:3:1 file/unsafe-key', 'personas/sam.yaml:6:3 file/unsafe-key']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a file with two YAML documents', () => {
    expect(places(withPersona('id: sam\nname: Sam\n---\nid: other\n'))).toEqual(['personas/sam.yaml:3:1 yaml/multiple-documents']);
  });

  it('locates a JSON syntax error', () => {
    const files = { ...validFiles, 'personas/sam.json': '{\n  "id": "sam",\n  "name": "Sam",,\n}\n' };
    expect(places(files)).toEqual(['personas/sam.json:3:17 yaml/syntax']);
  });

  it('accepts a file holding a list of entities and locates problems inside the list', () => {
    const files = { ...validFiles, 'teams/teams.yaml': '- id: cs\n  name: CS\n  department: customer-success\n- id: ops\n  name: Ops\n  department: operatons\n' };
    const { diagnostics } = check(files);
    expect(diagnostics).toMatchObject([{ rule: 'schema/invalid-value', line: 6, column: 15, message: expect.stringContaining('Did you mean "operations"?') }]);
  });
});

/** A list nested `depth` levels deep around one value. */
function deepList(depth: number): unknown {
  let data: unknown = 'x';
  for (let i = 0; i < depth; i++) data = [data];
  return data;
}
