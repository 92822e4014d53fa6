import { posix } from 'node:path';
import { packageOf, runtimeImports } from './imports.ts';
import { runtimeDependencyFields, type Exports, type Manifest } from './manifest.ts';

/** A package as its tarball holds it. */
export interface PackedContents {
  /** package.json as packed: `publishConfig` applied, `workspace:` ranges replaced. */
  manifest: Manifest;
  /** Every file in the tarball, relative to its `package/` folder. */
  files: ReadonlySet<string>;
  /** Reads a file of the tarball as text. */
  read(path: string): string;
}

/** Something wrong with a package's contents: a stable rule id and what to fix. */
export interface Problem {
  rule: string;
  message: string;
}

/** The oldest Node that Astro 7 runs on; packages may ask for more, never less. */
export const minimumNode = [22, 12, 0] as const;

// Tests, fixtures, benchmarks, scripts, caches and build bookkeeping: never for users.
const devFile = [
  /(^|\/)(test|tests|__tests__|fixtures?|bench|scripts|coverage|node_modules|\.astro)\//,
  /\.(test|spec|e2e|bench)\.[cm]?[jt]sx?$/,
  /\.test-d\.[cm]?tsx?$/,
  /\.tsbuildinfo$/,
];

/** Every problem with a packed package, or none. */
export function checkContents(pkg: PackedContents): Problem[] {
  return [
    ...devFiles(pkg),
    ...readmeAndLicense(pkg),
    ...manifestFields(pkg),
    ...exportTargets(pkg),
    ...bins(pkg),
    ...typesBesideJs(pkg),
    ...buildMirrorsSource(pkg),
    ...declaredImports(pkg),
    ...sourceMaps(pkg),
  ];
}

function devFiles({ files }: PackedContents): Problem[] {
  return [...files]
    .filter((file) => devFile.some((pattern) => pattern.test(file)))
    .map((file) => ({ rule: 'contents/dev-file', message: `${file} is for development only; leave it out of "files".` }));
}

function readmeAndLicense({ files }: PackedContents): Problem[] {
  return ['README.md', 'LICENSE']
    .filter((file) => !files.has(file))
    .map((file) => ({ rule: 'contents/readme-license', message: `The tarball has no ${file}.` }));
}

function manifestFields({ manifest }: PackedContents): Problem[] {
  const problems: Problem[] = [];
  if (manifest.type !== 'module') problems.push({ rule: 'manifest/esm', message: 'package.json should say "type": "module": the packages are ESM only.' });
  if (manifest.license === undefined) problems.push({ rule: 'manifest/license', message: 'package.json names no license.' });
  for (const field of runtimeDependencyFields) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|link|file|portal):/.test(range)) {
        problems.push({ rule: 'manifest/local-range', message: `${field}.${name} is "${range}", which only resolves in this repository.` });
      }
    }
  }
  const node = manifest.engines?.['node'];
  const lowest = node === undefined ? undefined : /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(node.trim());
  const version = lowest?.slice(1).map((part) => Number(part ?? 0));
  if (version === undefined || compare(version, minimumNode) < 0) {
    problems.push({ rule: 'manifest/engines', message: `engines.node is ${JSON.stringify(node)}; it should be ">=${minimumNode.join('.')}" or later, as Astro 7 needs.` });
  }
  return problems;
}

function exportTargets({ manifest, files }: PackedContents): Problem[] {
  const problems: Problem[] = [];
  if (manifest.exports === undefined) return [{ rule: 'exports/missing', message: 'package.json has no "exports" map.' }];
  for (const { subpath, conditions, target } of targets(manifest.exports)) {
    const where = `exports["${subpath}"]${conditions.map((c) => `["${c}"]`).join('')}`;
    if (!target.startsWith('./')) {
      problems.push({ rule: 'exports/relative', message: `${where} is "${target}"; targets start with "./".` });
    } else if (!matching(target.slice(2), files).length) {
      problems.push({ rule: 'exports/target-exists', message: `${where} points at ${target}, which is not in the tarball.` });
    }
  }
  for (const { subpath, keys } of conditionObjects(manifest.exports)) {
    const types = keys.indexOf('types');
    const standard = keys.findIndex((key) => ['import', 'require', 'node', 'module', 'default'].includes(key));
    if (types > standard && standard !== -1) {
      problems.push({ rule: 'exports/types-first', message: `exports["${subpath}"] lists "types" after "${keys[standard]}", so TypeScript never reads it.` });
    }
    if (keys.includes('default') && keys.at(-1) !== 'default') {
      problems.push({ rule: 'exports/default-last', message: `exports["${subpath}"] lists conditions after "default", which are never reached.` });
    }
  }
  return problems;
}

function bins({ manifest, files, read }: PackedContents): Problem[] {
  const bin = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  return Object.entries(bin).flatMap(([name, target]): Problem[] => {
    const file = posix.normalize(target);
    if (!files.has(file)) return [{ rule: 'bin/exists', message: `bin.${name} points at ${target}, which is not in the tarball.` }];
    if (!read(file).startsWith('#!/usr/bin/env node')) return [{ rule: 'bin/shebang', message: `${target} does not start with "#!/usr/bin/env node".` }];
    return [];
  });
}

function typesBesideJs({ files }: PackedContents): Problem[] {
  return [...files]
    .filter((file) => /\.m?js$/.test(file) && file.startsWith('dist/'))
    .filter((file) => !files.has(file.replace(/\.(m?)js$/, '.d.$1ts')))
    .map((file) => ({ rule: 'types/declarations', message: `${file} has no declaration file beside it.` }));
}

/** When both are shipped, dist/ holds exactly the compiled src/: nothing stale, nothing missing. */
function buildMirrorsSource({ files }: PackedContents): Problem[] {
  const compiled = [...files].filter((file) => file.startsWith('dist/') && file.endsWith('.js'));
  const sources = [...files].filter((file) => file.startsWith('src/') && /\.ts$/.test(file) && !file.endsWith('.d.ts'));
  if (compiled.length === 0 || sources.length === 0) return [];
  const fromSource = new Set(sources.map((file) => file.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')));
  return [
    ...compiled.filter((file) => !fromSource.has(file)).map((file) => ({ rule: 'contents/stale-build', message: `${file} has no source in src/: a stale build? Remove dist/ and build again.` })),
    ...[...fromSource].filter((file) => !files.has(file)).map((file) => ({ rule: 'contents/missing-build', message: `${file} is missing: build before packing.` })),
  ];
}

/** What runs (compiled JavaScript, and the sources Vite compiles for Astro pages) imports only declared packages. */
function declaredImports({ manifest, files, read }: PackedContents): Problem[] {
  const declared = new Set([manifest.name, ...runtimeDependencyFields.flatMap((field) => Object.keys(manifest[field] ?? {}))]);
  return [...files]
    .filter((file) => /\.(m?js|ts|astro)$/.test(file) && !file.endsWith('.d.ts'))
    .flatMap((file) =>
      runtimeImports(read(file))
        .map((specifier) => packageOf(specifier))
        .filter((name) => name !== undefined && !declared.has(name))
        .map((name) => ({ rule: 'imports/undeclared', message: `${file} imports ${name}, which is not in dependencies or peerDependencies.` })),
    );
}

function sourceMaps({ files, read }: PackedContents): Problem[] {
  return [...files]
    .filter((file) => file.endsWith('.map'))
    .flatMap((file) => {
      const map = JSON.parse(read(file)) as { sourceRoot?: string; sources?: string[] };
      return (map.sources ?? [])
        .map((source) => posix.normalize(posix.join(posix.dirname(file), map.sourceRoot ?? '', source)))
        .filter((source) => !files.has(source))
        .map((source) => ({ rule: 'maps/sources', message: `${file} maps to ${source}, which is not in the tarball.` }));
    });
}

/** Every path target of an exports map, with the subpath and conditions that lead to it. */
function targets(exports: Exports, subpath = '.', conditions: string[] = []): { subpath: string; conditions: string[]; target: string }[] {
  if (exports === null) return [];
  if (typeof exports === 'string') return [{ subpath, conditions, target: exports }];
  return Object.entries(exports).flatMap(([key, value]) =>
    key.startsWith('.') ? targets(value, key, []) : targets(value, subpath, [...conditions, key]),
  );
}

/** The condition objects of an exports map, with their keys in order. */
function conditionObjects(exports: Exports, subpath = '.'): { subpath: string; keys: string[] }[] {
  if (exports === null || typeof exports === 'string') return [];
  const keys = Object.keys(exports);
  const here = keys.some((key) => key.startsWith('.')) ? [] : [{ subpath, keys }];
  return [...here, ...Object.entries(exports).flatMap(([key, value]) => conditionObjects(value, key.startsWith('.') ? key : subpath))];
}

/** The files a target names: itself, or for a pattern with `*`, every file it matches. */
function matching(target: string, files: ReadonlySet<string>): string[] {
  if (!target.includes('*')) return files.has(target) ? [target] : [];
  const [before, after] = target.split('*') as [string, string];
  return [...files].filter((file) => file.startsWith(before) && file.endsWith(after) && file.length >= before.length + after.length);
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
