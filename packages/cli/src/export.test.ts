import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importMermaid } from '@journeykit/core';
import { describe, expect, it } from 'vitest';
import { folderWith, repository, run } from '../test/cli.ts';

const b2b = join(repository, 'examples/b2b-saas');
const ecommerce = join(repository, 'examples/ecommerce');

describe('journeykit export', () => {
  it('prints a Markdown report per journey, separated by a thematic break, the same on every run', async () => {
    const first = await run(['export', b2b, '--format', 'markdown']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^# Land and expand\n[^]*\n\n---\n\n# Onboarding, as it should become\n/);
    expect(first.stdout).toContain('```mermaid\njourney\n  title Land and expand\n');
    expect((await run(['export', b2b, '--format', 'markdown'])).stdout).toBe(first.stdout);
  });

  it('prints the Mermaid diagram of one journey, which imports back without errors', async () => {
    const { code, stdout } = await run(['export', ecommerce, '--format', 'mermaid', '--journey', 'returns']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^journey\n  title Returning an item\n/);
    expect(importMermaid(stdout).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('prints the chosen journeys as one JSON document, in the order chosen', async () => {
    const { code, stdout } = await run(['export', b2b, '--format', 'json', '--journey', 'onboarding-to-be', '--journey', 'land-and-expand']);
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as { format: string; journeys: { journey: { id: string } }[] };
    expect(document.format).toBe('journeykit-export');
    expect(document.journeys.map((report) => report.journey.id)).toEqual(['onboarding-to-be', 'land-and-expand']);
  });

  it('writes a file per journey into a folder, and one file otherwise, replacing what was there', async () => {
    const out = folderWith({ 'reports/land-and-expand.mmd': 'old\n', 'all.md': 'old\n' });
    const folder = await run(['export', b2b, '--format', 'mermaid', '--out', 'reports'], out);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toMatch(/^Exported 2 journeys of \S+ as mermaid to reports\/ \(land-and-expand\.mmd, onboarding-to-be\.mmd\)\.\n$/);
    expect(readdirSync(join(out, 'reports')).sort()).toEqual(['.journeykit-export', 'land-and-expand.mmd', 'onboarding-to-be.mmd']);
    expect(readFileSync(join(out, 'reports/land-and-expand.mmd'), 'utf8')).toMatch(/^journey\n/);
    expect((await run(['export', b2b, '--format', 'markdown', '--out', 'all.md'], out)).code).toBe(0);
    expect(readFileSync(join(out, 'all.md'), 'utf8')).toBe((await run(['export', b2b, '--format', 'markdown'])).stdout);
    expect((await run(['export', b2b, '--format', 'json', '--out', 'new/'], out)).code).toBe(0);
    expect(readdirSync(join(out, 'new')).sort()).toEqual(['.journeykit-export', 'journeys.json']);
  });

  it('writes into a folder only when it is new, empty, or holds the files it writes, never into the workspace', async () => {
    const root = folderWith({ 'victim/notes.txt': 'keep me\n', 'ws/journeykit.config.yaml': 'name: Export\n', 'ws/journeys/a.yaml': 'id: a\ntitle: A\nstages:\n  - id: s\n    name: S\n    kind: custom\n    steps: []\n' });
    const victim = await run(['export', b2b, '--format', 'mermaid', '--out', 'victim/'], root);
    expect(victim.code).toBe(2);
    expect(victim.stderr).toBe(
      `journeykit: Journeykit will not write into "${join(root, 'victim')}": it holds notes.txt, and is not a folder Journeykit exported to (no .journeykit-export file). Give --out a new or empty folder, or a folder Journeykit exported to before. Nothing was exported.\n`,
    );
    expect(readdirSync(join(root, 'victim'))).toEqual(['notes.txt']);
    const own = await run(['export', 'ws', '--format', 'json', '--out', 'ws'], root);
    expect(own.code).toBe(2);
    expect(own.stderr).toContain('it is the workspace, which the output would replace.');
    expect(readdirSync(join(root, 'ws')).sort()).toEqual(['journeykit.config.yaml', 'journeys']);
  });

  it('writes a self-contained HTML page per journey into a folder, in one build', async () => {
    const out = join(folderWith({}), 'reports/');
    const { code, stdout } = await run(['export', ecommerce, '--format', 'html', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Exported 2 journeys of .* as html to .*reports\/ \(first-purchase\.html, returns\.html\)\.\n$/);
    const page = readFileSync(join(out, 'first-purchase.html'), 'utf8');
    expect(page).toContain('<figure class="jk-chart" id="event-funnel-purchase-funnel"');
    expect(page).not.toMatch(/<script|<link[^>]+stylesheet/);
  });

  it('names the journeys there are when an id names none, and exits 2', async () => {
    const { code, stdout, stderr } = await run(['export', b2b, '--format', 'markdown', '--journey', 'land-and-expnd']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^journeykit: No journey has the id "land-and-expnd"\. Did you mean "land-and-expand"\? The journeys of \S+ are: land-and-expand, onboarding-to-be\.\n$/);
  });

  it('asks for one journey, or a folder, to write Mermaid diagrams of several', async () => {
    const { code, stderr } = await run(['export', b2b, '--format', 'mermaid']);
    expect(code).toBe(2);
    expect(stderr).toBe('journeykit: --format mermaid writes a file per journey, and 2 are chosen: pick one with --journey (land-and-expand, onboarding-to-be), or give --out a folder.\n');
  });

  it('reports a broken workspace on standard error, exits 1 and writes nothing', async () => {
    const root = folderWith({ 'journeykit.config.yaml': 'name: Broken\n', 'journeys/a.yaml': 'id: a\ntitle: A\npersonas: [sam]\nstages:\n  - id: s\n    name: S\n    kind: custom\n' });
    const { code, stdout, stderr } = await run(['export', '.', '--format', 'markdown', '--out', 'a.md'], root);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('journeys/a.yaml:3:12 error No persona has the id "sam". There are no personas yet. refs/persona-exists');
    expect(stderr).toContain('journeykit: the workspace has errors, so nothing was exported.');
    expect(existsSync(join(root, 'a.md'))).toBe(false);
  });

  it.each([
    [['export', '.'], 'Missing --format: one of markdown, mermaid, html, json.'],
    [['export', '.', '--format', 'pdf'], 'Unknown format "pdf": expected one of markdown, mermaid, html, json.'],
    [['export', 'nowhere', '--format', 'json'], 'No folder at "nowhere".'],
  ])('treats %j as a usage error', async (args, message) => {
    const { code, stderr } = await run(args, folderWith({}));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
