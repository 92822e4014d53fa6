import { describe, expect, it } from 'vitest';
import { edited, workspaceOf } from '../../test/diff-workspace.ts';
import type { Workspace } from '../schema/workspace.ts';
import { diffWorkspaces } from './diff-workspaces.ts';

const base = workspaceOf({
  teams: [
    { id: 'cs', name: 'Customer success', department: 'customer-success' },
    { id: 'onb', name: 'Onboarding', department: 'onboarding' },
  ],
  personas: [{ id: 'olivia', name: 'Olivia, operations lead', role: 'Operations lead', goals: ['Fewer approval emails'] }],
  journeys: [
    {
      id: 'onboarding',
      title: 'Onboarding',
      personas: ['olivia'],
      owner: 'cs',
      stages: [
        {
          id: 'kickoff',
          name: 'Kickoff',
          kind: 'onboarding',
          emotion: 4,
          steps: [
            {
              id: 'call',
              name: 'Kickoff call',
              emotion: 4,
              touchpoints: [
                { id: 'call-invite', name: 'Calendar invite for the kickoff', channel: 'email', owner: 'onb', automated: true },
                { id: 'kickoff-call', name: 'Kickoff call with the implementation lead', channel: 'phone', owner: 'onb' },
              ],
              painPoints: [{ id: 'no-agenda', title: 'No agenda before the call', severity: 'medium', evidence: 'reported', owner: 'onb' }],
            },
          ],
        },
        {
          id: 'setup',
          name: 'Set-up',
          kind: 'onboarding',
          steps: [
            { id: 'connect', name: 'Connect the ERP', emotion: 2, touchpoints: [{ id: 'connector-docs', name: 'Connector documentation', channel: 'web', owner: 'onb' }] },
            { id: 'invite', name: 'Invite the team', emotion: 3, touchpoints: [{ id: 'invite-email', name: 'Invitation email to teammates', channel: 'email', automated: true }] },
          ],
        },
        {
          id: 'value',
          name: 'First value',
          kind: 'retention',
          steps: [{ id: 'first-report', name: 'Read the first report', touchpoints: [{ id: 'report-email', name: 'Weekly report email', channel: 'email' }] }],
        },
      ],
    },
  ],
  metrics: [
    {
      id: 'onboarding-csat',
      name: 'Onboarding CSAT',
      kind: 'csat',
      method: 'share',
      scale: { min: 1, max: 5 },
      target: 80,
      scope: { journey: 'onboarding', stage: 'kickoff' },
      series: [
        { period: '2026-Q1', value: 76, n: 120 },
        { period: '2026-Q2', value: 78, n: 131 },
      ],
    },
  ],
});

const journey = (workspace: Workspace) => workspace.journeys[0]!;
const stage = (workspace: Workspace, index: number) => journey(workspace).stages[index]!;
const step = (workspace: Workspace, s: number, t: number) => stage(workspace, s).steps[t]!;

describe('diffWorkspaces', () => {
  it('finds nothing between a workspace and itself or a copy of it', () => {
    const empty = { version: 1, summary: { added: 0, removed: 0, renamed: 0, moved: 0, changed: 0, targetsCrossed: 0, config: 0 }, config: [], changes: [] };
    expect(diffWorkspaces(base, base)).toEqual(empty);
    expect(diffWorkspaces(base, structuredClone(base))).toEqual(empty);
  });

  it('lists a touchpoint added and one removed, with where each is', () => {
    const head = edited(base, (w) => {
      step(w, 0, 0).touchpoints!.push({ id: 'kickoff-deck', name: 'Kickoff slides', channel: 'in-person', type: 'direct', automated: false, owner: 'onb' });
      step(w, 2, 0).touchpoints = [];
    });
    const diff = diffWorkspaces(base, head);
    expect(diff.changes).toEqual([
      {
        kind: 'touchpoint',
        change: 'added',
        id: 'kickoff-deck',
        name: 'Kickoff slides',
        place: { journey: { id: 'onboarding', name: 'Onboarding' }, stage: { id: 'kickoff', name: 'Kickoff' }, step: { id: 'call', name: 'Kickoff call' }, position: 3 },
        fields: [],
      },
      {
        kind: 'touchpoint',
        change: 'removed',
        id: 'report-email',
        name: 'Weekly report email',
        place: { journey: { id: 'onboarding', name: 'Onboarding' }, stage: { id: 'value', name: 'First value' }, step: { id: 'first-report', name: 'Read the first report' }, position: 1 },
        fields: [],
      },
    ]);
    expect(diff.summary).toMatchObject({ added: 1, removed: 1, renamed: 0, moved: 0, changed: 0 });
  });

  it('reports a new name under the same id as a rename', () => {
    const head = edited(base, (w) => {
      step(w, 1, 0).name = 'Connect the accounting system';
      journey(w).title = 'Onboarding and set-up';
    });
    expect(diffWorkspaces(base, head).changes.map(({ kind, id, renamed }) => ({ kind, id, renamed }))).toEqual([
      { kind: 'journey', id: 'onboarding', renamed: { name: { from: 'Onboarding', to: 'Onboarding and set-up' } } },
      { kind: 'step', id: 'connect', renamed: { name: { from: 'Connect the ERP', to: 'Connect the accounting system' } } },
    ]);
  });

  it('recognises an entity whose id changed by its content, not as one removed and one added', () => {
    const head = edited(base, (w) => {
      step(w, 1, 0).touchpoints![0]!.id = 'erp-connector-docs';
      w.personas[0]!.id = 'olivia-ops';
    });
    const diff = diffWorkspaces(base, head);
    expect(diff.changes.map(({ kind, change, id, renamed }) => ({ kind, change, id, renamed }))).toEqual([
      { kind: 'touchpoint', change: 'changed', id: 'erp-connector-docs', renamed: { id: { from: 'connector-docs', to: 'erp-connector-docs' } } },
      { kind: 'persona', change: 'changed', id: 'olivia-ops', renamed: { id: { from: 'olivia', to: 'olivia-ops' } } },
    ]);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, renamed: 2 });
  });

  it('recognises a stage with a new id and a new name by its steps, and keeps its steps in place', () => {
    const head = edited(base, (w) => {
      Object.assign(stage(w, 1), { id: 'implementation', name: 'Implementation' });
    });
    expect(diffWorkspaces(base, head).changes).toEqual([
      expect.objectContaining({ kind: 'stage', change: 'changed', id: 'implementation', renamed: { id: { from: 'setup', to: 'implementation' }, name: { from: 'Set-up', to: 'Implementation' } }, fields: [] }),
    ]);
  });

  it('does not pair a removed touchpoint with an unrelated one added in its place', () => {
    const head = edited(base, (w) => {
      step(w, 2, 0).touchpoints = [{ id: 'success-review', name: 'Quarterly business review', channel: 'in-person', type: 'direct', automated: false, owner: 'cs' }];
    });
    expect(diffWorkspaces(base, head).changes.map(({ change, id }) => `${change} ${id}`)).toEqual(['removed report-email', 'added success-review']);
  });

  it('reports a step moved to another stage, with where it was and where it is', () => {
    const head = edited(base, (w) => {
      const [invite] = stage(w, 1).steps.splice(1, 1);
      stage(w, 2).steps.unshift(invite!);
    });
    const [change, ...rest] = diffWorkspaces(base, head).changes;
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      kind: 'step',
      id: 'invite',
      moved: {
        from: { stage: { id: 'setup' }, position: 2 },
        to: { stage: { id: 'value' }, position: 1 },
        reordered: false,
      },
      fields: [],
    });
  });

  it('reports a touchpoint moved to another step', () => {
    const head = edited(base, (w) => {
      const [docs] = step(w, 1, 0).touchpoints!.splice(0, 1);
      step(w, 1, 1).touchpoints!.push(docs!);
    });
    expect(diffWorkspaces(base, head).changes).toEqual([
      expect.objectContaining({ kind: 'touchpoint', id: 'connector-docs', moved: expect.objectContaining({ from: expect.objectContaining({ step: { id: 'connect', name: 'Connect the ERP' } }), to: expect.objectContaining({ step: { id: 'invite', name: 'Invite the team' }, position: 2 }) }) }),
    ]);
  });

  it('flags only the stage that was moved when stages are reordered, not the ones that shifted', () => {
    const head = edited(base, (w) => {
      const [kickoff] = journey(w).stages.splice(0, 1);
      journey(w).stages.push(kickoff!);
    });
    const diff = diffWorkspaces(base, head);
    expect(diff.changes.map(({ kind, id, moved }) => [kind, id, moved?.from.position, moved?.to.position, moved?.reordered])).toEqual([['stage', 'kickoff', 1, 3, true]]);
  });

  it('does not call siblings moved when one before them is added or removed', () => {
    const head = edited(base, (w) => {
      journey(w).stages.splice(0, 1);
    });
    expect(diffWorkspaces(base, head).changes.filter((change) => change.moved !== undefined)).toEqual([]);
  });

  it('gives the direction of emotion and severity changes, and the other fields that changed', () => {
    const head = edited(base, (w) => {
      step(w, 1, 0).emotion = 1;
      stage(w, 0).emotion = 5;
      Object.assign(step(w, 0, 0).painPoints![0]!, { severity: 'high', owner: 'cs', description: 'Customers arrive unprepared.' });
      step(w, 1, 0).touchpoints![0]!.channel = 'chat';
      journey(w).status = 'retired';
      Object.assign(journey(w), { 'x-jira': 'OPS-12' });
    });
    const changes = diffWorkspaces(base, head).changes.map(({ kind, id, fields }) => ({ kind, id, fields }));
    expect(changes).toEqual([
      { kind: 'journey', id: 'onboarding', fields: [{ field: 'status', from: 'current', to: 'retired' }, { field: 'x-jira', to: 'OPS-12' }] },
      { kind: 'stage', id: 'kickoff', fields: [{ field: 'emotion', from: 4, to: 5, direction: 'better' }] },
      {
        kind: 'painPoint',
        id: 'no-agenda',
        fields: [
          { field: 'description', to: 'Customers arrive unprepared.' },
          { field: 'owner', from: 'onb', to: 'cs' },
          { field: 'severity', from: 'medium', to: 'high', direction: 'worse' },
        ],
      },
      { kind: 'step', id: 'connect', fields: [{ field: 'emotion', from: 2, to: 1, direction: 'worse' }] },
      { kind: 'touchpoint', id: 'connector-docs', fields: [{ field: 'channel', from: 'web', to: 'chat' }] },
    ]);
  });

  it('compares a severity written as a word with one written as a number on the same scale', () => {
    const eased = edited(base, (w) => {
      step(w, 0, 0).painPoints![0]!.severity = 2;
    });
    expect(diffWorkspaces(base, eased).changes[0]!.fields).toEqual([{ field: 'severity', from: 'medium', to: 2, direction: 'better' }]);
    const same = edited(base, (w) => {
      step(w, 0, 0).painPoints![0]!.severity = 4;
    });
    expect(diffWorkspaces(edited(base, (w) => void (step(w, 0, 0).painPoints![0]!.severity = 'high')), same).changes[0]!.fields).toEqual([
      { field: 'severity', from: 'high', to: 4 },
    ]);
  });

  it('lists the pain points and opportunities of a stage with the stage, before its steps', () => {
    const head = edited(base, (w) => {
      stage(w, 1).painPoints = [{ id: 'slow-setup', title: 'Set-up takes weeks', severity: 4, evidence: 'observed' }];
      stage(w, 1).opportunities = [{ id: 'guided-setup', title: 'Guided set-up', status: 'idea', addresses: ['slow-setup'] }];
    });
    expect(diffWorkspaces(base, head).changes.map(({ change, kind, id, place }) => [change, kind, id, place?.stage?.id, place?.step?.id])).toEqual([
      ['added', 'painPoint', 'slow-setup', 'setup', undefined],
      ['added', 'opportunity', 'guided-setup', 'setup', undefined],
    ]);
  });

  it('gives no direction to an emotion that was added or removed', () => {
    const head = edited(base, (w) => {
      delete step(w, 0, 0).emotion;
    });
    expect(diffWorkspaces(base, head).changes[0]!.fields).toEqual([{ field: 'emotion', from: 4 }]);
  });

  it('reports a metric whose latest value crossed its target, in the metric\'s direction', () => {
    const head = edited(base, (w) => {
      w.metrics[0]!.series!.push({ period: '2026-Q3', value: 82, n: 140 });
    });
    const [change] = diffWorkspaces(base, head).changes;
    expect(change).toMatchObject({
      kind: 'metric',
      id: 'onboarding-csat',
      fields: [{ field: 'series' }],
      target: {
        from: { status: 'missed', period: '2026-Q2', value: 78, target: 80 },
        to: { status: 'met', period: '2026-Q3', value: 82, target: 80 },
        crossed: true,
      },
    });
    expect(diffWorkspaces(head, base).summary.targetsCrossed).toBe(1);
  });

  it('reports a target change that leaves the metric on the same side of it without a crossing', () => {
    const head = edited(base, (w) => {
      w.metrics[0]!.target = { value: 85 };
    });
    const [change] = diffWorkspaces(base, head).changes;
    expect(change).toEqual(expect.objectContaining({ fields: [{ field: 'target', from: { value: 80 }, to: { value: 85 } }] }));
    expect(change!.target).toBeUndefined();
  });

  it('tells a first value that meets the target apart from a crossing', () => {
    const before = edited(base, (w) => {
      delete w.metrics[0]!.series;
    });
    expect(diffWorkspaces(before, base).changes[0]!.target).toEqual({ from: { status: 'no-data', target: 80 }, to: { status: 'missed', period: '2026-Q2', value: 78, target: 80 }, crossed: false });
  });

  it('lists changed config settings', () => {
    const head = edited(base, (w) => {
      w.config.name = 'Relay journeys';
      w.config.rules = { 'metric/no-target': 'off' };
    });
    const diff = diffWorkspaces(base, head);
    expect(diff.config).toEqual([
      { field: 'name', from: 'Test workspace', to: 'Relay journeys' },
      { field: 'rules', from: {}, to: { 'metric/no-target': 'off' } },
    ]);
    expect(diff.summary.config).toBe(2);
  });

  it('lists journeys with their parts in map order, then personas, metrics, teams and channels', () => {
    const head = edited(base, (w) => {
      w.teams.push({ id: 'support', name: 'Support', department: 'support' });
      w.channels.push({ id: 'slack-community', name: 'Slack community', kind: 'chat' });
      w.personas[0]!.quote = 'I just want approvals to stop living in my inbox.';
      w.metrics[0]!.owner = 'cs';
      step(w, 2, 0).emotion = 4;
      stage(w, 0).owner = 'onb';
      journey(w).summary = 'From signature to first value.';
    });
    expect(diffWorkspaces(base, head).changes.map(({ kind, id }) => `${kind} ${id}`)).toEqual([
      'journey onboarding',
      'stage kickoff',
      'step first-report',
      'persona olivia',
      'metric onboarding-csat',
      'team support',
      'channel slack-community',
    ]);
  });

  it('lists the parts of a removed stage under their journey, and a removed journey with all its parts', () => {
    const withoutValue = edited(base, (w) => {
      journey(w).stages.pop();
    });
    expect(diffWorkspaces(base, withoutValue).changes.map(({ change, kind, id }) => `${change} ${kind} ${id}`)).toEqual([
      'removed stage value',
      'removed step first-report',
      'removed touchpoint report-email',
    ]);
    const withoutJourney = edited(base, (w) => {
      w.journeys = [];
    });
    const diff = diffWorkspaces(base, withoutJourney);
    expect(diff.changes[0]).toMatchObject({ change: 'removed', kind: 'journey', id: 'onboarding' });
    expect(diff.summary.removed).toBe(1 + 3 + 4 + 5 + 1);
  });
});
