// What the README and the guides show must be what the code accepts: every YAML block is a valid
// definition (or config) of some kind, every inline `field: { … }` names only fields that exist
// there, every TypeScript block type-checks against the package types, the built-in channels the
// guide lists are the real ones, and the CLI reference's options are the options the CLI takes.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinChannels, fileSchemas, journeyVariantSchema, jsonSchemas, kindOfFile } from '@journeykit/core';
import { main } from 'journeykit';
import ts from 'typescript';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { parseUsage } from '../generate/cli-usage.ts';
import { docsContent, docsRoot, repoRoot } from '../generate/paths.ts';
import type { JsonSchema } from '../generate/schema-fields.ts';

const guides = readdirSync(docsContent, { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.mdx?$/.test(path) && !path.startsWith('api') && !path.startsWith('reference'))
  .map((path) => ({ page: `docs/${path}`, text: readFileSync(join(docsContent, path), 'utf8') }));
const pages = [{ page: 'README.md', text: readFileSync(join(repoRoot, 'README.md'), 'utf8') }, ...guides];

/** The fenced blocks of a language, with the line they start on and their title, if any. */
function blocks(language: string) {
  return pages.flatMap(({ page, text }) =>
    [...text.matchAll(new RegExp(`^( *)\`\`\`${language}(?: title="([^"]+)")?\\n([\\s\\S]*?)^ *\`\`\`$`, 'gm'))].map((match) => ({
      where: `${page}:${text.slice(0, match.index).split('\n').length}`,
      title: match[2],
      code: match[3]!.replace(new RegExp(`^${match[1]}`, 'gm'), ''),
    })),
  );
}

// GitHub workflows are YAML too, of another schema.
const yamlBlocks = blocks('yaml').filter((block) => !block.title?.startsWith('.github/') && !/^- uses:/m.test(block.code));

describe('YAML in the README and the guides', () => {
  test.each(yamlBlocks)('$where is a valid definition of some kind', ({ code }) => {
    const data = parse(code) as unknown;
    if (data === null) return; // only a comment, like the schema line
    // A to-be journey may declare only its changes to its as-is journey.
    const schemas = { ...fileSchemas, 'journey (changes only)': journeyVariantSchema };
    const accepted = Object.entries(schemas).filter(([kind, schema]) => {
      // A config snippet shows one setting: the name every config needs is added.
      const value = kind === 'config' && typeof data === 'object' && !Array.isArray(data) ? { name: 'Example', ...data } : data;
      return (Array.isArray(value) ? value : [value]).every((item) => schema.safeParse(item).success);
    });
    expect(accepted.map(([kind]) => kind), code).not.toEqual([]);
  });
});

/** Every object of the JSON Schemas by the property name it sits under, with the keys it allows. */
function objectsByProperty(): Map<string, Set<string>[]> {
  const found = new Map<string, Set<string>[]>();
  const visit = (schema: JsonSchema | undefined, name: string | undefined) => {
    if (schema === undefined || typeof schema !== 'object') return;
    const node = schema as { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; allOf?: JsonSchema[] };
    if (node.properties !== undefined && name !== undefined) found.set(name, [...(found.get(name) ?? []), new Set(Object.keys(node.properties))]);
    for (const [key, value] of Object.entries(node.properties ?? {})) visit(value, key);
    visit(node.items, name);
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) visit(branch, name);
  };
  for (const schema of Object.values(jsonSchemas()) as JsonSchema[]) visit(schema, undefined);
  return found;
}

describe('inline fields in the README and the guides', () => {
  const objects = objectsByProperty();
  const spans = pages.flatMap(({ page, text }) =>
    [...text.matchAll(/`([a-zA-Z]+): (\{[^`]*\})`/g)]
      .filter((match) => objects.has(match[1]!))
      .map((match) => ({ where: `${page}:${text.slice(0, match.index).split('\n').length}`, field: match[1]!, value: match[2]! })),
  );

  test('are found', () => {
    expect(spans.map((span) => span.field)).toContain('retention');
  });

  test.each(spans)('$where: $field names only fields it has', ({ field, value }) => {
    const keys = Object.keys(parse(value) as Record<string, unknown>);
    const fits = objects.get(field)!.some((allowed) => keys.every((key) => allowed.has(key)));
    expect(fits ? [] : keys.filter((key) => !objects.get(field)!.some((allowed) => allowed.has(key))), `${field}: ${value}`).toEqual([]);
  });
});

describe('TypeScript in the README and the guides', () => {
  test('type-checks against the packages\' types', () => {
    const snippets = blocks('ts');
    expect(snippets.length).toBeGreaterThanOrEqual(2);
    const files = new Map(snippets.map((snippet, i) => [resolve(docsRoot, `snippet-${i}.ts`), snippet]));
    const base = ts.parseJsonConfigFileContent(ts.readConfigFile(resolve(docsRoot, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, docsRoot);
    const options = { ...base.options, noEmit: true, composite: false, declaration: false, declarationMap: false, incremental: false, noUnusedLocals: false };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.readFile = (path) => files.get(path)?.code ?? readFile(path);
    host.fileExists = (path) => files.has(path) || fileExists(path);
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = [...files.keys()].flatMap((path) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(path)).map((diagnostic) => {
        const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
        return `${files.get(path)!.where} (line ${line} of the block): ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      }),
    );
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('TypeScript definitions in the guides', () => {
  // The define* helpers accept more than the schema does (their type parameter keeps the literal
  // types), so a definition is also run and its default export checked as `check` would.
  const definitions = blocks('ts').filter((block) => block.title !== undefined && kindOfFile(block.title) !== undefined);

  test.each(definitions)('$where: $title is a valid definition', async ({ title, code }) => {
    const module = resolve(docsRoot, `.snippet-${process.pid}-${title!.replace(/\W/g, '-')}.mjs`);
    writeFileSync(module, ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: false } }).outputText);
    try {
      const data = ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
      expect(fileSchemas[kindOfFile(title!)!].safeParse(data).error?.issues ?? []).toEqual([]);
    } finally {
      rmSync(module, { force: true });
    }
  });
});

test('the authoring guide lists exactly the built-in channels', () => {
  const guide = guides.find((page) => page.page === 'docs/guides/authoring.mdx')!.text;
  const sentence = /is one of the built-in channels, ([^.]+)/.exec(guide.replace(/\n/g, ' '))?.[1] ?? '';
  expect([...sentence.matchAll(/`([a-z-]+)`/g)].map((match) => match[1])).toEqual(builtinChannels.map((channel) => channel.id));
});

test('every option of the CLI reference is one its command takes, and the other way round', async () => {
  const output = async (args: string[]) => {
    let text = '';
    await main(args, { cwd: repoRoot, stdout: { write: (chunk: string) => (text += chunk) }, stderr: { write: (chunk: string) => (text += chunk) }, env: {} });
    return text;
  };
  const usage = parseUsage(await output(['--help']));
  for (const command of usage.commands) {
    const name = command.name.split(' ')[0]!;
    // An unknown option makes the CLI name every option the command takes.
    const refusal = await output([name, '--no-such-option']);
    const taken = [...(/The options are: ([^\n]+)\./.exec(refusal)?.[1] ?? '').matchAll(/--[\w-]+/g)].map((match) => match[0]).filter((flag) => flag !== '--help');
    expect(command.options.map((option) => option.flag).sort(), command.name).toEqual(taken.sort());
  }
});
