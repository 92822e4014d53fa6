import { describe, expect, it } from 'vitest';
import { packageOf, runtimeImports } from './imports.ts';

describe('runtimeImports', () => {
  it('finds static, side-effect, re-export and dynamic imports, each once', () => {
    const source = [
      "import a from 'a';",
      "import { b, type B } from '@scope/b/sub';",
      "import {\n  c,\n} from 'c';",
      "import 'd.css';",
      "export * from './e.ts';",
      "export { f } from 'f';",
      "const g = await import('g');",
      "import a2 from 'a';",
    ].join('\n');
    expect(runtimeImports(source)).toEqual(['a', '@scope/b/sub', 'c', 'd.css', './e.ts', 'f', 'g']);
  });

  it('leaves out type-only imports and exports, and strings that only mention import', () => {
    const source = "import type { A } from 'a';\nimport type B from 'b';\nexport type { C } from 'c';\nconst conditions = ['import', 'default'];\nconst from = 'x';\n";
    expect(runtimeImports(source)).toEqual([]);
  });
});

describe('packageOf', () => {
  it('names the package of a bare specifier, and nothing for paths, built-ins and virtual modules', () => {
    expect(['zod', 'astro/errors', '@journeykit/core/node', './a.ts', '/abs.js', 'node:fs', 'fs/promises', 'virtual:journeykit/data', 'astro:content'].map(packageOf)).toEqual([
      'zod',
      'astro',
      '@journeykit/core',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
