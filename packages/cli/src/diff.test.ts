import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workspaceDiffSchema } from '@journeykit/core';
import { describe, expect, it } from 'vitest';
import { folderWith, repository, run } from '../test/cli.ts';

/** A copy of an example workspace in a new folder, without its node_modules. */
function copyOf(example: string, into = folderWith({}), as = 'workspace'): string {
  const target = join(into, as);
  cpSync(join(repository, 'examples', example), target, { recursive: true, filter: (source) => !source.includes('node_modules') });
  return target;
}

/** Replaces text in a file, failing loudly when the text is not there, so a test never edits nothing. */
function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

const qualificationCall = `          - id: qualification-call
            name: Qualification call with an SDR
            channel: phone
            owner: sales-development
            event: sdr_call_logged
`;

/**
 * A change a pull request could make to the B2B SaaS example, touching each kind of change the diff
 * reports. Its to-be journey takes these parts from the as-is, so each change shows under both.
 */
function editB2bSaas(workspace: string): void {
  const journey = join(workspace, 'journeys/land-and-expand.yaml');
  replaceIn(journey, 'name: Request a demo', 'name: Book a demo');
  replaceIn(journey, 'name: Compare workflow tools\n        emotion: 2', 'name: Compare workflow tools\n        emotion: 1');
  replaceIn(journey, 'only "Contact sales"\n            severity: high', 'only "Contact sales"\n            severity: critical');
  replaceIn(journey, 'id: g2-listing', 'id: review-site-listing');
  replaceIn(journey, qualificationCall, '');
  replaceIn(journey, '          - id: trial-signup\n', `${qualificationCall}          - id: trial-signup\n`);
  replaceIn(
    journey,
    '          - id: product-demo\n',
    '          - id: demo-recording\n            name: Recording of the demo | for absent colleagues\n            channel: email\n            owner: sales\n          - id: product-demo\n',
  );
  replaceIn(journey, 'title: The SDR asks again what the form already asked\n            severity: medium\n            evidence: reported\n', 'title: The SDR asks again what the form already asked\n            severity: medium\n            evidence: observed\n');
  replaceIn(join(workspace, 'metrics/accounts-per-stage.yaml'), '    - { period: 2026-Q3, value: 182, n: 182 }\n', '    - { period: 2026-Q3, value: 182, n: 182 }\n    - { period: 2026-Q4, value: 204, n: 204 }\n');
}

/** Runs git in a folder as a test user, with fixed dates so commit ids are the same on every run. */
function git(cwd: string, ...args: string[]): string {
  const date = '2026-01-01T00:00:00Z';
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_DIR: undefined, GIT_WORK_TREE: undefined } as NodeJS.ProcessEnv,
  });
}

/** A git repository with the B2B SaaS example in `cx/`, committed before and after the edit. */
function repositoryWithTwoCommits(): string {
  const root = folderWith({ 'README.md': 'Customer journeys.\n' });
  copyOf('b2b-saas', root, 'cx');
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'Journeys');
  editB2bSaas(join(root, 'cx'));
  git(root, 'commit', '-q', '-a', '-m', 'Book demos');
  return root;
}

const tempFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('journeykit-diff-'));

describe('journeykit diff on folders', () => {
  it('finds no change between two copies of an example and exits 0', async () => {
    const parent = folderWith({});
    copyOf('b2b-saas', parent, 'a');
    copyOf('b2b-saas', parent, 'b');
    expect(await run(['diff', 'a', 'b'], parent)).toEqual({ code: 0, stdout: '## Journey changes\n\nComparing `a` with `b`.\n\n**No changes.**\n', stderr: '' });
  });

  it('writes a Markdown report of a realistic change and exits 1', async () => {
    const parent = folderWith({});
    copyOf('b2b-saas', parent, 'main');
    editB2bSaas(copyOf('b2b-saas', parent, 'branch'));
    const { code, stdout, stderr } = await run(['diff', 'main', 'branch'], parent);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    await expect(stdout).toMatchFileSnapshot('__snapshots__/diff-b2b-saas.md');
  });

  it('writes the same change as JSON in the published shape', async () => {
    const parent = folderWith({});
    copyOf('b2b-saas', parent, 'main');
    editB2bSaas(copyOf('b2b-saas', parent, 'branch'));
    const { code, stdout } = await run(['diff', 'main', 'branch', '--format', 'json'], parent);
    expect(code).toBe(1);
    const diff = workspaceDiffSchema.parse(JSON.parse(stdout));
    expect(diff.summary).toEqual({ added: 2, removed: 0, renamed: 4, moved: 2, changed: 7, targetsCrossed: 1, config: 0 });
    expect(diff.changes.find((change) => change.id === 'qualification-call')?.moved).toMatchObject({ from: { step: { id: 'request-demo' } }, to: { step: { id: 'run-trial' } } });
  });

  it('reads TypeScript definitions on both sides', async () => {
    const parent = folderWith({});
    for (const side of ['a', 'b']) {
      copyOf('ecommerce', parent, side);
      mkdirSync(join(parent, side, 'node_modules/@journeykit'), { recursive: true });
      symlinkSync(join(repository, 'packages/core'), join(parent, side, 'node_modules/@journeykit/core'), 'junction');
    }
    replaceIn(join(parent, 'b/personas/weekend-hiker.ts'), "ageBand: '25-34'", "ageBand: '35-44'");
    const { code, stdout } = await run(['diff', 'a', 'b', '--format', 'json'], parent);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).changes).toEqual([
      expect.objectContaining({ kind: 'persona', id: 'weekend-hiker', fields: [{ field: 'ageBand', from: '25-34', to: '35-44' }] }),
    ]);
  });
});

describe('the journeykit diff process', () => {
  it('exits 1 when something changed, with the report on stdout and nothing on stderr', () => {
    const root = repositoryWithTwoCommits();
    const bin = join(import.meta.dirname, '../bin/journeykit.js');
    const result = spawnSync(process.execPath, ['--conditions=@journeykit/source', bin, 'diff', 'HEAD~1', 'HEAD'], { cwd: join(root, 'cx'), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('**2 added, 4 renamed, 2 moved, 7 changed, 1 metric crossed its target.**');
  });
});

describe('journeykit diff on git revisions', () => {
  it('compares two commits of the workspace named by --workspace, and leaves no temporary folder', async () => {
    const root = repositoryWithTwoCommits();
    const before = tempFolders();
    const { code, stdout, stderr } = await run(['diff', 'HEAD~1', 'HEAD', '--workspace', 'cx'], root);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^## Journey changes\n\nComparing `HEAD~1 \([0-9a-f]{7}\)` with `HEAD \([0-9a-f]{7}\)`\.\n\n\*\*2 added, 4 renamed, 2 moved, 7 changed, 1 metric crossed its target\.\*\*\n/);
    expect(stdout).toContain('| moved | touchpoint **Qualification call with an SDR** `qualification-call` | Consideration › Run a 14-day trial | moved from **Consideration › Request a demo** |');
    expect(tempFolders()).toEqual(before);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('takes the workspace from the current folder, or from the folder given as the other side', async () => {
    const root = repositoryWithTwoCommits();
    const fromInside = await run(['diff', 'main~1', 'main'], join(root, 'cx'));
    const againstFolder = await run(['diff', 'HEAD~1', 'cx', '--format', 'json'], root);
    const byOption = await run(['diff', 'HEAD~1', 'HEAD', '--workspace', 'cx', '--format', 'json'], root);
    expect(fromInside.code).toBe(1);
    expect(fromInside.stdout).toContain('**2 added, 4 renamed, 2 moved, 7 changed, 1 metric crossed its target.**');
    expect(againstFolder.code).toBe(1);
    expect(againstFolder.stdout).toBe(byOption.stdout);
  });

  it('reads TypeScript definitions from a revision, resolving their imports as in the repository', async () => {
    const root = folderWith({ '.gitignore': 'node_modules\n', 'package.json': '{ "private": true, "type": "module" }\n' });
    copyOf('ecommerce', root, 'shop');
    mkdirSync(join(root, 'node_modules/@journeykit'), { recursive: true });
    symlinkSync(join(repository, 'packages/core'), join(root, 'node_modules/@journeykit/core'), 'junction');
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'Shop journeys');
    replaceIn(join(root, 'shop/personas/weekend-hiker.ts'), "ageBand: '25-34'", "ageBand: '35-44'");
    git(root, 'commit', '-q', '-a', '-m', 'Quote');
    const { code, stdout, stderr } = await run(['diff', 'HEAD~1', 'HEAD', '--workspace', 'shop', '--format', 'json'], root);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).changes.map((change: { id: string }) => change.id)).toEqual(['weekend-hiker']);
    expect((await run(['diff', 'HEAD', 'shop'], root)).code).toBe(0);
  });

  it('prints the errors of a side that is not a valid workspace, named as git names its files, and exits 2', async () => {
    const root = repositoryWithTwoCommits();
    replaceIn(join(root, 'cx/journeys/land-and-expand.yaml'), 'personas: [operations-lead', 'personas: [nobody');
    git(root, 'commit', '-q', '-a', '-m', 'Break it');
    const { code, stdout, stderr } = await run(['diff', 'HEAD~1', 'HEAD', '--workspace', 'cx'], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^journeykit: the head side, HEAD \([0-9a-f]{7}\), is not a valid workspace; fix these errors to compare it:\n\n/);
    expect(stderr).toContain('HEAD:cx/journeys/land-and-expand.yaml:10:12 error No persona has the id "nobody". Existing personas: "it-admin", "operations-lead", "team-member". refs/persona-exists');
    expect(stderr).toContain('> 10 | personas: [nobody, it-admin, team-member]');
  });

  it('reports a whole workspace as added against a revision from before it existed, and exits 1', async () => {
    const root = folderWith({ 'README.md': 'Customer journeys.\n' });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'Start');
    copyOf('b2b-saas', root, 'cx');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'Journeys');
    const { code, stdout, stderr } = await run(['diff', 'HEAD~1', 'HEAD', '--workspace', 'cx', '--format', 'json'], root);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const report = JSON.parse(stdout) as { summary: { added: number; removed: number }; changes: { kind: string; change: string; id: string }[] };
    expect(report.summary.removed).toBe(0);
    expect(report.changes.filter((c) => c.kind === 'journey').map((c) => [c.change, c.id])).toEqual([
      ['added', 'land-and-expand'],
      ['added', 'onboarding-to-be'],
    ]);
    const markdown = await run(['diff', 'HEAD~1', 'HEAD', '--workspace', 'cx'], root);
    expect(markdown.stdout).toMatch(/Comparing `HEAD~1 \([0-9a-f]{7}, no folder "cx"\)` with `HEAD \([0-9a-f]{7}\)`/);
    expect(tempFolders()).toEqual([]);
  });

  it.each([
    [['diff', 'HEAD', 'no-such-branch', '--workspace', 'cx'], 'Unknown revision "no-such-branch": it is neither a folder nor a commit, branch or tag of the repository at'],
    [['diff', '--', 'HEAD', '-x'], 'Unknown revision "-x"'],
    [['diff', 'HEAD~1', 'HEAD', '--workspace', 'nowhere'], 'Neither revision has a folder "nowhere": name the workspace\'s folder with --workspace <path>.'],
    [['diff', 'HEAD~1', 'HEAD', '--workspace', '../..'], '--workspace "../.." is outside the repository at'],
    [['diff', 'cx', 'cx', '--workspace', 'cx'], '--workspace names the workspace inside git revisions, but both sides are folders.'],
    [['diff', 'HEAD'], 'diff compares two versions of a workspace: journeykit diff <base> <head>.'],
    [['diff', 'a', 'b', 'c'], 'Unexpected argument "c".'],
    [['diff', 'cx', 'cx', '--format', 'html'], 'Unknown format "html": expected one of markdown, json.'],
  ])('treats %j as a usage error: message, usage, exit 2', async (args, message) => {
    const root = repositoryWithTwoCommits();
    const { code, stdout, stderr } = await run(args, root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: journeykit diff <base> <head> [options]');
  });

  it('says when a side is neither a folder nor in a git repository', async () => {
    const root = folderWith({});
    copyOf('b2b-saas', root, 'cx');
    const { code, stderr } = await run(['diff', 'main', 'cx'], root);
    expect(code).toBe(2);
    expect(stderr).toContain('journeykit: "main" is not a folder, and the current folder is not in a git repository, so it cannot be a revision either.');
  });

  it('says when a folder given as a side is not a workspace', async () => {
    const root = folderWith({ 'empty/notes.txt': 'hi' });
    copyOf('b2b-saas', root, 'cx');
    const { code, stderr } = await run(['diff', 'empty', 'cx'], root);
    expect(code).toBe(2);
    expect(stderr).toContain('journeykit: the base side, empty, is not a valid workspace; fix these errors to compare it:');
    expect(stderr).toContain('No workspace config found');
  });
});
