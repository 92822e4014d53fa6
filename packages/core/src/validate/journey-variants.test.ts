import { describe, expect, it } from 'vitest';
import { journeyParts, rules } from '../index.ts';
import { check, places, validFiles } from '../../test/workspace.ts';

const asIs = [
  'id: install',
  'title: Installation',
  'personas: [olivia]',
  'owner: cs',
  'stages:',
  '  - id: survey',
  '    name: Survey',
  '    kind: purchase',
  '    steps:',
  '      - id: book',
  '        name: Books a survey',
  '        emotion: 3',
  '        touchpoints:',
  '          - { id: booking-call, name: Booking call, channel: phone, owner: cs }',
  '        painPoints:',
  '          - { id: phone-tag, title: Phone tag to book, severity: high, evidence: reported, owner: cs }',
  '      - id: visit',
  '        name: Surveyor visits',
  '        emotion: 4',
  '        touchpoints:',
  '          - { id: visit, name: Site visit, channel: in-person, owner: cs }',
  '  - id: permit',
  '    name: Permit',
  '    kind: purchase',
  '    steps:',
  '      - id: wait',
  '        name: Waits for the permit',
  '        emotion: 1',
  '        touchpoints:',
  '          - { id: permit-letter, name: Permit letter, channel: email, owner: cs }',
  '',
].join('\n');

const toBe = (changes: string[]) =>
  ['id: install-to-be', 'title: Installation, to be', 'variantOf: install', 'changes:', ...changes.map((line) => `  ${line}`), ''].join('\n');

const workspace = (changes: string[]) => ({ ...validFiles, 'journeys/install.yaml': asIs, 'journeys/install-to-be.yaml': toBe(changes) });
const journeyOf = (changes: string[]) => {
  const { value, diagnostics } = check(workspace(changes));
  expect(diagnostics).toEqual([]);
  return value!.journeys.find((journey) => journey.id === 'install-to-be')!;
};
const outline = (changes: string[]) =>
  journeyOf(changes).stages.map((stage) => `${stage.id}: ${stage.steps.map((step) => `${step.id}(${(step.touchpoints ?? []).map((t) => t.id).join(' ')})`).join(' ')}`);

describe('a to-be journey that declares only its changes', () => {
  it('takes the as-is journey whole when it changes nothing, as a to-be with its own id and title', () => {
    const journey = journeyOf(['remove: {}']);
    expect(journey).toMatchObject({ id: 'install-to-be', title: 'Installation, to be', state: 'to-be', variantOf: 'install', personas: ['olivia'], owner: 'cs' });
    expect(outline(['remove: {}'])).toEqual(['survey: book(booking-call) visit(visit)', 'permit: wait(permit-letter)']);
  });

  it('removes, replaces and adds stages, steps, touchpoints, pain points and opportunities', () => {
    const changes = [
      'remove:',
      '  painPoints: [phone-tag]',
      '  steps: [wait]',
      'replace:',
      '  steps:',
      '    - { id: book, name: Books a survey online, emotion: 4 }',
      '  touchpoints:',
      '    - { id: visit, name: Site visit with a drone, channel: in-person, owner: cs, lane: frontstage }',
      'add:',
      '  stages:',
      '    - { id: welcome, name: Welcome, kind: awareness, before: survey, steps: [{ id: hears, name: Hears of us, touchpoints: [{ id: flyer, name: Flyer, channel: word-of-mouth, type: indirect }] }] }',
      '  steps:',
      '    - { stage: permit, id: track, name: Tracks the permit online, emotion: 4 }',
      '    - { stage: survey, after: book, id: confirm, name: Confirms the slot }',
      '  touchpoints:',
      '    - { step: book, id: booking-page, name: Booking page, channel: web, owner: cs }',
      '    - { step: track, id: permit-tracker, name: Permit tracker, channel: web, owner: cs }',
      '  opportunities:',
      '    - { stage: permit, id: tracker, title: Permit tracker, addresses: [phone-tag], effort: 3, owner: cs }',
    ];
    expect(outline(changes)).toEqual([
      'welcome: hears(flyer)',
      'survey: book(booking-call booking-page) confirm() visit(visit)',
      'permit: track(permit-tracker)',
    ]);
    const parts = journeyParts(journeyOf(changes));
    expect(parts.steps.find((step) => step.value.id === 'book')!.value).toMatchObject({ name: 'Books a survey online', emotion: 4 });
    expect(parts.painPoints).toEqual([]);
    expect(parts.touchpoints.find((t) => t.value.id === 'visit')!.value).toMatchObject({ name: 'Site visit with a drone', lane: 'frontstage' });
    expect(parts.opportunities.map(({ value, stage, step }) => [value.id, stage.id, step?.id])).toEqual([['tracker', 'permit', undefined]]);
    expect(Object.keys(parts.steps.find((step) => step.value.id === 'track')!.value)).not.toContain('stage');
  });

  it('reports a change that names a part the as-is does not have, at the id, with the id meant', () => {
    const changes = ['remove:', '  steps: [wiat]', 'replace:', '  touchpoints:', '    - { id: visti, name: V, channel: web }', 'add:', '  steps:', '    - { stage: permt, id: track, name: Tracks }', '    - { stage: permit, after: wait2, id: x, name: X }'];
    const { diagnostics } = check(workspace(changes));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'journeys/install-to-be.yaml:6:13 refs/changed-part-exists',
      'journeys/install-to-be.yaml:9:15 refs/changed-part-exists',
      'journeys/install-to-be.yaml:12:18 refs/changed-part-exists',
      'journeys/install-to-be.yaml:13:33 refs/changed-part-exists',
    ]);
    expect(diagnostics[0]!.message).toBe(rules.changedPartExists.message({ kind: 'step', id: 'wiat', asIs: 'install', suggestion: 'wait' }));
    expect(diagnostics[0]!.message).toBe('No step "wiat" in the as-is journey "install", nor among the parts this journey adds. Did you mean "wait"?');
  });

  it('reports a problem with a part at the file that defines it, once', () => {
    const files = workspace(['add:', '  touchpoints:', '    - { step: book, id: chat, name: Chat, channel: chta }']);
    files['journeys/install.yaml'] = asIs.replace('evidence: reported, owner: cs', 'evidence: reported');
    expect(places(files)).toEqual([
      'journeys/install-to-be.yaml:7:54 refs/channel-exists',
      'journeys/install.yaml:16:13 pain-point/no-owner',
    ]);
  });

  it('lets its opportunities answer the pain points of the as-is it removes, and no others', () => {
    const answering = ['remove: { painPoints: [phone-tag] }', 'add:', '  opportunities:', '    - { step: book, id: online, title: Book online, addresses: [phone-tag], owner: cs }'];
    expect(places(workspace(answering))).toEqual([]);
    expect(places(workspace(answering.map((line) => line.replace('[phone-tag], owner', '[phone-tga], owner'))))).toEqual(['journeys/install-to-be.yaml:8:67 refs/pain-point-exists']);
  });

  it('reports an as-is journey that does not exist at `variantOf`, and nothing about the parts it would hold', () => {
    const files = { ...validFiles, 'journeys/install-to-be.yaml': toBe(['remove: { steps: [wait] }']).replace('variantOf: install', 'variantOf: instal') };
    expect(places(files)).toEqual(['journeys/install-to-be.yaml:3:12 refs/journey-exists']);
  });

  it('reports to-be journeys that change each other in a loop, once', () => {
    const files = {
      ...validFiles,
      'journeys/a.yaml': 'id: a\ntitle: A\nvariantOf: b\nchanges: {}\n',
      'journeys/b.yaml': 'id: b\ntitle: B\nvariantOf: a\nchanges: {}\n',
    };
    const { diagnostics } = check(files);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['journeys/a.yaml:3:12 journey/changes-cycle']);
    expect(diagnostics[0]!.message).toBe('The journeys "a" → "b" → "a" each change the next, in a loop: none has a whole journey to start from.');
  });

  it('reports each broken change at its place, saying what was expected', () => {
    const changes = ['remove: { steps: [Wait] }', 'add:', '  touchpoints:', '    - { id: chat, name: Chat, channel: web }', '  painPoints:', '    - { id: p, title: P, severity: 2, evidence: observed }'];
    const { diagnostics } = check(workspace(changes));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'journeys/install-to-be.yaml:5:21 schema/invalid-value',
      'journeys/install-to-be.yaml:8:9 schema/missing-field',
      'journeys/install-to-be.yaml:10:9 schema/invalid-value',
    ]);
    expect(diagnostics.slice(1).map((d) => d.message)).toEqual([
      rules.missingField.message({ field: 'step', expected: 'a text' }),
      'Give either `stage` or `step`: where the item goes.',
    ]);
  });

  it('keeps full copies of an as-is journey working', () => {
    const copy = asIs.replace('id: install', 'id: install-copy\nvariantOf: install\nstate: to-be');
    const { value, diagnostics } = check({ ...validFiles, 'journeys/install.yaml': asIs, 'journeys/copy.yaml': copy });
    expect(diagnostics).toEqual([]);
    expect(value!.journeys.map((journey) => journey.id).sort()).toEqual(['install', 'install-copy', 'onboarding']);
  });
});
