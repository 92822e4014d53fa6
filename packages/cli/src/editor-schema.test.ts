import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderWith, repository, run } from '../test/cli.ts';
import { startYamlServer, type LanguageClient } from '../test/lsp.ts';
import { coreVersion } from './schema-hint.ts';

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}
interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
}

/** A project with @journeykit/core installed, as npm or pnpm leave it, and a workspace made by init. */
async function initProject() {
  const project = folderWith({ 'package.json': '{ "private": true }\n' });
  mkdirSync(join(project, 'node_modules/@journeykit'), { recursive: true });
  symlinkSync(join(repository, 'packages/core'), join(project, 'node_modules/@journeykit/core'), 'dir');
  expect((await run(['init', 'cx'], project)).code).toBe(0);
  return project;
}

describe('the schema line init writes', () => {
  it('points into the installed @journeykit/core, by a path relative to each file', async () => {
    const project = await initProject();
    const firstLine = (path: string) => readFileSync(join(project, 'cx', path), 'utf8').split('\n')[0];
    expect(firstLine('journeys/first-purchase.yaml')).toBe('# yaml-language-server: $schema=../../node_modules/@journeykit/core/schemas/journey.schema.json');
    expect(firstLine('journeykit.config.yaml')).toBe('# yaml-language-server: $schema=../node_modules/@journeykit/core/schemas/config.schema.json');
  });

  it('points at the published schema of the core it runs, when none is installed', async () => {
    const root = folderWith({});
    await run(['init'], root);
    expect(readFileSync(join(root, 'personas/first-time-buyer.yaml'), 'utf8').split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://unpkg.com/@journeykit/core@${coreVersion}/schemas/persona.schema.json`,
    );
  });

  it('points import mermaid\'s files into the installed core too', async () => {
    const project = await initProject();
    const diagram = join(project, 'day.mmd');
    writeFileSync(diagram, 'journey\n  title Returns\n  section Send\n    Print label: 3: Sam\n');
    expect((await run(['import', 'mermaid', 'day.mmd', '--into', 'cx'], project)).code).toBe(0);
    expect(readFileSync(join(project, 'cx/journeys/returns.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../node_modules/@journeykit/core/schemas/journey.schema.json',
    );
  });
});

describe('an editor on an init workspace, through yaml-language-server', () => {
  let server: LanguageClient;
  let project: string;
  beforeAll(async () => {
    project = await initProject();
    server = startYamlServer({ validate: true, completion: true, hover: true, schemaStore: { enable: false } });
    await server.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(project).href,
      capabilities: { textDocument: { completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true } } }, workspace: { configuration: true } },
    });
    server.notify('initialized', {});
    server.notify('workspace/didChangeConfiguration', { settings: { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } } });
  }, 60_000);
  afterAll(async () => server?.stop());

  /** Opens the starter journey with `edit` applied, as an editor does with unsaved changes. */
  const open = (edit: (text: string) => string) => {
    const path = join(project, 'cx/journeys/first-purchase.yaml');
    const text = edit(readFileSync(path, 'utf8'));
    const uri = pathToFileURL(path).href;
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return { uri, text };
  };
  const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start));
  const documentation = (item: CompletionItem | undefined) => (typeof item?.documentation === 'string' ? item.documentation : item?.documentation?.value);

  it('flags a misspelled field of a stage', async () => {
    const { uri, text } = open((text) => text.replace('    customerGoal: Find a shop', '    custmerGoal: Find a shop'));
    const { diagnostics } = await server.waitFor<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length > 0);
    expect(diagnostics.map((d) => [d.range.start.line, d.message])).toContainEqual([lineOf(text, '    custmerGoal: Find a shop'), 'Property custmerGoal is not allowed.']);
    server.notify('textDocument/didClose', { textDocument: { uri } });
  }, 60_000);

  it('completes the fields of a stage and of a step, with their descriptions', async () => {
    const { uri, text } = open((text) => text.replace('    kind: awareness\n', '    kind: awareness\n    \n').replace('        emotion: 3\n', '        emotion: 3\n        \n'));
    const at = (line: number, character: number) => server.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    const items = (result: { items: CompletionItem[] } | CompletionItem[]) => (Array.isArray(result) ? result : result.items);
    const stageLine = lineOf(text, '    kind: awareness') + 1;
    const stage = items(await at(stageLine, 4));
    expect(stage.map((item) => item.label)).toEqual(expect.arrayContaining(['customerGoal', 'owner', 'emotion']));
    expect(documentation(stage.find((item) => item.label === 'customerGoal'))).toMatch(/\S/);
    const stepLine = lineOf(text, '        emotion: 3') + 1;
    const step = items(await at(stepLine, 8));
    expect(step.map((item) => item.label)).toEqual(expect.arrayContaining(['momentOfTruth', 'painPoints', 'opportunities']));
    expect(step.map((item) => item.label)).not.toContain('customerGoal');
    expect(documentation(step.find((item) => item.label === 'momentOfTruth'))).toMatch(/\S/);
    server.notify('textDocument/didClose', { textDocument: { uri } });
  }, 60_000);
});
