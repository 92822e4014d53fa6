import { describe, expect, it } from 'vitest';
import { checkContents, type PackedContents } from './contents-rules.ts';
import type { Manifest } from './manifest.ts';

const manifest: Manifest = {
  name: '@journeykit/example',
  version: '1.0.0',
  license: 'MIT',
  type: 'module',
  engines: { node: '>=22.18' },
  bin: { example: './bin/example.js' },
  exports: {
    '.': { '@journeykit/source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' },
    './routes/*': './src/routes/*',
    './package.json': './package.json',
  },
  dependencies: { zod: '4.0.0' },
  peerDependencies: { astro: '^7.0.0' },
};

const good: Record<string, string> = {
  'package.json': '{}',
  'README.md': '# Example',
  LICENSE: 'MIT',
  'bin/example.js': "#!/usr/bin/env node\nimport '@journeykit/example';\n",
  'src/index.ts': "import * as z from 'zod';\nimport type { AstroIntegration } from 'astro';\n",
  'src/routes/page.astro': "---\nimport { z } from 'zod';\nimport Layout from '../components/Layout.astro';\n---\n",
  'dist/index.js': "import * as z from 'zod';\nimport { readFile } from 'node:fs/promises';\nimport { data } from 'virtual:example';\n",
  'dist/index.js.map': JSON.stringify({ sources: ['../src/index.ts'] }),
  'dist/index.d.ts': "import type { AstroIntegration } from 'astro';\n",
};

function pack(files: Record<string, string>, changes: Partial<Manifest> = {}): PackedContents {
  return { manifest: { ...manifest, ...changes }, files: new Set(Object.keys(files)), read: (path) => files[path]! };
}

function rules(files: Record<string, string>, changes: Partial<Manifest> = {}): string[] {
  return checkContents(pack(files, changes)).map((problem) => `${problem.rule}: ${problem.message}`);
}

describe('checkContents', () => {
  it('finds nothing wrong with a complete package', () => {
    expect(rules(good)).toEqual([]);
  });

  it('reports tests, fixtures, benchmarks, scripts and build bookkeeping', () => {
    const extra = ['src/a.test.ts', 'src/a.test-d.ts', 'dist/a.test.js', 'test/fixtures/x.yaml', 'bench/site.ts', 'scripts/write.ts', 'dist/.tsbuildinfo', 'test/browser/a.e2e.ts'];
    expect(rules({ ...good, ...Object.fromEntries(extra.map((file) => [file, ''])) }).filter((line) => line.startsWith('contents/dev-file'))).toHaveLength(extra.length);
  });

  it('reports a missing README and LICENSE', () => {
    const { LICENSE, 'README.md': readme, ...rest } = good;
    expect(rules(rest)).toEqual(['contents/readme-license: The tarball has no README.md.', 'contents/readme-license: The tarball has no LICENSE.']);
  });

  it('reports export targets that are not in the tarball, under every condition and pattern', () => {
    const { 'src/index.ts': source, 'src/routes/page.astro': page, ...rest } = good;
    expect(rules(rest)).toEqual([
      'exports/target-exists: exports["."]["@journeykit/source"] points at ./src/index.ts, which is not in the tarball.',
      'exports/target-exists: exports["./routes/*"] points at ./src/routes/*, which is not in the tarball.',
      'maps/sources: dist/index.js.map maps to src/index.ts, which is not in the tarball.',
    ]);
  });

  it('reports "types" after the condition that wins, and conditions after "default"', () => {
    const exports = { '.': { default: './dist/index.js', types: './dist/index.d.ts' } };
    expect(rules(good, { exports })).toEqual([
      'exports/types-first: exports["."] lists "types" after "default", so TypeScript never reads it.',
      'exports/default-last: exports["."] lists conditions after "default", which are never reached.',
    ]);
  });

  it('reports compiled modules without declarations, stale output and missing output', () => {
    const { 'dist/index.d.ts': types, ...rest } = good;
    expect(rules({ ...rest, 'dist/old.js': '', 'dist/old.d.ts': '', 'src/new.ts': '' })).toEqual([
      'exports/target-exists: exports["."]["types"] points at ./dist/index.d.ts, which is not in the tarball.',
      'types/declarations: dist/index.js has no declaration file beside it.',
      'contents/stale-build: dist/old.js has no source in src/: a stale build? Remove dist/ and build again.',
      'contents/missing-build: dist/new.js is missing: build before packing.',
    ]);
  });

  it('reports runtime imports of packages it does not depend on, but not type imports', () => {
    const files = { ...good, 'dist/vite.js': "import { a } from 'vite/internal';\nexport { b } from 'vega';\n", 'dist/vite.d.ts': "import type { Plugin } from 'vite';\n", 'src/vite.ts': "import type { Plugin } from 'vite';\n" };
    expect(rules(files)).toEqual([
      'imports/undeclared: dist/vite.js imports vite, which is not in dependencies or peerDependencies.',
      'imports/undeclared: dist/vite.js imports vega, which is not in dependencies or peerDependencies.',
    ]);
  });

  it('reports workspace ranges, a missing or too old Node engine, CommonJS and no license', () => {
    const changes = { dependencies: { '@journeykit/core': 'workspace:^' }, engines: { node: '>=20' }, type: 'commonjs' };
    expect(rules(good, changes)).toEqual([
      'manifest/esm: package.json should say "type": "module": the packages are ESM only.',
      'manifest/local-range: dependencies.@journeykit/core is "workspace:^", which only resolves in this repository.',
      'manifest/engines: engines.node is ">=20"; it should be ">=22.12.0" or later, as Astro 7 needs.',
      'imports/undeclared: src/index.ts imports zod, which is not in dependencies or peerDependencies.',
      'imports/undeclared: src/routes/page.astro imports zod, which is not in dependencies or peerDependencies.',
      'imports/undeclared: dist/index.js imports zod, which is not in dependencies or peerDependencies.',
    ]);
    expect(rules(good, { engines: {} })).toEqual(['manifest/engines: engines.node is undefined; it should be ">=22.12.0" or later, as Astro 7 needs.']);
  });

  it('reports a missing bin and a bin without a shebang', () => {
    expect(rules({ ...good, 'bin/example.js': "import '@journeykit/example';\n" })).toEqual(['bin/shebang: ./bin/example.js does not start with "#!/usr/bin/env node".']);
    const { 'bin/example.js': bin, ...rest } = good;
    expect(rules(rest)).toEqual(['bin/exists: bin.example points at ./bin/example.js, which is not in the tarball.']);
  });
});
