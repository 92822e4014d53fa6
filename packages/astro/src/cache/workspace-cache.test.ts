import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkspace } from '@journeykit/core/node';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkspaceCached } from './workspace-cache.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-workspace-cache-'));
let count = 0;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const validFiles: Record<string, string> = {
  'journeykit.config.yaml': 'name: Test workspace\n',
  'personas/olivia.yaml': 'id: olivia\nname: Olivia\n',
  'journeys/onboarding.yaml': 'id: onboarding\ntitle: Onboarding\npersonas: [olivia]\nstages:\n  - { id: kickoff, name: Kickoff, kind: onboarding, steps: [{ id: call, name: Kickoff call, emotion: 4, touchpoints: [{ id: call, name: Kickoff call, channel: phone }] }] }\n',
  'metrics/csat.yaml': 'id: csat\nname: Onboarding CSAT\nkind: csat\nmethod: share\nscale: { min: 1, max: 5 }\ntarget: 80\nsource: { file: data/csat.csv, format: responses }\n',
  'data/csat.csv': 'period,score\n2026-01,5\n',
};

/** A workspace on disk (the valid files, changed as given) and a cache folder of its own. */
function workspaceOnDisk(changes: Record<string, string> = {}): { root: string; cache: string } {
  const root = join(scratch, `ws-${++count}`);
  for (const [path, content] of Object.entries({ ...validFiles, ...changes })) write(root, path, content);
  return { root, cache: join(scratch, `cache-${count}`) };
}

function write(root: string, path: string, content: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** Rewrites every kept entry's first journey title, to tell a workspace read back from one checked again. */
function markEntries(cache: string): void {
  for (const name of readdirSync(cache)) {
    const entry = JSON.parse(readFileSync(join(cache, name), 'utf8'));
    entry.workspace.journeys[0].title = 'Read back from the cache';
    writeFileSync(join(cache, name), JSON.stringify(entry));
  }
}

describe('loadWorkspaceCached', () => {
  it('reads a workspace whose files are unchanged back from the cache, equal to one checked again', async () => {
    const { root, cache } = workspaceOnDisk();
    const checked = await loadWorkspaceCached(root, cache);
    expect(checked).toEqual(await loadWorkspace(root));
    expect(readdirSync(cache)).toHaveLength(1);
    expect(await loadWorkspaceCached(root, cache)).toEqual(checked);
    markEntries(cache);
    expect((await loadWorkspaceCached(root, cache)).value!.journeys[0]!.title).toBe('Read back from the cache');
  });

  it('checks again when a definition file changed or was added', async () => {
    const { root, cache } = workspaceOnDisk();
    await loadWorkspaceCached(root, cache);
    markEntries(cache);
    write(root, 'personas/olivia.yaml', `${validFiles['personas/olivia.yaml']}description: Runs a small shop.\n`);
    const changed = await loadWorkspaceCached(root, cache);
    expect(changed.value!.journeys[0]!.title).toBe('Onboarding');
    expect(changed.value!.personas[0]!.description).toBe('Runs a small shop.');
    markEntries(cache);
    write(root, 'personas/sam.yaml', 'id: sam\nname: Sam\n');
    expect((await loadWorkspaceCached(root, cache)).value!.personas.map((persona) => persona.id)).toEqual(['olivia', 'sam']);
  });

  it('checks again when a data file a metric reads changed or is gone', async () => {
    const { root, cache } = workspaceOnDisk();
    expect((await loadWorkspaceCached(root, cache)).value!.metrics[0]!.series).toMatchObject([{ period: '2026-01', n: 1 }]);
    markEntries(cache);
    write(root, 'data/csat.csv', 'period,score\n2026-01,5\n2026-01,4\n');
    const changed = await loadWorkspaceCached(root, cache);
    expect(changed.value!.journeys[0]!.title).toBe('Onboarding');
    expect(changed.value!.metrics[0]!.series).toMatchObject([{ period: '2026-01', n: 2 }]);
    rmSync(join(root, 'data/csat.csv'));
    const gone = await loadWorkspaceCached(root, cache);
    expect(gone.value).toBeUndefined();
    expect(gone.diagnostics.map((diagnostic) => diagnostic.rule)).toEqual(['refs/file-exists']);
  });

  it('keeps no invalid workspace, and reports its problems every time', async () => {
    const { root, cache } = workspaceOnDisk({ 'personas/olivia.yaml': 'id: olivia\nname: [\n' });
    for (let i = 0; i < 2; i++) {
      expect((await loadWorkspaceCached(root, cache)).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
        'journeys/onboarding.yaml:3:12 refs/persona-exists',
        'personas/olivia.yaml:3:1 yaml/syntax',
      ]);
    }
    expect(readdirSync(scratch)).not.toContain(cache.split('/').pop());
  });

  it('gives the warnings of a valid workspace again, with the texts for their code frames', async () => {
    const { root, cache } = workspaceOnDisk({
      'personas/notes.txt': 'Olivia runs a small shop.\n',
      'metrics/csat.yaml': validFiles['metrics/csat.yaml']!.replace('format: responses }', 'format: responses, badRows: skip }'),
      'data/csat.csv': 'period,score\n2026-01,5\n2026-02,nine\n',
    });
    const checked = await loadWorkspaceCached(root, cache);
    expect(checked.diagnostics.map((d) => `${d.severity} ${d.file}`)).toEqual(['warning data/csat.csv', 'warning personas/notes.txt']);
    const again = await loadWorkspaceCached(root, cache);
    markEntries(cache);
    expect((await loadWorkspaceCached(root, cache)).value!.journeys[0]!.title).toBe('Read back from the cache');
    expect(again.diagnostics).toEqual(checked.diagnostics);
    expect(again.texts).toEqual(checked.texts);
    expect(again.texts.get('data/csat.csv')).toBe('period,score\n2026-01,5\n2026-02,nine\n');
  });

  it('never keeps a workspace with TypeScript definitions, whose imports may change unseen', async () => {
    const { root, cache } = workspaceOnDisk({ 'personas/sam.ts': "export default { id: 'sam', name: 'Sam' };\n" });
    expect((await loadWorkspaceCached(root, cache)).value!.personas.map((persona) => persona.id)).toEqual(['olivia', 'sam']);
    expect(readdirSync(scratch)).not.toContain(cache.split('/').pop());
  });

  it('checks again when an entry cannot be read back', async () => {
    const { root, cache } = workspaceOnDisk();
    const plain = await loadWorkspace(root);
    await loadWorkspaceCached(root, cache);
    for (const text of ['not json', '{"workspace":1}', JSON.stringify({ workspace: {}, diagnostics: [], dataTexts: [], dataFiles: [[1, 2]] })]) {
      for (const name of readdirSync(cache)) writeFileSync(join(cache, name), text);
      expect(await loadWorkspaceCached(root, cache)).toEqual(plain);
    }
  });
});
