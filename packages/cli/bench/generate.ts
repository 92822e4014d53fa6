// Generates a workspace of n journeys of about 10 KB of YAML each, with the people, teams and
// metrics they refer to, for benchmarks. Deterministic: the same n gives the same files. Journeys
// differ as real ones do, in their stages (3 to 6, some with names of their own), the number of
// steps in each (1 to 3), step names and channels, so no two need draw the same chart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const kinds = ['awareness', 'consideration', 'purchase', 'onboarding', 'retention', 'advocacy'] as const;
const ownNames: Record<(typeof kinds)[number], string[]> = {
  awareness: ['Awareness', 'Discovery', 'First touch'],
  consideration: ['Consideration', 'Evaluation', 'Trial'],
  purchase: ['Purchase', 'Buying', 'Contract'],
  onboarding: ['Onboarding', 'Rollout', 'Getting started'],
  retention: ['Retention', 'Everyday use', 'Renewal'],
  advocacy: ['Advocacy', 'Referral', 'Expansion'],
};
const actions = ['Reads', 'Compares', 'Asks about', 'Signs up for', 'Sets up', 'Invites the team to', 'Reviews', 'Renews'];
const objects = ['the pricing page', 'a case study', 'the free trial', 'the first workflow', 'single sign-on', 'the quarterly review', 'the invoice', 'a webinar'];
const channels = ['web', 'email', 'phone', 'chat', 'social', 'events'] as const;
const teams = ['marketing', 'sales', 'onboarding', 'customer-success', 'support'] as const;

/** The stages of journey i: 3 to 6 of the usual kinds, in order, each named by one of its names. */
function stagesOf(i: number): { kind: (typeof kinds)[number]; name: string; steps: number }[] {
  const next = random(i);
  const count = 3 + Math.floor(next() * 4);
  const skip = Math.floor(next() * (kinds.length - count + 1));
  return kinds.slice(skip, skip + count).map((kind) => ({ kind, name: ownNames[kind][Math.floor(next() * 3)]!, steps: 1 + Math.floor(next() * 3) }));
}

/** A seeded random source (mulberry32): journey i comes out the same in every run. */
function random(seed: number): () => number {
  let state = seed + 0x6d2b79f5;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function journey(i: number): string {
  const lines = [
    `id: journey-${i}`,
    `title: "Journey ${i}: from first touch to renewal"`,
    'summary: How a mid-size customer finds us, buys, starts and stays, with the hand-overs between teams.',
    'goal: Find where customers drop out between the sales hand-over and their first value.',
    `personas: [persona-${i % 3}, persona-${(i + 1) % 3}]`,
    `owner: ${teams[i % teams.length]}`,
    'status: current',
    'stages:',
  ];
  stagesOf(i).forEach(({ kind, name, steps }, s) => {
    lines.push(
      `  - id: ${kind}`,
      `    name: ${name}`,
      `    kind: ${kind}`,
      '    customerGoal: Move on to the next stage without waiting for anyone',
      '    doing: [Reads the docs, Asks a colleague]',
      '    thinking: [Is this worth the effort?]',
      '    feeling: [Curious, A little impatient]',
      `    emotion: ${((i + s) % 5) + 1}`,
      `    owner: ${teams[s % teams.length]}`,
      '    steps:',
    );
    for (let t = 0; t < steps; t++) {
      lines.push(
        `      - id: step-${s}-${t}`,
        `        name: ${actions[(i + s + t) % actions.length]} ${objects[(i * 3 + s + 2 * t) % objects.length]}`,
        '        description: The customer does something that matters here, and we answer quickly and clearly.',
        `        emotion: ${((i + s * 2 + t) % 5) + 1}`,
        '        touchpoints:',
        `          - id: touchpoint-${s}-${t}`,
        `            name: Touchpoint ${s}-${t}`,
        `            channel: ${channels[(i + s + t) % channels.length]}`,
        `            owner: ${teams[(s + t) % teams.length]}`,
        `            event: event_${s}_${t}`,
        '            documents:',
        '              - { title: Welcome guide, link: "https://example.com/guide" }',
        '        painPoints:',
        `          - id: pain-${s}-${t}`,
        '            title: The next step is not obvious',
        '            severity: high',
        '            evidence: observed',
        `            owner: ${teams[t % teams.length]}`,
        '            sources: [{ kind: analytics, title: Funnel report Q3 }]',
        '        opportunities:',
        `          - id: opportunity-${s}-${t}`,
        '            title: Show the next step in the product',
        `            addresses: [pain-${s}-${t}]`,
        '            customerValue: high',
        '            effort: medium',
        `            owner: ${teams[t % teams.length]}`,
        '        blueprint:',
        '          frontstage: [Account manager answers within a day]',
        '          backstage: [Ticket is routed to the right team]',
      );
    }
  });
  return `${lines.join('\n')}\n`;
}

/** A conversion metric of journey i's first stage, with 2 to 6 quarters of data. */
function metric(i: number): string {
  const quarters = Array.from({ length: 2 + ((i / 10) % 5) }, (_, q) => `  - { period: ${2025 + (q >> 2)}-Q${(q % 4) + 1}, value: ${30 + ((i + q * 7) % 15)}, n: ${400 + q * 20} }`);
  return `id: metric-${i}\nname: Conversion ${i}\nkind: conversion\ntarget: 40\nscope: { journey: journey-${i}, stage: ${stagesOf(i)[0]!.kind} }\nseries:\n${quarters.join('\n')}\n`;
}

/** Writes the workspace into `root` and returns the bytes of YAML written for journeys. */
export function generateWorkspace(root: string, n: number): number {
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('journeykit.config.yaml', `name: Benchmark of ${n} journeys\n`);
  write('teams/teams.yaml', teams.map((id) => `- { id: ${id}, name: ${id}, department: ${id === 'customer-success' || id === 'onboarding' ? id : id === 'support' ? 'support' : id === 'sales' ? 'sales' : 'marketing'} }`).join('\n') + '\n');
  for (let p = 0; p < 3; p++) write(`personas/persona-${p}.yaml`, `id: persona-${p}\nname: Persona ${p}\ngoals: [Get value fast]\n`);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = journey(i);
    bytes += text.length;
    write(`journeys/journey-${i}.yaml`, text);
    if (i % 10 === 0) write(`metrics/metric-${i}.yaml`, metric(i));
  }
  return bytes;
}
