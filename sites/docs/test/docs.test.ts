// Builds the docs for real, as `pnpm run docs` does (warnings fail it), and reads the result back.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileSchemas, jsonSchemas } from '@journeykit/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { cliExamples } from '../cli-examples.ts';
import { parseUsage } from '../generate/cli-usage.ts';
import { exampleWorkspaces } from '../generate/examples.ts';
import { galleryShots } from '../generate/gallery-shots.ts';
import { docsRoot } from '../generate/paths.ts';
import { cliBin } from '../generate/run-cli.ts';
import type { JsonSchema } from '../generate/schema-fields.ts';

const dist = resolve(docsRoot, 'dist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

let log = '';

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: docsRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  log = `${build.stdout}${build.stderr}`;
  if (build.status !== 0) throw new Error(`The docs build failed with exit code ${build.status}:\n${log.slice(-6000)}`);
});

describe('the docs build', () => {
  test('ends without a warning', () => {
    expect(log).toContain('with no warnings');
    expect(log).not.toMatch(/\[WARN\]/);
  });

  test('checks every internal link', () => {
    expect(log).toContain('All internal links are valid.');
  });

  test('writes the hand-written pages', () => {
    for (const path of ['', 'getting-started', 'gallery', 'guides/authoring', 'guides/metrics', 'guides/astro-integration']) {
      expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    }
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });
});

describe('the definition files reference', () => {
  test('has a page for every kind of file, listing every field of its top level', () => {
    const schemas = jsonSchemas() as Record<string, JsonSchema>;
    for (const kind of Object.keys(fileSchemas)) {
      const schema = schemas[kind]!;
      const fields = Object.keys((schema.anyOf?.[0] ?? schema).properties ?? {});
      const html = page(`reference/files/${kind}`);
      expect(fields.length, kind).toBeGreaterThan(0);
      for (const field of fields) expect(html.includes(`>${field}</code></td>`), `${kind}.${field}`).toBe(true);
    }
  });

  test('documents nested objects, such as the touchpoints of a journey', () => {
    const journey = text(page('reference/files/journey'));
    expect(journey).toContain('Touchpoint (stages[].steps[].touchpoints[])');
    expect(journey).toContain('examples/b2b-saas/journeys/');
  });

  test('lists every rule', () => {
    expect(text(page('reference/rules'))).toContain('metric/no-target');
  });
});

describe('the CLI reference', () => {
  const help = spawnSync(process.execPath, [cliBin, '--help'], { encoding: 'utf8' }).stdout;
  const usage = parseUsage(help);

  test('has a section for every command of journeykit --help, with its options', () => {
    const html = page('reference/cli');
    expect(usage.commands.length).toBeGreaterThan(4);
    for (const command of usage.commands) {
      expect(html.includes(`id="journeykit-${command.name.replaceAll(' ', '-')}"`), command.name).toBe(true);
      for (const option of command.options) expect(text(html).includes(option.syntax), `${command.name} ${option.flag}`).toBe(true);
    }
  });

  test('shows the real output of every listed command line', () => {
    const shown = text(page('reference/cli'));
    for (const example of cliExamples) expect(shown.includes(`$ ${example.run}`), example.run).toBe(true);
    expect(shown).toContain('No problems found.');
    expect(shown).toContain('Did you mean "channel"?');
  });
});

describe('the API reference', () => {
  test('has a page per module and per export', () => {
    for (const path of ['api', 'api/journeykit/core', 'api/journeykit/core/node', 'api/journeykit/astro', 'api/journeykit', 'api/journeykit/core/functions/nps']) {
      expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    }
    expect(text(page('api/journeykit/core/functions/nps'))).toContain('Example');
  });
});

describe('the gallery', () => {
  test('publishes every example workspace under gallery/<name>/, with its base path', () => {
    const examples = exampleWorkspaces();
    expect(examples).toEqual(['b2b-saas', 'ecommerce', 'home-solar']);
    for (const name of examples) {
      const home = page(`gallery/${name}`);
      expect(home.includes(`href="/gallery/${name}/journeys/`), name).toBe(true);
      expect(existsSync(join(dist, 'gallery', name, 'pagefind')), `${name} has its own search`).toBe(true);
    }
  });

  test('shows a small screenshot of each page it names, linked to that page', () => {
    const gallery = page('gallery');
    for (const shot of galleryShots()) {
      const file = join(docsRoot, 'src/assets/gallery', shot.file);
      expect(statSync(file).size, shot.file).toBeLessThan(200_000);
      expect(gallery.includes(shot.file.replace(/\.png$/, '')), shot.file).toBe(true);
      expect(existsSync(join(dist, shot.path, 'index.html')), shot.path).toBe(true);
    }
  });

  test('every page of every example site passes the W3C Nu HTML checker', () => {
    const folders = exampleWorkspaces().map((name) => join(dist, 'gallery', name));
    const pages = folders.flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')));
    expect(pages.length).toBeGreaterThan(50);
    // vnu.jar runs on Java, which .ci/run installs; its package's own launcher would download a JRE.
    const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
    const checked = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', ...folders], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(checked.error, 'java must be installed to run the Nu HTML checker').toBeUndefined();
    const { messages } = JSON.parse(checked.stderr) as { messages: { url: string; lastLine?: number; message: string }[] };
    expect(messages.map((message) => `${message.url.replace(`file:${dist}/`, '')}:${message.lastLine ?? 0} ${message.message}`)).toEqual([]);
  }, 300_000);

  test('stays out of the docs search, since each example site has its own', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const docsPages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html') && !/^gallery[\\/][^\\/]+[\\/]/.test(path));
    expect(indexed).toBeGreaterThan(0);
    expect(indexed).toBeLessThanOrEqual(docsPages.length);
  });
});
