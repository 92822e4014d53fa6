import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validFiles } from '../../test/workspace.ts';
import { loadWorkspace } from '../node.ts';
import { maxFileSize } from './read-workspace.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-load-'));
let count = 0;

/** Writes a workspace to a new folder: the valid files, changed as given (undefined removes a file). */
function workspaceOnDisk(changes: Record<string, string | Buffer | undefined> = {}): string {
  const root = join(scratch, `ws-${++count}`);
  for (const [path, content] of Object.entries({ ...validFiles, ...changes })) {
    if (content === undefined) continue;
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A fingerprint of every file under a folder: names, sizes and contents. */
function fingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    hash.update(path);
    if (entry.isFile()) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

async function places(root: string) {
  const { diagnostics } = await loadWorkspace(root);
  return diagnostics.map((d) => `${d.file ?? ''}:${d.line ?? 0}:${d.column ?? 0} ${d.rule}`);
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('loadWorkspace', () => {
  it('counts a funnel of declared event steps, and stops at a step the log never holds, at its events, with the nearest name', async () => {
    const metric = (steps: string) =>
      `id: checkout-funnel\nname: Checkout funnel\nkind: conversion\ntarget: 50\nsource:\n  file: data/events.csv\n  format: events\n  funnel:\n    steps:\n${steps}`;
    const log = 'person,timestamp,event\na,2026-01-05T10:00:00Z,product_viewed\na,2026-01-05T10:01:00Z,add_to_cart\nb,2026-01-06T10:00:00Z,product_viewed\na,2026-01-05T10:02:00Z,checkout_started\n';
    const good = await loadWorkspace(
      workspaceOnDisk({
        'data/events.csv': log,
        'metrics/checkout-funnel.yaml': metric(
          '      - { name: Viewed, events: [product_viewed] }\n      - { name: Added, events: [add_to_cart, quick_add] }\n      - { name: App, events: [app_opened], optional: true }\n      - { name: Checkout, events: [checkout_started] }\n',
        ),
      }),
    );
    expect(good.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const funnel = good.value!.funnels['checkout-funnel']!;
    // Nobody reaches the optional step with no data, so nobody reaches the steps after it.
    expect(funnel.steps.map((step) => [step.step, step.count])).toEqual([['Viewed', 2], ['Added', 1], ['App', 0], ['Checkout', 0]]);
    expect(funnel.stepsWithoutData).toEqual(['App']);

    const misspelt = await loadWorkspace(
      workspaceOnDisk({ 'data/events.csv': log, 'metrics/checkout-funnel.yaml': metric('      - { name: Viewed, events: [product_viewed] }\n      - { name: Added, events: [add_to_kart] }\n') }),
    );
    expect(misspelt.value).toBeUndefined();
    expect(misspelt.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      {
        rule: 'metric/funnel-step-not-in-log',
        severity: 'error',
        message: 'No event of the funnel step "Added" ("add_to_kart") appears in data/events.csv: the step, and every step after it, would count nobody. Did you mean "add_to_cart"?',
        hint: 'Correct the event name as the log writes it, or mark the step `optional: true` if the log does not track it yet.',
        file: 'metrics/checkout-funnel.yaml',
        path: ['source', 'funnel', 'steps', 1, 'events'],
        line: 11,
        column: 32,
        endLine: 11,
        endColumn: 45,
      },
    ]);
  });

  it('loads a valid workspace from disk and reports no problem', async () => {
    const { value, diagnostics, texts } = await loadWorkspace(workspaceOnDisk());
    expect(diagnostics).toEqual([]);
    expect(value!.journeys.map((j) => j.id)).toEqual(['onboarding']);
    expect(texts.get('personas/olivia.yaml')).toBe(validFiles['personas/olivia.yaml']);
  });

  it('refuses a file over 5 MB without reading it into the model', async () => {
    const big = `id: olivia\nname: Olivia\ndescription: "${'x'.repeat(maxFileSize)}"\n`;
    expect(await places(workspaceOnDisk({ 'personas/olivia.yaml': big }))).toEqual([
      'journeys/onboarding.yaml:3:12 refs/persona-exists',
      'personas/olivia.yaml:1:1 file/too-large',
    ]);
  });

  it('refuses bytes that are not UTF-8, at the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('id: olivia\nname: Ol'), Buffer.from([0xff, 0xfe]), Buffer.from('ivia\n')]);
    const found = await places(workspaceOnDisk({ 'personas/olivia.yaml': bytes }));
    expect(found).toContain('personas/olivia.yaml:2:9 file/not-utf8');
  });

  it('refuses a link that leads outside the workspace, and follows links that stay inside', async () => {
    const outside = join(scratch, 'outside.yaml');
    writeFileSync(outside, 'id: spy\nname: Spy\n');
    const root = workspaceOnDisk();
    symlinkSync(outside, join(root, 'personas', 'spy.yaml'));
    symlinkSync(join(root, 'personas', 'olivia.yaml'), join(root, 'personas', 'alias.yaml'));
    const found = await places(root);
    expect(found).toContain('personas/spy.yaml:1:1 file/outside-workspace');
    expect(found).toContain('personas/olivia.yaml:1:5 ids/duplicate');
  });

  it('never opens a link that leads outside, so no code frame shows what it leads to', async () => {
    const secret = join(scratch, 'secret.yaml');
    writeFileSync(secret, 'password: hunter2\n');
    mkdirSync(join(scratch, 'outside-folder'), { recursive: true });
    const root = workspaceOnDisk();
    symlinkSync(secret, join(root, 'personas', 'secret.yaml'));
    symlinkSync('/dev/zero', join(root, 'personas', 'zero.yaml'));
    symlinkSync(join(scratch, 'outside-folder'), join(root, 'teams', 'linked'));
    const { diagnostics, texts } = await loadWorkspace(root);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      `personas/secret.yaml:1:1 file/outside-workspace "${secret}" is outside the workspace: Journeykit only reads files inside it.`,
      'personas/zero.yaml:1:1 file/outside-workspace "/dev/zero" is outside the workspace: Journeykit only reads files inside it.',
      `teams/linked:1:1 file/outside-workspace "${join(scratch, 'outside-folder')}" is outside the workspace: Journeykit only reads files inside it.`,
    ]);
    expect([...texts.keys()].filter((path) => !(path in validFiles))).toEqual([]);
  });

  it('reports FIFOs in the workspace, directly or through a link, and never opens them', async () => {
    const root = workspaceOnDisk();
    expect(spawnSync('mkfifo', [join(root, 'personas', 'pipe.yaml')]).status).toBe(0);
    symlinkSync(join(root, 'personas', 'pipe.yaml'), join(root, 'teams', 'to-pipe.yaml'));
    const { diagnostics, texts } = await loadWorkspace(root);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      'personas/pipe.yaml:1:1 file/special The file is a FIFO (named pipe), not a regular file: Journeykit never reads one.',
      'teams/to-pipe.yaml:1:1 file/special The file is a FIFO (named pipe), not a regular file: Journeykit never reads one.',
    ]);
    expect(texts.has('personas/pipe.yaml')).toBe(false);
  });

  it('refuses a metric data file outside the workspace, directly or through a link', async () => {
    const root = workspaceOnDisk({ 'metrics/csat.yaml': `${validFiles['metrics/csat.yaml']}source: { file: ../outside.csv, format: responses }\n` });
    expect(await places(root)).toEqual(['metrics/csat.yaml:8:17 file/outside-workspace']);
    writeFileSync(join(scratch, 'secret.csv'), 'score\n5\n');
    const linked = workspaceOnDisk({ 'metrics/csat.yaml': `${validFiles['metrics/csat.yaml']}source: { file: data/answers.csv, format: responses }\n` });
    mkdirSync(join(linked, 'data'));
    symlinkSync(join(scratch, 'secret.csv'), join(linked, 'data', 'answers.csv'));
    expect(await places(linked)).toEqual(['metrics/csat.yaml:8:17 file/outside-workspace']);
    const missing = workspaceOnDisk({ 'metrics/csat.yaml': `${validFiles['metrics/csat.yaml']}source: { file: data/none.csv, format: responses }\n` });
    expect(await places(missing)).toEqual(['metrics/csat.yaml:8:17 refs/file-exists']);
  });

  it('loads TypeScript definitions and locates their problems in the source', async () => {
    const persona = [
      "const quote: string = 'Hi';",
      'export default {',
      "  id: 'sam',",
      "  name: 'Sam',",
      "  preferredChannels: ['emial'],",
      '  quote,',
      '};',
      '',
    ].join('\n');
    const found = await places(workspaceOnDisk({ 'personas/sam.ts': persona }));
    expect(found).toEqual(['personas/sam.ts:5:23 refs/channel-exists']);
  });

  it('reports a TypeScript definition that throws on import at the line that throws', async () => {
    const persona = "export const x = 1;\nthrow new Error('boom');\nexport default { id: 'sam', name: 'Sam' };\n";
    const { diagnostics } = await loadWorkspace(workspaceOnDisk({ 'personas/sam.ts': persona }));
    expect(diagnostics).toMatchObject([{ rule: 'ts/import-failed', file: 'personas/sam.ts', line: 2, column: 7 }]);
    expect(diagnostics[0]!.message).toBe('The file throws when it is imported: boom');
  });

  it('reports a TypeScript definition without a default export', async () => {
    const found = await places(workspaceOnDisk({ 'personas/sam.ts': "export const sam = { id: 'sam', name: 'Sam' };\n" }));
    expect(found).toEqual(['personas/sam.ts:1:1 ts/no-default-export']);
  });

  it('counts a config that fails to load as present, so only its own problem is reported', async () => {
    const root = workspaceOnDisk({ 'journeykit.config.yaml': undefined, 'journeykit.config.ts': "throw new Error('no config');\n" });
    expect(await places(root)).toEqual(['journeykit.config.ts:1:7 ts/import-failed']);
  });

  it('never changes a file of the workspace, however broken', async () => {
    const root = workspaceOnDisk({ 'personas/olivia.yaml': 'id: olivia\nname: [\n', 'journeys/x.ts': 'throw 1;\n' });
    const before = fingerprint(root);
    await loadWorkspace(root);
    expect(fingerprint(root)).toBe(before);
  });

  it('computes a survey metric from the CSV export it points at', async () => {
    const metric = validFiles['metrics/csat.yaml']!.concat('source: { file: data/csat.csv, format: responses }\n');
    const csv = 'period,score\n2026-01,5\n2026-01,4\n2026-01,2\n2026-02,5\n';
    const { value, diagnostics } = await loadWorkspace(workspaceOnDisk({ 'metrics/csat.yaml': metric, 'data/csat.csv': csv }));
    expect(diagnostics).toEqual([]);
    // January: 2 of 3 answers are 4 or 5 → 66.66…; February: 1 of 1 → 100.
    expect(value!.metrics[0]!.series).toEqual([
      { period: '2026-01', value: 200 / 3, n: 3, distribution: { '2': 1, '4': 1, '5': 1 } },
      { period: '2026-02', value: 100, n: 1, distribution: { '5': 1 } },
    ]);
  });

  it('reports bad rows of a data file at their line, with the file\'s text for a code frame', async () => {
    const metric = validFiles['metrics/csat.yaml']!.concat('source: { file: data/csat.csv, format: responses }\n');
    const { value, diagnostics, texts } = await loadWorkspace(workspaceOnDisk({ 'metrics/csat.yaml': metric, 'data/csat.csv': 'period,score\n2026-01,5\n2026-01,9\n' }));
    expect(value).toBeUndefined();
    expect(diagnostics).toMatchObject([{ rule: 'data/bad-row', file: 'data/csat.csv', line: 3, message: 'Line 3: the answer 9 is outside the scale of 1 to 5.' }]);
    expect(texts.get('data/csat.csv')).toContain('2026-01,9');
  });

  it('leaves data files unread when told, for commands that need only the definitions', async () => {
    const metric = validFiles['metrics/csat.yaml']!.concat('source: { file: data/csat.csv, format: responses }\n');
    const { value, diagnostics } = await loadWorkspace(workspaceOnDisk({ 'metrics/csat.yaml': metric, 'data/csat.csv': 'period,score\n2026-01,9\n' }), { readData: false });
    expect(diagnostics).toEqual([]);
    expect(value!.metrics[0]!.series).toBeUndefined();
  });

  it('reports a bad row at the line it starts on, after quoted fields that span lines', async () => {
    const metric = validFiles['metrics/csat.yaml']!.concat('source: { file: data/csat.csv, format: responses, badRows: skip }\n');
    const csv = '\uFEFFperiod,score,comment\r\n2026-01,5,"great\r\nservice"\r\n\r\n2026-01,9,"one\ntwo"\r\n2026-01,4,\r\n';
    const { value, diagnostics } = await loadWorkspace(workspaceOnDisk({ 'metrics/csat.yaml': metric, 'data/csat.csv': csv }));
    expect(diagnostics).toMatchObject([{ rule: 'data/skipped-row', file: 'data/csat.csv', line: 5, message: 'Line 5: the answer 9 is outside the scale of 1 to 5: the row is left out.' }]);
    expect(value!.metrics[0]!.series).toMatchObject([{ period: '2026-01', n: 2 }]);
  });

  it('reports a data file that is not CSV where it breaks', async () => {
    const metric = validFiles['metrics/csat.yaml']!.concat('source: { file: data/csat.csv, format: responses }\n');
    const { diagnostics } = await loadWorkspace(workspaceOnDisk({ 'metrics/csat.yaml': metric, 'data/csat.csv': 'period,score\n2026-01,5\n2026-01,4,extra\n' }));
    // At the first field too many.
    expect(diagnostics).toMatchObject([{ rule: 'data/csv-syntax', file: 'data/csat.csv', line: 3, column: 11 }]);
    expect(diagnostics[0]!.message).toBe('The file cannot be read as CSV: the row has 3 fields where the header line has 2: a value holding a comma must be quoted');
  });

  it('refuses a metric with both an inline series and a data file', async () => {
    const metric = validFiles['metrics/csat.yaml']!.concat('series: [{ period: 2026-01, value: 80 }]\nsource: { file: data/csat.csv, format: responses }\n');
    const found = await places(workspaceOnDisk({ 'metrics/csat.yaml': metric, 'data/csat.csv': 'period,score\n2026-01,5\n' }));
    expect(found).toEqual(['metrics/csat.yaml:9:9 schema/invalid-value']);
  });

  it('loads every example workspace clean', async () => {
    for (const example of ['b2b-saas', 'ecommerce', 'home-solar']) {
      const root = join(import.meta.dirname, '../../../../examples', example);
      const { value, diagnostics } = await loadWorkspace(root);
      expect(diagnostics, example).toEqual([]);
      expect(value!.journeys.length, example).toBeGreaterThanOrEqual(2);
    }
  });

  it('computes the e-commerce purchase funnel from its event log', async () => {
    const { value } = await loadWorkspace(join(import.meta.dirname, '../../../../examples/ecommerce'));
    const funnel = value!.funnels['purchase-funnel']!;
    expect(funnel.steps.map((step) => step.step)).toEqual(['Discover Northwind', 'Choose a jacket', 'Buy', 'Receive and first use', 'Come back', 'Recommend']);
    expect(funnel.steps.every((step, k) => k === 0 || step.count <= funnel.steps[k - 1]!.count)).toBe(true);
    expect(funnel.excluded).toBeGreaterThan(0);
    expect(value!.metrics.find((metric) => metric.id === 'purchase-funnel')!.series!.length).toBeGreaterThanOrEqual(5);
  });

  it('computes the e-commerce repeat purchase rate per monthly cohort from its event log', async () => {
    const { value } = await loadWorkspace(join(import.meta.dirname, '../../../../examples/ecommerce'));
    const table = value!.retention['repeat-purchase-rate']!;
    expect(table.cohorts[0]!.cohort).toBe('2026-01');
    expect(table.cohorts.every((row) => row.values[0]!.value === 100 && row.values.at(-1)!.incomplete)).toBe(true);
    const series = value!.metrics.find((metric) => metric.id === 'repeat-purchase-rate')!.series!;
    // Each cohort's month 1, once it has ended.
    expect(series.map(({ period, value: rate, n }) => [period, rate, n])).toEqual(
      table.cohorts.filter((row) => row.values[1]?.incomplete === false).map((row) => [row.cohort, row.values[1]!.value, row.size]),
    );
    expect(series.length).toBeGreaterThanOrEqual(5);
  });

  it('computes the e-commerce post-delivery CSAT per month from its survey export', async () => {
    const { value } = await loadWorkspace(join(import.meta.dirname, '../../../../examples/ecommerce'));
    const csat = value!.metrics.find((metric) => metric.id === 'delivery-csat')!;
    expect(csat.series!.map(({ period, n }) => [period, n])).toEqual([
      ['2025-12', 268], ['2026-01', 194], ['2026-02', 180], ['2026-03', 211], ['2026-04', 237], ['2026-05', 247],
    ]);
    for (const { value: share, distribution, n } of csat.series!) expect(share).toBeCloseTo((100 * ((distribution!['4'] ?? 0) + (distribution!['5'] ?? 0))) / n!, 10);
  });

  it('computes the e-commerce NPS per month from its survey export', async () => {
    const { value } = await loadWorkspace(join(import.meta.dirname, '../../../../examples/ecommerce'));
    const nps = value!.metrics.find((metric) => metric.id === 'nps')!;
    expect(nps.series!.map(({ period, n }) => [period, n])).toEqual([
      ['2025-12', 612], ['2026-01', 548], ['2026-02', 497], ['2026-03', 531], ['2026-04', 584], ['2026-05', 603],
    ]);
    for (const { value: score, distribution, n } of nps.series!) {
      const counts = Object.entries(distribution!);
      const share = (low: number, high: number) => counts.filter(([s]) => Number(s) >= low && Number(s) <= high).reduce((sum, [, c]) => sum + c, 0) / n!;
      expect(score).toBeCloseTo(100 * (share(9, 10) - share(0, 6)), 10);
    }
  });
});
