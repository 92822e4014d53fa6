// The reference of definition files, generated from the zod schemas through the JSON Schemas
// editors use: a page per kind of file with its fields, nested objects and real examples.
import GithubSlugger from 'github-slugger';
import { configFileNames, entityKinds, fileSchemas, jsonSchemas, type EntityKind } from '@journeykit/core';
import { exampleFiles, type ExampleFile } from './examples.ts';
import { code, generatedNote, inlineCode, page, table } from './markdown.ts';
import { objectTables, type JsonSchema, type ObjectTable } from './schema-fields.ts';

type FileKind = EntityKind | 'config';

/** Where the pages live, under the docs' `reference/`. */
export const filesFolder = 'files';

/** The kinds of definition file, the config first, then as a workspace lists its folders. */
export function fileKinds(): FileKind[] {
  return ['config', ...(Object.keys(fileSchemas) as FileKind[]).filter((kind) => kind !== 'config')];
}

const schemaUrl = (kind: FileKind) => `https://unpkg.com/@journeykit/core/schemas/${kind}.schema.json`;

function titleOf(kind: FileKind): string {
  return kind === 'config' ? 'Workspace config' : `${entityKinds[kind].title} files`;
}

/** Where files of the kind go and what they hold, in a sentence or two. */
function where(kind: FileKind): string {
  if (kind === 'config') {
    return `One per workspace, at its root: ${configFileNames.map((name) => inlineCode(name)).join(', ')} (looked for in this order).`;
  }
  const { folder, title } = entityKinds[kind];
  const files = `In ${inlineCode(`${folder}/`)}: each file holds one ${title.toLowerCase()} or a list of them, in YAML, JSON or TypeScript.`;
  // The changes-only form has its own fields; the guide explains them with the as-is they change.
  if (kind === 'journey') return `${files} A to-be journey may instead name its as-is journey in ${inlineCode('variantOf')} and declare only what it removes, replaces and adds, under ${inlineCode('changes')}: see [As-is and to-be](/guides/authoring/#as-is-and-to-be).`;
  return files;
}

function exampleBlock(file: ExampleFile): string {
  return code(file.language, file.text, `title=${JSON.stringify(file.path)}`);
}

/** The helper a TypeScript file of the kind calls, read from the real TypeScript example. */
function defineHelper(examples: ExampleFile[]): string | undefined {
  const typescript = examples.find((file) => file.language === 'ts');
  return typescript?.text.match(/\b(define[A-Z]\w*)\(/)?.[1];
}

function tableSection(object: ObjectTable): string {
  const rows = object.fields.map((field) => [
    inlineCode(field.name),
    field.type,
    field.required ? 'yes' : '',
    field.default === undefined ? '' : inlineCode(JSON.stringify(field.default)),
    field.description,
  ]);
  const where = object.path === '' ? '' : `${inlineCode(object.path)}: ${object.description}`;
  const extensions = object.extensible ? 'Keys that start with `x-` (like `x-jira: OPS-12`) are kept for your own tools and never reported.' : '';
  const heading = object.path === '' ? '## Fields' : `## ${object.title} (${inlineCode(object.path)})`;
  return [heading, where, table(['Field', 'Type', 'Required', 'Default', 'Description'], rows), extensions].filter((part) => part !== '').join('\n\n');
}

/** The page of one kind of definition file. */
export function definitionFilePage(kind: FileKind, order: number): string {
  const schema = jsonSchemas()[kind] as JsonSchema;
  const slugger = new GithubSlugger();
  // Headings are slugged in page order, as Astro does, so links to them match its ids.
  const slugs = new Map<string, string>();
  for (const heading of ['Editor completion', 'Examples']) slugger.slug(heading);
  const linkTo = (target: { path: string; title: string }) => `[${target.title}](#${slugs.get(target.path)})`;
  // Twice: the first pass finds the headings, the second links the nested objects to them.
  for (const object of objectTables(schema, () => '')) slugs.set(object.path, slugger.slug(object.path === '' ? 'Fields' : `${object.title} (${object.path})`));
  const tables = objectTables(schema, linkTo);
  const examples = exampleFiles(kind);
  if (examples.length === 0) throw new Error(`No example workspace has a ${kind} file: the reference of ${kind} files would have no example. Add one under examples/.`);
  const helper = defineHelper(examples);
  const body = [
    generatedNote('the zod schemas of @journeykit/core'),
    `${schema.description ?? ''} ${where(kind)}`,
    '## Editor completion',
    `YAML files get completion and checks as you type (with the YAML extension of VS Code, or any editor using yaml-language-server) from a first line naming the JSON Schema; ${inlineCode('journeykit init')} writes it with the version pinned:`,
    code('yaml', `# yaml-language-server: $schema=${schemaUrl(kind)}`),
    `The schema also ships in the package, as ${inlineCode(`@journeykit/core/schemas/${kind}.schema.json`)}.` +
      (helper === undefined ? '' : ` TypeScript files get the same checks from ${inlineCode(helper)}, imported from ${inlineCode('@journeykit/core')}.`),
    '## Examples',
    `From the example workspaces of the repository, checked in its tests:`,
    ...examples.map(exampleBlock),
    ...tables.map(tableSection),
  ];
  return page(
    { title: titleOf(kind), description: schema.description ?? titleOf(kind), editUrl: false, sidebar: { order } },
    body.join('\n\n'),
  );
}

/** The overview of definition files: every kind, where it goes, and its page. */
export function definitionFilesIndex(): string {
  const rows = fileKinds().map((kind) => [
    `[${titleOf(kind)}](/reference/${filesFolder}/${kind}/)`,
    kind === 'config' ? inlineCode(configFileNames[0]) : inlineCode(`${entityKinds[kind].folder}/`),
    (jsonSchemas()[kind] as JsonSchema).description ?? '',
  ]);
  return page(
    { title: 'Definition files', description: 'Every kind of file in a Journeykit workspace, with its fields.', editUrl: false, sidebar: { order: 0, label: 'Overview' } },
    [
      generatedNote('the zod schemas of @journeykit/core'),
      'A workspace is a folder with a config file and a folder per kind of definition. Each page lists the fields of one kind of file, with their types, defaults and descriptions, and real examples.',
      table(['File', 'Where', 'What it holds'], rows),
    ].join('\n\n'),
  );
}

/** Every page of the definition files reference, by path under `reference/`. */
export function definitionFilePages(): Record<string, string> {
  const pages: Record<string, string> = { [`${filesFolder}/index.md`]: definitionFilesIndex() };
  fileKinds().forEach((kind, index) => {
    pages[`${filesFolder}/${kind}.md`] = definitionFilePage(kind, index + 1);
  });
  return pages;
}
