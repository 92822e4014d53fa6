import { describe, expect, it } from 'vitest';
import { rules } from '../index.ts';
import { check, places, validFiles } from '../../test/workspace.ts';

describe('checkWorkspace', () => {
  it('builds a valid workspace with defaults applied and built-ins merged in', () => {
    const { value, diagnostics } = check(validFiles);
    expect(diagnostics).toEqual([]);
    const journey = value!.journeys[0]!;
    expect(journey.status).toBe('current');
    expect(journey.emotionScale).toEqual({ min: 1, max: 5 });
    expect(journey.stages[0]!.steps[0]!.touchpoints![0]!.type).toBe('direct');
    expect(value!.channels.map((c) => c.id)).toContain('word-of-mouth');
    expect(value!.glossary.length).toBeGreaterThanOrEqual(30);
    expect(value!.files.journey).toEqual({ onboarding: 'journeys/onboarding.yaml' });
    expect(value!.files.config).toEqual({ config: 'journeykit.config.yaml' });
  });

  it('reports every problem at once, each at its exact line and column', () => {
    const files = {
      ...validFiles,
      'journeys/onboarding.yaml': validFiles['journeys/onboarding.yaml']!
        .replace('personas: [olivia]', 'personas: [olivai]')
        .replace('kind: onboarding', 'kind: onboardng')
        .replace('channel: phone', 'channel: phnoe'),
    };
    expect(places(files)).toEqual([
      'journeys/onboarding.yaml:3:12 refs/persona-exists',
      'journeys/onboarding.yaml:8:11 schema/invalid-value',
      'journeys/onboarding.yaml:16:22 refs/channel-exists',
    ]);
  });

  it('suggests the closest id for a reference that does not resolve', () => {
    const files = { ...validFiles, 'personas/olivia.yaml': 'id: olivia\nname: Olivia\npreferredChannels: [emial]\n' };
    const [diagnostic] = check(files).diagnostics;
    expect(diagnostic!.message).toBe(rules.channelExists.message({ id: 'emial', suggestion: 'email' }));
    expect(diagnostic!.message).toContain('Did you mean "email"?');
  });

  it('suggests the id of the entity whose name was written instead of its id', () => {
    const journey = validFiles['journeys/onboarding.yaml']!.replace('personas: [olivia]', 'personas: [olivia-ops]').replace('owner: cs', 'owner: customer-success');
    const persona = 'id: p1\nname: Olivia (ops)\n';
    const messages = check({ ...validFiles, 'journeys/onboarding.yaml': journey, 'personas/olivia.yaml': persona }).diagnostics.map((d) => d.message);
    expect(messages).toEqual([
      'No persona has the id "olivia-ops". Did you mean "p1" (named "Olivia (ops)")? Existing personas: "p1".',
      'No team has the id "customer-success". Did you mean "cs" (named "Customer success")? Existing teams: "cs".',
    ]);
  });

  it('lists the ids that exist when there are few, and says when there are none', () => {
    const metric = validFiles['metrics/csat.yaml']!.replace('stage: kickoff', 'stage: welcome').replace('kind: csat', 'kind: csat\nowner: sales');
    const files = { ...validFiles, 'metrics/csat.yaml': metric, 'glossary/terms.yaml': 'id: cac\nterm: CAC\ndefinition: What a customer costs to win.\nrelated: [ltv]\n' };
    const messages = check(files, {}).diagnostics.map((d) => d.message);
    expect(messages).toContain('No team has the id "sales". Existing teams: "cs".');
    expect(messages).toContain('No stage has the id "welcome" in that journey. Existing stages in that journey: "kickoff".');
    const many = Array.from({ length: 9 }, (_, i) => `- id: team-${i}\n  name: Team ${i}\n  department: sales\n`).join('');
    const crowded = check({ ...validFiles, 'teams/teams.yaml': `${validFiles['teams/teams.yaml']}${many}`, 'metrics/csat.yaml': metric }).diagnostics.map((d) => d.message);
    expect(crowded).toContain('No team has the id "sales".');
    expect(check({ ...validFiles, 'teams/teams.yaml': '[]\n' }).diagnostics[0]?.message).toBe('No team has the id "cs". There are no teams yet.');
  });

  it('names the built-in channels when a channel does not exist', () => {
    const journey = validFiles['journeys/onboarding.yaml']!.replace('channel: phone', 'channel: telephone');
    const [diagnostic] = check({ ...validFiles, 'journeys/onboarding.yaml': journey }).diagnostics;
    expect(diagnostic).toMatchObject({
      message: 'No channel has the id "telephone" (neither a built-in channel nor one of the workspace). There are no channels of the workspace yet.',
      hint: 'Use a built-in channel (web, mobile-app, email, social, paid-ads, events, phone, chat, in-person, review-sites, word-of-mouth, partners), or define the channel in channels/.',
    });
  });

  it('reports references of later stages after an earlier stage is invalid, at their original place', () => {
    const journey = validFiles['journeys/onboarding.yaml']!.replace('kind: onboarding', 'kind: nope') +
      ['  - id: use', '    name: Use', '    kind: retention', '    owner: nobody', '    steps: []', ''].join('\n');
    const found = places({ ...validFiles, 'journeys/onboarding.yaml': journey });
    expect(found).toContain('journeys/onboarding.yaml:8:11 schema/invalid-value');
    expect(found).toContain('journeys/onboarding.yaml:21:12 refs/team-exists');
  });

  it('still judges a journey that has an unknown field, so one run reports every problem', () => {
    const journey = validFiles['journeys/onboarding.yaml']!.replace('title: Onboarding', 'title: Onboarding\nsumary: Typo').replace('emotion: 4', 'emotion: 9');
    expect(places({ ...validFiles, 'journeys/onboarding.yaml': journey })).toEqual([
      'journeys/onboarding.yaml:3:1 schema/unknown-field',
      'journeys/onboarding.yaml:13:18 emotion/out-of-scale',
    ]);
  });

  it('keeps x- keys in the workspace config, as in every definition', () => {
    const { value, diagnostics } = check({ ...validFiles, 'journeykit.config.yaml': 'name: Test workspace\nx-owner: cx-team\n' });
    expect(diagnostics).toEqual([]);
    expect(value?.config).toMatchObject({ name: 'Test workspace', 'x-owner': 'cx-team' });
    expect(places({ ...validFiles, 'journeykit.config.yaml': 'name: Test workspace\nowner: cx-team\n' })).toEqual(['journeykit.config.yaml:2:1 schema/unknown-field']);
  });

  it('points an unknown field at its key and suggests the field meant', () => {
    const files = { ...validFiles, 'personas/olivia.yaml': 'id: olivia\nname: Olivia\nqoute: Hi\n' };
    const [diagnostic] = check(files).diagnostics;
    expect(diagnostic).toMatchObject({ rule: 'schema/unknown-field', line: 3, column: 1, endColumn: 6 });
    expect(diagnostic!.message).toBe('Unknown field "qoute". Did you mean "quote"?');
  });

  it('keeps x- extension keys and accepts them anywhere', () => {
    const files = { ...validFiles, 'personas/olivia.yaml': 'id: olivia\nname: Olivia\nx-crm-segment: smb\n' };
    const { value, diagnostics } = check(files);
    expect(diagnostics).toEqual([]);
    expect(value!.personas[0]).toMatchObject({ 'x-crm-segment': 'smb' });
  });

  it('names a missing field and points at the mapping that lacks it', () => {
    const files = { ...validFiles, 'teams/teams.yaml': '- id: cs\n  department: customer-success\n' };
    // The team still counts for references, so its broken definition is the only problem.
    expect(check(files).diagnostics).toHaveLength(1);
    const [diagnostic] = check(files).diagnostics;
    expect(diagnostic).toMatchObject({ rule: 'schema/missing-field', line: 1, column: 3 });
    expect(diagnostic!.message).toBe('Missing field "name": expected a text.');
  });

  it('names a missing choice and the values it takes', () => {
    const files = { ...validFiles, 'teams/teams.yaml': '- id: cs\n  name: CS\n' };
    const [diagnostic] = check(files).diagnostics;
    expect(diagnostic).toMatchObject({ rule: 'schema/missing-field', line: 1, column: 3 });
    expect(diagnostic!.message).toMatch(/^Missing field "department": expected one of "[a-z-]+"(, "[a-z-]+")+\.$/);
  });

  it('reports duplicate ids across files, naming where the id is first used', () => {
    const files = { ...validFiles, 'personas/copy.yaml': 'id: olivia\nname: Olivia again\n' };
    const [diagnostic] = check(files).diagnostics;
    // Files are taken in path order, so copy.yaml is first whatever order they are given in.
    expect(diagnostic).toMatchObject({ rule: 'ids/duplicate', file: 'personas/olivia.yaml', line: 1, column: 5 });
    expect(diagnostic!.message).toContain('personas/copy.yaml');
  });

  it('reports duplicate ids inside one journey', () => {
    const journey = validFiles['journeys/onboarding.yaml']!.replace('          - id: call\n', '          - id: call\n            name: A\n            channel: web\n          - id: call\n');
    expect(places({ ...validFiles, 'journeys/onboarding.yaml': journey })).toEqual(['journeys/onboarding.yaml:17:17 ids/duplicate']);
  });

  it('lets workspace channels and glossary terms override the built-ins by id', () => {
    const files = {
      ...validFiles,
      'channels/email.yaml': 'id: email\nname: Newsletter\nkind: email\n',
      'glossary/terms.yaml': '- id: touchpoint\n  term: Touchpoint\n  definition: Our own definition.\n',
    };
    const { value, diagnostics } = check(files);
    expect(diagnostics).toEqual([]);
    expect(value!.channels.find((c) => c.id === 'email')!.name).toBe('Newsletter');
    expect(value!.glossary.find((t) => t.id === 'touchpoint')!.definition).toBe('Our own definition.');
  });

  it('applies rule levels from the config, and refuses unknown or unconfigurable rules', () => {
    const metric = validFiles['metrics/csat.yaml']!.replace('target: 80\n', '');
    const base = { ...validFiles, 'metrics/csat.yaml': metric };
    expect(places(base)).toEqual(['metrics/csat.yaml:2:7 metric/no-target']);
    expect(check(base).diagnostics[0]!.severity).toBe('warning');
    const raised = { ...base, 'journeykit.config.yaml': 'name: T\nrules:\n  metric/no-target: error\n' };
    expect(check(raised).diagnostics[0]!.severity).toBe('error');
    expect(check(raised).value).toBeUndefined();
    const off = { ...base, 'journeykit.config.yaml': 'name: T\nrules:\n  metric/no-target: off\n' };
    expect(places(off)).toEqual([]);
    const wrong = { ...base, 'journeykit.config.yaml': 'name: T\nrules:\n  metric/no-targt: off\n  yaml/syntax: off\n' };
    expect(places(wrong)).toEqual([
      'journeykit.config.yaml:3:3 config/unknown-rule',
      'journeykit.config.yaml:4:3 config/rule-not-configurable',
      'metrics/csat.yaml:2:7 metric/no-target',
    ]);
    expect(check(wrong).diagnostics[0]!.message).toContain('Did you mean "metric/no-target"?');
  });

  it('reports semantic problems with their rule ids', () => {
    const journey = validFiles['journeys/onboarding.yaml']!
      .replace('personas: [olivia]', 'personas: [olivia, olivia, olivia, olivia]')
      .replace('emotion: 4', 'emotion: 7')
      .concat(['        painPoints:', '          - id: slow', '            title: Slow', '            severity: high', '            evidence: observed', '  - id: empty', '    name: Empty', '    kind: custom', ''].join('\n'));
    expect(places({ ...validFiles, 'journeys/onboarding.yaml': journey })).toEqual([
      'journeys/onboarding.yaml:3:11 journey/too-many-personas',
      'journeys/onboarding.yaml:12:18 emotion/out-of-scale',
      'journeys/onboarding.yaml:19:13 pain-point/no-owner',
      'journeys/onboarding.yaml:24:11 stage/no-touchpoints',
    ]);
  });

  it('requires the scale and method of survey metrics, at the kind that needs them', () => {
    const metric = 'id: csat\nname: CSAT\nkind: csat\ntarget: 80\n';
    expect(places({ ...validFiles, 'metrics/csat.yaml': metric })).toEqual([
      'metrics/csat.yaml:3:7 schema/invalid-value',
      'metrics/csat.yaml:3:7 schema/invalid-value',
    ]);
  });

  it('asks a retention metric read from an event log for its cohort events, and only it', () => {
    const retention = 'id: repeat\nname: Repeat\nkind: retention\ntarget: 30\nsource: { file: data/e.csv, format: events }\n';
    expect(places({ ...validFiles, 'metrics/repeat.yaml': retention }, { fileStatus: () => 'file' })).toEqual(['metrics/repeat.yaml:5:9 schema/invalid-value']);
    const conversion = 'id: repeat\nname: Repeat\nkind: conversion\ntarget: 30\nsource: { file: data/e.csv, format: events, retention: { start: [buy], return: [buy] } }\n';
    expect(places({ ...validFiles, 'metrics/repeat.yaml': conversion }, { fileStatus: () => 'file' })).toEqual(['metrics/repeat.yaml:5:56 schema/invalid-value']);
    const valid = retention.replace('format: events', 'format: events, retention: { start: [buy], return: [buy], period: week }');
    expect(places({ ...validFiles, 'metrics/repeat.yaml': valid }, { fileStatus: () => 'file' })).toEqual([]);
  });

  it('checks metric scopes against the parts of the journey they name', () => {
    const metric = validFiles['metrics/csat.yaml']!.replace('stage: kickoff', 'stage: kikoff');
    const [diagnostic] = check({ ...validFiles, 'metrics/csat.yaml': metric }).diagnostics;
    expect(diagnostic).toMatchObject({ rule: 'refs/stage-exists', line: 7, column: 38 });
    expect(diagnostic!.message).toContain('Did you mean "kickoff"?');
  });

  it('asks whether data files exist and are inside the workspace', () => {
    const metric = `${validFiles['metrics/csat.yaml']}source: { file: ../secret.csv, format: responses }\n`;
    const files = { ...validFiles, 'metrics/csat.yaml': metric };
    expect(places(files, { fileStatus: () => 'outside' })).toEqual(['metrics/csat.yaml:8:17 file/outside-workspace']);
    expect(places(files, { fileStatus: () => 'missing' })).toEqual(['metrics/csat.yaml:8:17 refs/file-exists']);
    expect(places(files, { fileStatus: () => 'file' })).toEqual([]);
  });

  it('reads JSON definitions like YAML ones', () => {
    const files = { ...validFiles, 'personas/olivia.yaml': undefined!, 'personas/olivia.json': '{\n\t"id": "olivia",\n\t"name": "Olivia",\n\t"age": 3\n}' };
    delete (files as Record<string, string | undefined>)['personas/olivia.yaml'];
    expect(places(files)).toEqual(['personas/olivia.json:4:2 schema/unknown-field']);
  });

  it('says when the folder is not a workspace, and when it has no journey', () => {
    expect(places({})).toEqual([':0:0 workspace/no-config', ':0:0 workspace/no-journeys']);
    const broken = { ...validFiles, 'journeys/onboarding.yaml': 'id: onboarding\n' };
    expect(places(broken)).not.toContain(':0:0 workspace/no-journeys');
  });

  it('warns about files in definition folders that are not definitions, but not about Markdown', () => {
    expect(places({ ...validFiles, 'journeys/notes.txt': 'x', 'journeys/README.md': '# Notes' })).toEqual([
      'journeys/notes.txt:1:1 file/unknown-extension',
    ]);
  });

  it('applies rule levels to problems found while reading files too', () => {
    const quiet = { ...validFiles, 'journeykit.config.yaml': 'name: T\nrules:\n  file/unknown-extension: off\n', 'journeys/notes.txt': 'x' };
    expect(places(quiet)).toEqual([]);
  });
});
