import { funnelFromEvents } from '@journeykit/core';
import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { workspaceOf } from '../../test/workspace-of.ts';
import { journeyPage } from './journey-page.ts';
import { journeyMap, layoutCss, personaFilterCss } from './map/journey-map.ts';
import { journeyMatrix, portfolioMatrix } from './opportunity-matrix-view.ts';
import { painOwnershipView } from './pain-ownership-view.ts';
import { toBeComparison } from './to-be-comparison.ts';

const workspace = workspaceOf({
  'journeykit.config.yaml': 'name: Shop\n',
  'personas/ana.yaml': 'id: ana\nname: Ana\n',
  'personas/bo.yaml': 'id: bo\nname: Bo\n',
  'teams/teams.yaml': '- { id: web, name: Web, department: product }\n',
  'channels/kiosk.yaml': 'id: kiosk\nname: Kiosk\nkind: custom\n',
  'journeys/buy.yaml': [
    'id: buy',
    'title: Buy',
    'personas: [ana, bo]',
    'stages:',
    '  - id: find',
    '    name: Find',
    '    kind: awareness',
    '    painPoints: [{ id: noise, title: Too many ads, severity: 2, evidence: inferred, owner: web }]',
    '    steps:',
    '      - { id: see, name: Sees an ad, emotion: 3, emotions: { bo: 1 }, momentOfTruth: zero,',
    '          touchpoints: [{ id: ad, name: Ad, channel: social, type: indirect }, { id: stand, name: Stand, channel: kiosk, automated: true }] }',
    '  - id: pay',
    '    name: Pay',
    '    kind: purchase',
    '    steps:',
    '      - { id: checkout, name: Checks out, emotion: 2, touchpoints: [{ id: form, name: Form, channel: web }],',
    '          painPoints: [{ id: slow, title: Slow page, severity: high, evidence: observed, owner: web }, { id: fees, title: Fees, severity: 5, evidence: hypothesis, owner: web }],',
    '          opportunities: [{ id: faster, title: Faster page, addresses: [slow], customerValue: high, businessValue: 50, effort: low }] }',
  ].join('\n'),
  'journeys/buy-next.yaml': [
    'id: buy-next',
    'title: Buy, next',
    'state: to-be',
    'variantOf: buy',
    'personas: [ana]',
    'stages:',
    '  - id: pay',
    '    name: Pay',
    '    kind: purchase',
    '    steps:',
    '      - { id: checkout, name: Checks out, emotion: 4, touchpoints: [{ id: form, name: Form, channel: web }], painPoints: [{ id: fees, title: Fees, severity: 5, evidence: hypothesis, owner: web }] }',
  ].join('\n'),
  'journeys/old.yaml': [
    'id: old',
    'title: Old',
    'status: retired',
    'stages:',
    '  - { id: pay, name: Pay, kind: purchase, steps: [{ id: fax, name: Faxes the order, touchpoints: [{ id: fax, name: Fax, channel: phone }],',
    '      painPoints: [{ id: paper, title: Paper forms, severity: 3, evidence: observed, owner: web }] }] }',
  ].join('\n'),
  'metrics/conv.yaml': 'id: conv\nname: Conversion\nkind: conversion\nunit: "%"\nscope: { journey: buy, stage: pay }\ntarget: { value: 40 }\nseries: [{ period: 2026-Q1, value: 31 }]\n',
});
const site = { root: '/r/', workspace };
const buy = workspace.journeys.find((j) => j.id === 'buy')!;
const next = workspace.journeys.find((j) => j.id === 'buy-next')!;

describe('the overview map of a journey', () => {
  const map = journeyMap(site, buy);

  it('has a column per step, each with its touchpoints, their channel icons and marks', () => {
    expect(map.steps.map((s) => [s.name, s.anchor, s.moment])).toEqual([
      ['Sees an ad', 'step-see', 'Zero moment of truth'],
      ['Checks out', 'step-checkout', undefined],
    ]);
    expect(map.touchpoints[0]!.map((t) => [t.name, t.kind, t.indirect, t.automated, t.href])).toEqual([
      ['Ad', 'social', true, false, '/r/touchpoints/buy/ad/'],
      ['Stand', 'custom', false, true, '/r/touchpoints/buy/stand/'],
    ]);
  });

  it('draws one emotion curve per persona, with a filter, when steps feel different to each', () => {
    expect(map.emotion.curves.map((c) => [c.label, c.values])).toEqual([['Ana', [3, 2]], ['Bo', [1, 2]]]);
    expect(map.emotion.filter).toEqual({ name: 'persona', legend: 'Emotion of', options: [{ value: 'ana', label: 'Ana' }, { value: 'bo', label: 'Bo' }] });
    expect(map.css).toContain('#journey-map:has(input[name="persona"][value="bo"]:checked) [data-filter-item]:not([data-persona~="bo"]){display:none}');
  });

  it('names the worst pain point of each step, and those of whole stages in a lane of their own', () => {
    expect(map.pain.map((p) => [p.count, p.worst?.title, p.worst?.severity])).toEqual([[0, undefined, undefined], [2, 'Fees', '5 of 5']]);
    expect(map.stagePain?.map((p) => p.worst?.id)).toEqual(['noise', undefined]);
    expect(map.kpis).toEqual([[], [{ id: 'conv', name: 'Conversion', href: '/r/metrics/conv/', status: 'missed', statusLabel: 'Off target' }]]);
  });

  it('writes its layout in the head: the number of columns and the places of the scale', () => {
    expect(layoutCss(2, [{ value: 5, text: '5', word: 'positive', fraction: 0.2 }])).toBe('#journey-map,#blueprint{--jk-steps:2}\n#journey-map .jk-tick[data-tick="0"]{top:20.00%}');
    expect(personaFilterCss({ name: 'persona', legend: 'x', options: [] }).split('\n')).toEqual([
      '',
      '#journey-map:has(input[name="persona"][value=""]:checked) .jk-curve .jk-extreme{display:none}',
      '#journey-map:has(input[name="persona"]:not([value=""]):checked) .jk-curve{transform:none}',
      '#journey-map:has(input[name="persona"]:not([value=""]):checked) [data-all-only]{display:none}',
      '#journey-map:has(input[name="persona"][value=""]:checked) .jk-curve-dashed[data-persona]{display:none}',
    ]);
  });
});

describe('the comparison of a to-be with its as-is', () => {
  const comparison = toBeComparison(site, next)!;

  it('lists the steps removed and the pain points resolved, with what answers them', () => {
    expect(comparison.asIs).toEqual({ title: 'Buy', href: '/r/journeys/buy/' });
    expect(comparison.steps.removed.map((s) => [s.name, s.href])).toEqual([['Sees an ad', '/r/journeys/buy/#step-see']]);
    expect(comparison.painPoints.resolved.map((p) => [p.title, p.href, p.by])).toContainEqual(['Slow page', '/r/journeys/buy/#pain-slow', [{ title: 'Faster page', href: '/r/journeys/buy/#opportunity-faster' }]]);
    expect(comparison.opportunities.map((o) => [o.title, o.href])).toEqual([['Faster page', '/r/journeys/buy/#opportunity-faster']]);
  });

  it('gives each KPI of the as-is with its current value against its target, and the as-is emotion by step', () => {
    expect(comparison.kpis).toEqual([{ name: 'Conversion', href: '/r/metrics/conv/', current: '31%', target: '40%', status: 'missed', statusLabel: 'Off target' }]);
    expect(comparison.asIsEmotion).toEqual(new Map([['checkout', 2]]));
    const map = journeyMap(site, next, comparison);
    expect(map.emotion.curves.map((c) => [c.key, c.dashed ?? false, c.values])).toEqual([['journey', false, [4]], ['as-is', true, [2]]]);
  });

  it('names the to-be\'s own opportunity that answers a new pain point', () => {
    const changed = workspaceOf({
      'journeykit.config.yaml': 'name: Shop\n',
      'teams/teams.yaml': '- { id: web, name: Web, department: product }\n',
      'journeys/buy.yaml': 'id: buy\ntitle: Buy\nstages: [{ id: pay, name: Pay, kind: purchase, steps: [{ id: checkout, name: Checks out }] }]\n',
      'journeys/buy-next.yaml': [
        'id: buy-next',
        'title: Buy, next',
        'variantOf: buy',
        'changes:',
        '  add:',
        '    painPoints: [{ step: checkout, id: wallet, title: No wallet, severity: 2, evidence: hypothesis, owner: web }]',
        '    opportunities: [{ step: checkout, id: add-wallet, title: Add a wallet, addresses: [wallet] }]',
      ].join('\n'),
    });
    const toBe = changed.journeys.find((j) => j.id === 'buy-next')!;
    const added = toBeComparison({ root: '/r/', workspace: changed }, toBe)!.painPoints.added;
    expect(added.map((p) => [p.title, p.by])).toEqual([['No wallet', [{ title: 'Add a wallet', href: '#opportunity-add-wallet' }]]]);
  });

  it('is none for an as-is journey', () => {
    expect(toBeComparison(site, buy)).toBeUndefined();
  });
});

describe('the portfolio views', () => {
  it('say who owns the pain, each cell shaded by its weight and linked to its list', () => {
    const view = painOwnershipView(site)!;
    // The to-be's pain points are not today's, nor are a retired journey's: only the current as-is is counted.
    expect(view.journeys).toEqual([{ title: 'Buy', href: '/r/journeys/buy/', span: 2 }]);
    const web = view.rows.find((row) => row.team.name === 'Web')!;
    expect(web.cells.map((c) => [c.count, c.weighted, c.shade, c.anchor])).toEqual([[1, 2, 2, 'pain-of-web-buy-find'], [2, 9, 10, 'pain-of-web-buy-pay']]);
    expect(web.lists[1]!.painPoints.map((p) => p.href)).toEqual(['/r/journeys/buy/#pain-slow', '/r/journeys/buy/#pain-fees']);
  });

  it('place opportunities by value and effort, linked on the home page and on their own journey', () => {
    expect(portfolioMatrix(site)!.rows.map((r) => [r.href, r.customerValue, r.businessValue, r.effort, r.quickWin])).toEqual([['/r/journeys/buy/#opportunity-faster', 75, 50, 2, true]]);
    expect(journeyMatrix(site, buy)!.rows[0]!.href).toBe('#opportunity-faster');
    expect(journeyMatrix(site, next)).toBeUndefined();
  });
});

describe('the page of a journey', () => {
  const shop = pageSite();
  const buying = shop.workspace.journeys.find((j) => j.id === 'buy')!;

  it('says what the journey is, who owns it and who it is for', () => {
    const page = journeyPage(shop, buying);
    expect(page.editUrl).toBe('https://git.example/shop/edit/main/cx/journeys/buy.yaml');
    expect(page.homeHref).toBe('/r/');
    expect(page.state).toBe('the journey as it is');
    expect(page.owner).toEqual({ href: '/r/teams/web/', text: 'Web team' });
    expect(page.personas).toEqual([{ href: '/r/personas/sam/', text: 'Sam' }]);
    expect([page.variantOf, page.variants]).toEqual([undefined, []]);
    expect(page.metrics.map((m) => m.href)).toEqual(['/r/metrics/conv/', '/r/metrics/shelf-time/']);
    expect(page.summary[0]).toBe('Buying runs through 2 stages and 2 steps, with 2 touchpoints on 2 channels (In-store kiosk, Website).');
    expect(page.matrix?.rows.map((row) => row.href)).toEqual(['#opportunity-faster']);
  });

  it('ranks the steps by friction and lists what the map leaves uncovered, in words', () => {
    const page = journeyPage(shop, buying);
    expect(page.friction).toEqual([{ href: '#step-browse', step: 'Browse', stage: 'Pick', score: '3.0', pain: '3.0', lowEmotion: '0%', lost: undefined }]);
    expect(page.coverage).toEqual({
      painPoints: '1 of 1 pain points are backed by data or feedback.',
      gaps: [
        { label: 'Stages without an owner', items: 'Pay' },
        { label: 'Stages no metric measures', items: 'Pay' },
        { label: 'Touchpoints without an owner', items: 'Checkout form' },
        { label: 'Touchpoints no analytics event shows', items: 'Shelf, Checkout form' },
      ],
    });
    const returning = journeyPage(shop, shop.workspace.journeys.find((j) => j.id === 'return')!);
    expect(returning.coverage.painPoints).toBe('No pain points are recorded.');
    expect([returning.measured, returning.attribution]).toEqual([undefined, undefined]);
  });

  it('reads the funnel and the channels\' credit from the event log of a journey\'s metric', () => {
    const measured = pageSite();
    const events = [['u1', 'browse'], ['u2', 'browse'], ['u3', 'browse'], ['u1', 'pay'], ['u2', 'pay']].map(([unit, event], time) => ({ unit: unit!, event: event!, time }));
    const { entries, ...funnel } = funnelFromEvents(events, [{ label: 'Pick', events: ['browse'] }, { label: 'Pay', events: ['pay'] }]);
    const credits = [{ key: 'kiosk', credit: 1.5, share: 0.75 }, { key: 'web', credit: 0.5, share: 0.25 }];
    measured.workspace.funnels['conv'] = { ...funnel, attribution: { stage: 'Pay', conversions: 2, models: [{ model: 'linear', credits }] } };
    const page = journeyPage(measured, measured.workspace.journeys.find((j) => j.id === 'buy')!);
    expect(page.measured?.link).toEqual({ href: '/r/metrics/conv/', text: 'Conversion' });
    expect(page.measured?.words).toMatch(/^3 people entered the funnel\./);
    expect(page.friction.map((row) => [row.step, row.lost])).toEqual([['Browse', '0%'], ['Checkout', '33%']]);
    expect(page.attribution).toEqual({ conversions: 2, stage: 'Pay', thin: true, columns: ['Channel', 'Linear'], rows: [['In-store kiosk', '75.0%'], ['Website', '25.0%']] });
  });

  it('links a to-be journey to its as-is and back, and leaves out the breadcrumb on a standalone site', () => {
    const variants = pageSite({ workspace });
    expect(journeyPage(variants, next).variantOf).toEqual({ link: { href: '/r/journeys/buy/', text: 'Buy' }, state: 'as-is' });
    expect(journeyPage(variants, next).state).toBe('the journey as it should be');
    expect(journeyPage(variants, next).comparison).toBeDefined();
    expect(journeyPage(variants, buy).variants).toEqual([{ link: { href: '/r/journeys/buy-next/', text: 'Buy, next' }, state: 'to-be' }]);
    expect(journeyPage(pageSite({ standalone: ['buy'] }), buying).homeHref).toBeUndefined();
  });
});
