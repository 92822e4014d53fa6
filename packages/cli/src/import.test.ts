import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { journeySchema } from '@journeykit/core';
import { loadWorkspace } from '@journeykit/core/node';
import { describe, expect, it } from 'vitest';
import { folderWith, repository, run } from '../test/cli.ts';

const workingDay = readFileSync(join(repository, 'packages/core/test/mermaid-docs/working-day.mmd'), 'utf8');

/** A new workspace made by `journeykit init`, with the diagram beside it. */
async function workspaceWith(diagram: string): Promise<string> {
  const root = folderWith({ 'day.mmd': diagram });
  expect((await run(['init', 'cx'], root)).code).toBe(0);
  return root;
}

describe('journeykit import mermaid', () => {
  it('imports the example of Mermaid\'s documentation into a workspace that then checks clean', async () => {
    const root = await workspaceWith(workingDay);
    const { code, stdout, stderr } = await run(['import', 'mermaid', 'day.mmd', '--into', 'cx'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('day.mmd:2:1 warning The journey\'s id "my-working-day" comes from its title. mermaid/assumed');
    expect(stdout).toContain('0 errors, 7 warnings and 0 infos in 1 file.');
    expect(stdout).toMatch(/Imported "My working day" from day\.mmd into cx:\n {2}journeys\/my-working-day\.yaml\n {2}personas\/me\.yaml\n {2}personas\/cat\.yaml\n/);
    expect(readFileSync(join(root, 'cx/journeys/my-working-day.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/@journeykit\/core@[^/]+\/schemas\/journey\.schema\.json\n# Imported from day\.mmd by journeykit import mermaid\.\nid: my-working-day\n/);
    const checked = await run(['check', 'cx'], root);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^cx: 2 journeys, 3 personas/);
  });

  it('gives back an exported journey whole, in the workspace it came from', async () => {
    const root = folderWith({});
    cpSync(join(repository, 'examples/b2b-saas'), join(root, 'b2b'), { recursive: true, filter: (path) => !path.includes('node_modules') });
    expect((await run(['export', 'b2b', '--format', 'mermaid', '--journey', 'land-and-expand', '--out', 'land.mmd'], root)).code).toBe(0);
    const { code, stdout } = await run(['import', 'mermaid', 'land.mmd', '--into', 'b2b', '--id', 'land-and-expand-copy'], root);
    expect(code).toBe(0);
    expect(stdout).not.toContain('warning');
    const { value } = await loadWorkspace(join(root, 'b2b'));
    const original = value?.journeys.find((j) => j.id === 'land-and-expand');
    expect(value?.journeys.find((j) => j.id === 'land-and-expand-copy')).toEqual(journeySchema.parse({ ...original, id: 'land-and-expand-copy' }));
  });

  it('never overwrites a file and writes nothing then', async () => {
    const root = await workspaceWith(workingDay);
    expect((await run(['import', 'mermaid', 'day.mmd', '--into', 'cx'], root)).code).toBe(0);
    const before = readFileSync(join(root, 'cx/journeys/my-working-day.yaml'), 'utf8');
    const again = await run(['import', 'mermaid', 'day.mmd', '--into', 'cx'], root);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('error The workspace already has a journey with the id "my-working-day", in journeys/my-working-day.yaml. import/id-taken');
    expect(again.stderr).toBe('journeykit: nothing was imported.\n');
    const stray = folderWith({ 'day.mmd': workingDay });
    expect((await run(['init', 'cx'], stray)).code).toBe(0);
    cpSync(join(root, 'cx/personas/me.yaml'), join(stray, 'cx/personas/cat.yaml'));
    const taken = await run(['import', 'mermaid', 'day.mmd', '--into', 'cx'], stray);
    expect(taken.code).toBe(1);
    expect(readFileSync(join(root, 'cx/journeys/my-working-day.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(stray, 'cx/journeys/my-working-day.yaml'))).toBe(false);
    expect(readdirSync(join(stray, 'cx/personas'))).toEqual(['cat.yaml', 'first-time-buyer.yaml']);
  });

  it('points at the line and column of a diagram it cannot read, and writes nothing', async () => {
    const root = await workspaceWith('journey\n  title Broken\n  section Work\n    Make tea: lots: Me\n');
    const { code, stdout } = await run(['import', 'mermaid', 'day.mmd', '--into', 'cx'], root);
    expect(code).toBe(1);
    expect(stdout).toContain('day.mmd:4:15 error Invalid score "lots": expected a whole number from 0 to 5, how the user feels at the task. mermaid/score');
    expect(stdout).toContain('> 4 |     Make tea: lots: Me\n    |               ^^^^');
    expect(readdirSync(join(root, 'cx/journeys'))).toEqual(['first-purchase.yaml']);
  });

  it('refuses to import into a folder that is not a valid workspace', async () => {
    const root = folderWith({ 'day.mmd': workingDay });
    const { code, stderr } = await run(['import', 'mermaid', 'day.mmd'], root);
    expect(code).toBe(1);
    expect(stderr).toContain('journeykit: . is not a valid workspace, so nothing was imported into it.');
    expect(readdirSync(root)).toEqual(['day.mmd']);
  });

  it.each([
    [['import'], 'Missing what to import'],
    [['import', 'plantuml', 'a.puml'], 'Unknown import format "plantuml": expected mermaid.'],
    [['import', 'mermaid'], 'Missing the file to import'],
    [['import', 'mermaid', 'nope.mmd'], 'No file at "nope.mmd".'],
    [['import', 'mermaid', 'day.mmd', '--id', 'Not An Id'], 'Invalid --id "Not An Id"'],
  ])('treats %j as a usage error', async (args, message) => {
    const { code, stderr } = await run(args, folderWith({ 'day.mmd': workingDay }));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
