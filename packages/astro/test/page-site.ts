// A small checked site for the page models' tests: two journeys, personas, teams, a channel of its
// own, metrics and glossary terms, published under /r/ with an edit link to its repository.
import { checkWorkspace } from '@journeykit/core';
import type { SiteData } from '../src/site-data.ts';

const files: Record<string, string> = {
  'journeykit.config.yaml': 'name: Shop\nrepository: { url: "https://git.example/shop", branch: main, path: cx }\n',
  'personas/sam.yaml': 'id: sam\nname: Sam\nrole: Buyer\nageBand: 25–34\nquote: Fast, please.\ngoals: [Pay quickly]\nfrustrations: []\npreferredChannels: [web, kiosk]\n',
  'personas/ana.yaml': 'id: ana\nname: Ana\n',
  'teams/teams.yaml': '- { id: web, name: Web team, department: product }\n- { id: ops, name: Ops, department: operations }\n',
  'channels/kiosk.yaml': 'id: kiosk\nname: In-store kiosk\nkind: in-person\n',
  'journeys/buy.yaml': [
    'id: buy',
    'title: Buying',
    'personas: [sam]',
    'owner: web',
    'stages:',
    '  - { id: pick, name: Pick, kind: consideration, owner: ops, steps: [{ id: browse, name: Browse, emotion: 3,',
    '      touchpoints: [{ id: shelf, name: Shelf, channel: kiosk, owner: ops, automated: true, documents: [{ title: Planogram, link: "https://docs.example/p" }, { title: Notes }] }],',
    '      painPoints: [{ id: slow, title: Slow, severity: high, evidence: observed, owner: ops }],',
    '      opportunities: [{ id: faster, title: Faster, owner: web }] }] }',
    '  - { id: pay, name: Pay, kind: purchase, steps: [{ id: checkout, name: Checkout, emotion: 4, touchpoints: [{ id: form, name: Checkout form, channel: web, metrics: [conv] }] }] }',
  ].join('\n'),
  'journeys/return.yaml': 'id: return\ntitle: A return\nstages:\n  - { id: send, name: Send, kind: retention, steps: [{ id: label, name: Label, emotion: 2, touchpoints: [{ id: mail, name: Label mail, channel: email }] }] }\n',
  'metrics/conv.yaml': 'id: conv\nname: Conversion\nkind: conversion\nowner: web\nscope: { journey: buy }\n',
  'metrics/shelf-time.yaml': 'id: shelf-time\nname: Time at the shelf\nkind: custom\nscope: { journey: buy, touchpoint: shelf }\n',
  'glossary/terms.yaml': '- { id: checkout, term: Checkout, definition: Where people pay., aliases: [till], related: [kiosk-term], source: { title: Book } }\n- { id: kiosk-term, term: Kiosk, definition: A machine in a shop. }\n- { id: zero, term: 0-day, definition: The first day. }\n',
};

/** The site, as the integration passes it to the pages (through JSON). */
export function pageSite(overrides: Partial<SiteData> = {}): SiteData {
  const { value, diagnostics } = checkWorkspace(Object.entries(files).map(([path, text]) => ({ path, text })));
  if (value === undefined) throw new Error(diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n'));
  const site: SiteData = { root: '/r/', prefix: '/', workspace: value, editBase: 'https://git.example/shop/edit/main/cx/', chartCache: '', search: true, builtAt: '2026-12-06', site: undefined, standalone: undefined, ...overrides };
  return JSON.parse(JSON.stringify(site)) as SiteData;
}
