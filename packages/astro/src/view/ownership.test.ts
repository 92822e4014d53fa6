import { describe, expect, it } from 'vitest';
import { workspaceOf } from '../../test/workspace-of.ts';
import { ownership } from './ownership.ts';

const journey = (id: string, owner: string, stageOwner: string) =>
  [
    `id: ${id}`,
    `title: ${id}`,
    `owner: ${owner}`,
    'personas: [sam]',
    'stages:',
    `  - { id: buy, name: Buy, kind: purchase, owner: ${stageOwner}, steps: [{ id: pay, name: Pay, emotion: 3,`,
    `      touchpoints: [{ id: checkout, name: Checkout, channel: web, owner: ${owner} }, { id: receipt, name: Receipt, channel: email, owner: ${stageOwner} }],`,
    `      painPoints: [{ id: slow, title: Slow, severity: high, evidence: observed, owner: ${stageOwner} }],`,
    `      opportunities: [{ id: faster, title: Faster, owner: ${owner} }] }] }`,
  ].join('\n');

const workspace = workspaceOf({
  'journeykit.config.yaml': 'name: Shop\n',
  'personas/sam.yaml': 'id: sam\nname: Sam\n',
  'teams/teams.yaml': '- { id: web, name: Web, department: product }\n- { id: ops, name: Ops, department: operations }\n- { id: idle, name: Idle, department: support }\n',
  'journeys/a.yaml': journey('a', 'web', 'ops'),
  'journeys/b.yaml': journey('b', 'ops', 'web'),
  'metrics/m.yaml': 'id: m\nname: M\nkind: conversion\nowner: ops\n',
});

describe('ownership', () => {
  it('gives what a team owns, each part with its journey, in workspace order', () => {
    const web = ownership(workspace, 'web');
    expect(web.journeys.map((j) => j.id)).toEqual(['a']);
    expect(web.stages.map(({ journey, value }) => `${journey.id}/${value.id}`)).toEqual(['b/buy']);
    expect(web.touchpoints.map(({ journey, value }) => `${journey.id}/${value.id}`)).toEqual(['a/checkout', 'b/receipt']);
    expect(web.painPoints.map(({ journey, value }) => `${journey.id}/${value.id}`)).toEqual(['b/slow']);
    expect(web.opportunities.map(({ journey, value }) => `${journey.id}/${value.id}`)).toEqual(['a/faster']);
    expect(web.metrics).toEqual([]);
    expect(ownership(workspace, 'ops').metrics.map((m) => m.id)).toEqual(['m']);
  });

  it('gives nothing for a team that owns nothing, and the same answer when asked again', () => {
    expect(ownership(workspace, 'idle')).toEqual({ journeys: [], stages: [], touchpoints: [], painPoints: [], opportunities: [], metrics: [] });
    expect(ownership(workspace, 'ops')).toBe(ownership(workspace, 'ops'));
  });
});
