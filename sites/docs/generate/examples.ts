// The example workspaces of the repository, and the real files the reference quotes from them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { configFileNames, entityKinds, type EntityKind } from '@journeykit/core';
import { examplesRoot, repoRoot } from './paths.ts';

/** A definition file of an example workspace. */
export interface ExampleFile {
  /** Path from the repository root, like `examples/b2b-saas/personas/it-admin.yaml`. */
  path: string;
  language: 'yaml' | 'json' | 'ts';
  text: string;
}

const languages: Record<string, ExampleFile['language']> = { '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json', '.ts': 'ts' };

/** The example workspaces: folders of `examples/` with a workspace config, by name. */
export function exampleWorkspaces(): string[] {
  return readdirSync(examplesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && configFileNames.some((name) => existsSync(join(examplesRoot, entry.name, name))))
    .map((entry) => entry.name)
    .sort();
}

function read(path: string): ExampleFile {
  return { path: relative(repoRoot, path).split('\\').join('/'), language: languages[extname(path)]!, text: readFileSync(path, 'utf8') };
}

/**
 * One real file of this kind per example workspace: its config, or the shortest definition file
 * of the kind's folder (short files make the best examples).
 */
export function exampleFiles(kind: EntityKind | 'config'): ExampleFile[] {
  return exampleWorkspaces().flatMap((workspace) => {
    const root = join(examplesRoot, workspace);
    if (kind === 'config') {
      const name = configFileNames.find((candidate) => existsSync(join(root, candidate)));
      return name === undefined ? [] : [read(join(root, name))];
    }
    const folder = join(root, entityKinds[kind].folder);
    if (!existsSync(folder)) return [];
    const files = readdirSync(folder)
      .filter((name) => languages[extname(name)] !== undefined)
      .map((name) => read(join(folder, name)))
      .sort((a, b) => a.text.length - b.text.length || a.path.localeCompare(b.path));
    return files.slice(0, 1);
  });
}
