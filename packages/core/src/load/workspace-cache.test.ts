import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validFiles } from '../../test/workspace.ts';
import { loadWorkspace, type WorkspaceCache } from '../node.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-cache-'));
let count = 0;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a workspace to a new folder: the valid files, changed as given. */
function workspaceOnDisk(changes: Record<string, string> = {}): string {
  const root = join(scratch, `ws-${++count}`);
  for (const [path, content] of Object.entries({ ...validFiles, ...changes })) write(root, path, content);
  return root;
}

function write(root: string, path: string, content: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** A cache in memory that records what it was asked. */
function memoryCache() {
  const entries = new Map<string, string>();
  const calls = { get: 0, set: 0 };
  const cache: WorkspaceCache = {
    get: async (key) => (calls.get++, entries.get(key)),
    set: async (key, entry) => void (calls.set++, entries.set(key, entry)),
  };
  return { cache, entries, calls };
}

/** Rewrites every kept entry's first journey title, to tell a workspace read back from one checked again. */
function markEntries(entries: Map<string, string>): void {
  for (const [key, text] of entries) {
    const entry = JSON.parse(text);
    entry.workspace.journeys[0].title = 'Read back from the cache';
    entries.set(key, JSON.stringify(entry));
  }
}

const csatWithData = `${validFiles['metrics/csat.yaml']}source: { file: data/csat.csv, format: responses }\n`;

describe('loadWorkspace with a cache', () => {
  it('reads a workspace whose files are unchanged back from the cache, equal to one checked again', async () => {
    const root = workspaceOnDisk();
    const { cache, entries } = memoryCache();
    const checked = await loadWorkspace(root, { cache });
    expect(entries.size).toBe(1);
    const again = await loadWorkspace(root, { cache });
    expect(again).toEqual(checked);
    markEntries(entries);
    expect((await loadWorkspace(root, { cache })).value!.journeys[0]!.title).toBe('Read back from the cache');
  });

  it('checks again when any definition file changed, was added or removed', async () => {
    const root = workspaceOnDisk();
    const { cache, entries } = memoryCache();
    await loadWorkspace(root, { cache });
    markEntries(entries);
    write(root, 'personas/olivia.yaml', `${validFiles['personas/olivia.yaml']}description: Runs a small shop.\n`);
    const changed = await loadWorkspace(root, { cache });
    expect(changed.value!.journeys[0]!.title).not.toBe('Read back from the cache');
    expect(changed.value!.personas[0]!.description).toBe('Runs a small shop.');
    markEntries(entries);
    write(root, 'personas/sam.yaml', 'id: sam\nname: Sam\n');
    const added = await loadWorkspace(root, { cache });
    expect(added.value!.personas.map((persona) => persona.id)).toEqual(['olivia', 'sam']);
  });

  it('checks again when a data file a metric reads changed or is gone', async () => {
    const root = workspaceOnDisk({ 'metrics/csat.yaml': csatWithData, 'data/csat.csv': 'period,score\n2026-01,5\n' });
    const { cache, entries } = memoryCache();
    expect((await loadWorkspace(root, { cache })).value!.metrics[0]!.series).toMatchObject([{ period: '2026-01', n: 1 }]);
    markEntries(entries);
    write(root, 'data/csat.csv', 'period,score\n2026-01,5\n2026-01,4\n');
    const changed = await loadWorkspace(root, { cache });
    expect(changed.value!.journeys[0]!.title).not.toBe('Read back from the cache');
    expect(changed.value!.metrics[0]!.series).toMatchObject([{ period: '2026-01', n: 2 }]);
    rmSync(join(root, 'data/csat.csv'));
    const gone = await loadWorkspace(root, { cache });
    expect(gone.value).toBeUndefined();
    expect(gone.diagnostics.map((diagnostic) => diagnostic.rule)).toEqual(['refs/file-exists']);
  });

  it('keeps a workspace read without its data files apart from one read with them', async () => {
    const root = workspaceOnDisk({ 'metrics/csat.yaml': csatWithData, 'data/csat.csv': 'period,score\n2026-01,5\n' });
    const { cache, entries } = memoryCache();
    expect((await loadWorkspace(root, { cache, readData: false })).value!.metrics[0]!.series).toBeUndefined();
    expect((await loadWorkspace(root, { cache })).value!.metrics[0]!.series).toMatchObject([{ period: '2026-01', n: 1 }]);
    expect(entries.size).toBe(2);
  });

  it('keeps no invalid workspace, and reports its problems every time', async () => {
    const root = workspaceOnDisk({ 'personas/olivia.yaml': 'id: olivia\nname: [\n' });
    const { cache, calls } = memoryCache();
    for (let i = 0; i < 2; i++) {
      expect((await loadWorkspace(root, { cache })).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
        'journeys/onboarding.yaml:3:12 refs/persona-exists',
        'personas/olivia.yaml:3:1 yaml/syntax',
      ]);
    }
    expect(calls.set).toBe(0);
  });

  it('keeps the warnings of a valid workspace and gives them again with the texts for code frames', async () => {
    const root = workspaceOnDisk({ 'personas/notes.txt': 'Olivia runs a small shop.\n' });
    const { cache } = memoryCache();
    const checked = await loadWorkspace(root, { cache });
    expect(checked.diagnostics).toMatchObject([{ rule: 'file/unknown-extension', severity: 'warning', file: 'personas/notes.txt' }]);
    const again = await loadWorkspace(root, { cache });
    expect(again.diagnostics).toEqual(checked.diagnostics);
    expect(again.texts).toEqual(checked.texts);
  });

  it('never uses the cache for TypeScript definitions, whose imports may change unseen', async () => {
    const root = workspaceOnDisk({ 'personas/sam.ts': "export default { id: 'sam', name: 'Sam' };\n" });
    const { cache, calls } = memoryCache();
    expect((await loadWorkspace(root, { cache })).value!.personas.map((persona) => persona.id)).toEqual(['olivia', 'sam']);
    expect(calls).toEqual({ get: 0, set: 0 });
  });

  it('checks again when an entry cannot be read back, and loads when the cache fails', async () => {
    const root = workspaceOnDisk();
    const plain = await loadWorkspace(root);
    const { cache, entries } = memoryCache();
    await loadWorkspace(root, { cache });
    for (const text of ['not json', '{"workspace":1}', JSON.stringify({ workspace: {}, diagnostics: [], dataFiles: [[1, 2]] })]) {
      for (const key of entries.keys()) entries.set(key, text);
      expect(await loadWorkspace(root, { cache })).toEqual(plain);
    }
    const failing: WorkspaceCache = { get: () => Promise.reject(new Error('disk gone')), set: () => Promise.reject(new Error('disk full')) };
    expect(await loadWorkspace(root, { cache: failing })).toEqual(plain);
  });
});
