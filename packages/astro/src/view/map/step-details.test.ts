import { describe, expect, it } from 'vitest';
import { workspaceOf } from '../../../test/workspace-of.ts';
import { links } from '../links.ts';
import { stepDetails } from './step-details.ts';

const workspace = workspaceOf({
  'journeykit.config.yaml': 'name: Shop\n',
  'personas/bo.yaml': 'id: bo\nname: Bo\n',
  'teams/teams.yaml': '- { id: web, name: Web, department: product }\n',
  'channels/kiosk.yaml': 'id: kiosk\nname: Kiosk\nkind: custom\n',
  'journeys/buy.yaml': [
    'id: buy',
    'title: Buy',
    'personas: [bo]',
    'stages:',
    '  - id: find',
    '    name: Find',
    '    kind: awareness',
    '    owner: web',
    '    customerGoal: Find a shop',
    '    doing: [Scrolls]',
    '    feeling: [Curious, Wary]',
    '    painPoints: [{ id: noise, title: Too many ads, severity: 2, evidence: inferred, owner: web, sources: [{ kind: survey, title: Q1 survey, link: "https://docs.example/q1" }, { kind: interviews, title: Notes }] }]',
    '    opportunities: [{ id: calm, title: Fewer ads, customerValue: 30, effort: 2 }]',
    '    steps:',
    '      - { id: see, name: Sees an ad, emotion: 3, emotions: { bo: 1 }, momentOfTruth: { kind: zero, note: First glance },',
    '          parties: { customer: [Bo, a friend], company: [Ads] },',
    '          touchpoints: [{ id: ad, name: Ad, channel: social, type: indirect, documents: [{ title: Brief, link: "https://docs.example/brief" }, { title: Sketch }] },',
    '                        { id: stand, name: Stand, channel: kiosk, automated: true, lane: backstage, owner: web }] }',
    '  - id: pay',
    '    name: Pay',
    '    kind: purchase',
    '    steps:',
    '      - { id: checkout, name: Checks out, touchpoints: [{ id: form, name: Form, channel: web }],',
    '          painPoints: [{ id: slow, title: Slow page, severity: high, evidence: observed }],',
    '          opportunities: [{ id: faster, title: Faster page, owner: web, addresses: [slow, noise], customerValue: high, businessValue: 50, effort: low },',
    '                          { id: later, title: Later }] }',
  ].join('\n'),
});
const site = { root: '/r/', workspace };
const buy = workspace.journeys[0]!;
const [find, pay] = stepDetails(workspace, buy, links(site));

describe('the detail under the map', () => {
  it('gives each stage its owner, goal and the lanes it fills, in order', () => {
    expect(find).toMatchObject({ id: 'find', name: 'Find', kind: 'awareness', owner: { href: '/r/teams/web/', text: 'Web' }, customerGoal: 'Find a shop' });
    expect(find!.lanes).toEqual([
      { name: 'Doing', items: ['Scrolls'] },
      { name: 'Feeling', items: ['Curious', 'Wary'] },
    ]);
    expect(pay).toMatchObject({ owner: undefined, customerGoal: undefined, lanes: [], painPoints: [], opportunities: [] });
  });

  it('numbers the steps across stages, as the map does', () => {
    expect([...find!.steps, ...pay!.steps].map((step) => [step.number, step.name])).toEqual([
      [1, 'Sees an ad'],
      [2, 'Checks out'],
    ]);
  });

  it("states a step's emotions, moment of truth and parties as terms", () => {
    expect(find!.steps[0]!.facts).toEqual([
      { term: 'Emotion', value: '3 of 5' },
      { term: 'Bo', value: '1 of 5' },
      { term: 'Zero moment of truth', value: 'First glance' },
      { term: 'Customer side', value: 'Bo, a friend' },
      { term: 'Company side', value: 'Ads' },
    ]);
    expect(pay!.steps[0]!.facts).toEqual([]);
  });

  it("names a touchpoint's channel with what sets it apart, its owner and its documents", () => {
    expect(find!.steps[0]!.touchpoints.map(({ href, channel, owner, documents }) => ({ href, channel, owner, documents }))).toEqual([
      {
        href: '/r/touchpoints/buy/ad/',
        channel: 'Social media, indirect',
        owner: undefined,
        documents: [
          { title: 'Brief', href: 'https://docs.example/brief' },
          { title: 'Sketch', href: undefined },
        ],
      },
      { href: '/r/touchpoints/buy/stand/', channel: 'Kiosk, automated, backstage', owner: { href: '/r/teams/web/', text: 'Web' }, documents: [] },
    ]);
  });

  it('gives a pain point its severity on the map, its owner and its linked sources', () => {
    expect(find!.painPoints.map(({ pain, shown, owner, sources }) => ({ id: pain.id, level: shown.level, severity: shown.severity, owner, sources }))).toEqual([
      {
        id: 'noise',
        level: 2,
        severity: '2 of 5',
        owner: { href: '/r/teams/web/', text: 'Web' },
        sources: [
          { kind: 'survey', title: 'Q1 survey', href: 'https://docs.example/q1' },
          { kind: 'interviews', title: 'Notes', href: undefined },
        ],
      },
    ]);
    expect(pay!.steps[0]!.painPoints.map(({ owner, sources }) => ({ owner, sources }))).toEqual([{ owner: undefined, sources: [] }]);
  });

  it('puts scores in words, with their scale, and links the pain points an opportunity answers', () => {
    expect(find!.opportunities.map(({ scores }) => scores)).toEqual(['customer value 30 (of 100) · effort 2 (of 5)']);
    const [faster, later] = pay!.steps[0]!.opportunities;
    expect(faster).toMatchObject({
      scores: 'customer value high (75) · business value 50 (of 100) · effort low (2)',
      owner: { href: '/r/teams/web/', text: 'Web' },
      answers: [
        { href: '#pain-slow', text: 'Slow page' },
        { href: '#pain-noise', text: 'Too many ads' },
      ],
    });
    expect(later).toMatchObject({ scores: '', owner: undefined, answers: [] });
  });
});

