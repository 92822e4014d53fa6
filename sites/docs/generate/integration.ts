// The docs' own Astro integrations: one writes the generated reference pages before Astro reads
// the content and builds the gallery beside the docs; the other adds the gallery to the output.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cliExamples } from '../cli-examples.ts';
import { cliPage } from './cli-reference.ts';
import { parseUsage } from './cli-usage.ts';
import { definitionFilePages } from './definition-files.ts';
import { buildGallery, copyGallery } from './gallery.ts';
import { generatedData, referenceContent, repoRoot } from './paths.ts';
import { rulesPage } from './rules-reference.ts';
import { runCli, runExamples } from './run-cli.ts';

async function writeAll(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

/** Runs the CLI and writes every generated page; resolves with how many examples ran. */
async function generate(): Promise<number> {
  const help = await runCli(['--help'], repoRoot);
  if (help.exit !== 0) throw new Error(`"journeykit --help" exited with ${help.exit}:\n${help.output}`);
  const runs = await runExamples(cliExamples);
  await rm(referenceContent, { recursive: true, force: true });
  await writeAll(referenceContent, {
    ...definitionFilePages(),
    'rules.md': rulesPage(),
    'cli.md': cliPage(help.output, parseUsage(help.output), runs),
  });
  await writeAll(generatedData, { 'cli-runs.json': `${JSON.stringify(runs, null, 2)}\n` });
  return runs.length;
}

/** Promises that must not count as unhandled while they wait for the hook that awaits them. */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/**
 * The two integrations of the docs: `generate` goes before Starlight (its work runs while
 * TypeDoc does, and its gallery is awaited before links are checked), `publish` after it (the
 * gallery is copied in after Starlight's search index, since each example site has its own).
 */
export function journeykitDocs(options: { site: string }): { generate: AstroIntegration; publish: AstroIntegration } {
  let pages: Promise<number> | undefined;
  let gallery: ReturnType<typeof buildGallery> | undefined;
  return {
    generate: {
      name: 'journeykit-docs:generate',
      hooks: {
        'astro:config:setup': ({ command }) => {
          if (command === 'preview') return;
          // Both run in other processes (the CLI) while Starlight runs TypeDoc in this one.
          pages = started(generate());
          if (command === 'build') gallery = started(buildGallery(options.site));
        },
        'astro:config:done': async ({ logger }) => {
          if (pages === undefined) return;
          logger.info(`Generated the reference pages and ran ${await pages} CLI examples.`);
        },
        'astro:build:done': async ({ logger }) => {
          const built = await gallery!;
          logger.info(`Built the gallery: ${built.map(({ name, seconds }) => `${name} in ${seconds.toFixed(1)} s`).join(', ')}.`);
        },
      },
    },
    publish: {
      name: 'journeykit-docs:publish',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await copyGallery(fileURLToPath(dir));
        },
      },
    },
  };
}
