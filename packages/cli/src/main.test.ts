import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, repository, run } from '../test/cli.ts';

const broken = {
  'journeykit.config.yaml': 'name: Broken\n',
  'journeys/signup.yaml': 'id: signup\ntitle: Sign-up\npersonas: [sam]\nstages:\n  - id: try\n    name: Try\n    kind: consideration\n    steps: []\n',
};

describe('journeykit check', () => {
  it.each(['b2b-saas', 'ecommerce', 'home-solar'])('finds no problem in the %s example and exits 0', async (example) => {
    const { code, stdout } = await run(['check', join('examples', example)], repository);
    expect(stdout).toMatch(new RegExp(`^examples/${example}: 2 journeys, 3 personas, \\d+ teams, \\d+ metrics, \\d+ channels?, 3 glossary terms\\.\nNo problems found\\.\n$`));
    expect(code).toBe(0);
  });

  it('prints each problem as file:line:column with a code frame and a summary, and exits 1', async () => {
    const root = folderWith(broken);
    const { code, stdout } = await run(['check', root], root);
    expect(code).toBe(1);
    expect(stdout).toContain('journeys/signup.yaml:3:12 error No persona has the id "sam". There are no personas yet. refs/persona-exists');
    expect(stdout).toContain('> 3 | personas: [sam]\n    |            ^^^');
    expect(stdout).toContain('journeys/signup.yaml:6:11 warning The stage "Try" has no touchpoint');
    expect(stdout).toMatch(/1 error, 1 warning and 0 infos in 1 file\.\n$/);
  });

  it('prints paths relative to where it runs, so editors and CI can open them', async () => {
    const root = folderWith(broken);
    const parent = join(root, '..');
    const { stdout } = await run(['check', relative(parent, root), '--format', 'json'], parent);
    const report = JSON.parse(stdout) as { summary: unknown; diagnostics: { file: string; line: number; rule: string }[] };
    expect(report.summary).toEqual({ errors: 1, warnings: 1, infos: 0 });
    expect(report.diagnostics[0]).toMatchObject({ file: `${relative(parent, root)}/journeys/signup.yaml`, line: 3, rule: 'refs/persona-exists' });
  });

  it('prints GitHub workflow annotations', async () => {
    const root = folderWith(broken);
    const { code, stdout } = await run(['check', '.', '--format', 'github'], root);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      '::error file=journeys/signup.yaml,line=3,col=12,endLine=3,endColumn=15,title=refs/persona-exists::No persona has the id "sam". There are no personas yet.%0AFix the id, or define the persona.',
    );
  });

  it('names files in annotations from GITHUB_WORKSPACE, whatever folder the step runs in', async () => {
    const root = folderWith(Object.fromEntries(Object.entries(broken).map(([path, text]) => [`cx/${path}`, text])));
    const { stdout } = await run(['check', '.', '--format', 'github'], join(root, 'cx'), { GITHUB_WORKSPACE: root });
    expect(stdout.split('\n')[0]).toMatch(/^::error file=cx\/journeys\/signup\.yaml,line=3,col=12,/);
  });

  it('names files in annotations from the top of the git repository when GITHUB_WORKSPACE is not set', async () => {
    const root = folderWith(Object.fromEntries(Object.entries(broken).map(([path, text]) => [`docs/cx/${path}`, text])));
    execFileSync('git', ['init', '-q'], { cwd: root });
    const { stdout } = await run(['check', 'cx', '--format', 'github'], join(root, 'docs'));
    expect(stdout.split('\n')[0]).toMatch(/^::error file=docs\/cx\/journeys\/signup\.yaml,line=3,col=12,/);
    // Only annotations change: people read paths from where they are.
    expect((await run(['check', 'cx'], join(root, 'docs'))).stdout).toContain('cx/journeys/signup.yaml:3:12 error');
  });

  it('reports a document link to a missing file, or out of the workspace, and takes web addresses as they are', async () => {
    const journey = [
      'id: signup',
      'title: Sign-up',
      'personas: []',
      'stages:',
      '  - id: try',
      '    name: Try',
      '    kind: consideration',
      '    steps:',
      '      - id: start',
      '        name: Start',
      '        touchpoints:',
      '          - id: mail',
      '            name: Welcome email',
      '            channel: email',
      '            documents:',
      '              - { title: Slides, link: docs/kickoff.pdf }',
      '              - { title: Missing, link: docs/missing.pdf }',
      '              - { title: Secret, link: ../secret.pdf }',
      '              - { title: Help, link: "https://example.com/help" }',
      '',
    ].join('\n');
    const root = folderWith({ 'journeykit.config.yaml': 'name: Docs\n', 'journeys/signup.yaml': journey, 'docs/kickoff.pdf': '%PDF' });
    const { stdout } = await run(['check', '.', '--format', 'json'], root);
    const found = (JSON.parse(stdout) as { diagnostics: { rule: string; line: number; column: number; message: string }[] }).diagnostics.filter((d) => d.rule !== 'stage/no-touchpoints');
    expect(found.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '17:41 refs/document-exists The document "docs/missing.pdf" does not exist in the workspace.',
      '18:40 file/outside-workspace "../secret.pdf" is outside the workspace: Journeykit only reads files inside it.',
    ]);
  });

  it('says when a folder is not a workspace', async () => {
    const { code, stdout } = await run(['check', '.'], folderWith({ 'notes.txt': 'hi' }));
    expect(code).toBe(1);
    expect(stdout).toContain('No workspace config found: expected one of "journeykit.config.yaml"');
  });

  it.each([
    [['nope'], 'Unknown command "nope".'],
    [['check', '--fromat', 'json'], 'Unknown option "--fromat". Did you mean "--format"? The options are: --format; -h, --help.'],
    [['sql', '-x'], 'Unknown option "-x". The options are: -m, --metric; -d, --dialect; -t, --table; -r, --result; --half-life; --direct; --quote-names; -h, --help.'],
    [['chek'], 'Unknown command "chek". Did you mean "check"?'],
    [['check', '--format', 'xml'], 'Unknown format "xml": expected one of pretty, json, github.'],
    [['check', 'a', 'b'], 'Unexpected argument "b".'],
    [['check', 'does-not-exist'], 'No folder at "does-not-exist".'],
  ])('treats %j as a usage error: message, usage, exit 2', async (args, message) => {
    const { code, stderr } = await run(args, folderWith({}));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain(args[0] === 'check' ? 'Usage: journeykit check [dir] [options]' : args[0] === 'sql' ? 'Usage: journeykit sql [dir] [options]' : 'Usage: journeykit <command>');
  });

  it.each(['check', 'diff', 'init', 'build', 'dev', 'preview', 'export', 'import', 'sql'])('prints the help of %s on --help and -h, and exits 0 having done nothing else', async (command) => {
    const root = folderWith({});
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await run([command, flag], root);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toMatch(new RegExp(`^Usage: journeykit ${command} `));
      expect(stdout).toContain('Exit codes: 0 ');
    }
    expect(readdirSync(root)).toEqual([]);
  });

  it('prints a command\'s own lines of the usage, with its own exit codes', async () => {
    const { stdout } = await run(['init', '--help'], folderWith({}));
    expect(stdout).toBe(
      'Usage: journeykit init [dir] [options]\n\n  Start a small, valid workspace in dir (default: the current folder).\n\n' +
        'Options:\n  -h, --help     Show this help.\n  -v, --version  Show the version.\n\nExit codes: 0 no errors, 1 errors found, 2 the command was used wrongly.\n',
    );
    expect((await run(['diff', '--help'], folderWith({}))).stdout).toMatch(/\nExit codes: 0 no changes, 1 changes found, 2 wrong usage, an unknown revision or an invalid workspace\.\n$/);
  });
});

describe('journeykit init', () => {
  it('writes a commented workspace that checks clean', async () => {
    const root = folderWith({});
    const created = await run(['init', 'cx'], root);
    expect(created.code).toBe(0);
    expect(readFileSync(join(root, 'cx/journeys/first-purchase.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/@journeykit\/core@[^/]+\/schemas\/journey\.schema\.json\n/);
    expect(await run(['check', 'cx'], root)).toEqual({
      code: 0,
      stdout: 'cx: 1 journey, 1 persona, 2 teams, 1 metric, 0 channels, 0 glossary terms.\nNo problems found.\n',
      stderr: '',
    });
  });

  it('refuses to write into an existing workspace and changes nothing', async () => {
    const root = folderWith({ 'journeykit.config.yaml': 'name: Mine\n' });
    const { code, stderr } = await run(['init'], root);
    expect(code).toBe(1);
    expect(stderr).toContain('journeykit.config.yaml already exists');
    expect(readFileSync(join(root, 'journeykit.config.yaml'), 'utf8')).toBe('name: Mine\n');
    expect(existsSync(join(root, 'journeys'))).toBe(false);
  });
});

describe('the journeykit process', () => {
  const bin = join(import.meta.dirname, '../bin/journeykit.js');
  const spawn = (args: string[], cwd: string) =>
    spawnSync(process.execPath, ['--conditions=@journeykit/source', bin, ...args], { cwd, encoding: 'utf8' });

  it('exits 1 on a broken workspace, with no stack trace', () => {
    const result = spawn(['check', '.'], folderWith({ ...broken, 'personas/bad.yaml': 'id: [\n', 'journeys/bad.ts': "throw new TypeError('oops');\n" }));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('journeys/bad.ts:1:7 error The file throws when it is imported: oops ts/import-failed');
    expect(result.stdout).not.toMatch(/^\s+at /m);
  });

  it('exits 2 on a usage error and 0 on help', () => {
    expect(spawn(['check', '--bad'], repository).status).toBe(2);
    expect(spawn(['--help'], repository).status).toBe(0);
  });

  it('keeps the code it compiled for the next run, as astro does, except in CI', () => {
    const compiledCodeKept = (ci: boolean) => {
      const tmp = folderWith({});
      const { CI, NODE_COMPILE_CACHE, ...env } = process.env;
      const result = spawnSync(process.execPath, ['--conditions=@journeykit/source', bin, 'check', join('examples', 'b2b-saas')], {
        cwd: repository,
        encoding: 'utf8',
        env: { ...env, TMPDIR: tmp, ...(ci ? { CI: 'true' } : {}) },
      });
      expect(result.status).toBe(0);
      const cache = join(tmp, 'node-compile-cache');
      return existsSync(cache) && readdirSync(cache, { recursive: true }).length > 0;
    };
    expect(compiledCodeKept(false)).toBe(true);
    expect(compiledCodeKept(true)).toBe(false);
  });
});
