// The docs' link check fails the build on a broken internal link: proven on a small site that
// uses the docs' own link settings and has one page with broken links.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const fixture = resolve(import.meta.dirname, 'fixtures/broken-link');
const astro = resolve(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const out = mkdtempSync(join(tmpdir(), 'journeykit-docs-broken-link-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

test('a page with a broken internal link fails the build, naming the link', () => {
  const build = spawnSync(process.execPath, [astro, 'build', '--root', fixture, '--outDir', out], {
    cwd: fixture,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const log = `${build.stdout}${build.stderr}`;
  expect(build.status, log).not.toBe(0);
  expect(log).toContain('Links validation failed.');
  expect(log).toContain('/guides/missing/');
  // A link into the gallery counts only when the example site has that page.
  expect(log).toContain('/gallery/no-such-example/');
});
