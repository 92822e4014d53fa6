// Generates a workspace of n journeys of about 10 KB of YAML each, with the people, teams and
// metrics they refer to, for benchmarks. Deterministic: the same n gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const kinds = ['awareness', 'consideration', 'purchase', 'onboarding', 'retention'] as const;
const channels = ['web', 'email', 'phone', 'chat', 'social', 'events'] as const;
const teams = ['marketing', 'sales', 'onboarding', 'customer-success', 'support'] as const;

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
  kinds.forEach((kind, s) => {
    lines.push(
      `  - id: ${kind}`,
      `    name: ${kind[0]!.toUpperCase()}${kind.slice(1)}`,
      `    kind: ${kind}`,
      '    customerGoal: Move on to the next stage without waiting for anyone',
      '    doing: [Reads the docs, Asks a colleague]',
      '    thinking: [Is this worth the effort?]',
      '    feeling: [Curious, A little impatient]',
      `    emotion: ${(s % 5) + 1}`,
      `    owner: ${teams[s % teams.length]}`,
      '    steps:',
    );
    for (let t = 0; t < 2; t++) {
      lines.push(
        `      - id: step-${s}-${t}`,
        `        name: Step ${t + 1} of the ${kind} stage`,
        '        description: The customer does something that matters here, and we answer quickly and clearly.',
        `        emotion: ${((s + t) % 5) + 1}`,
        '        touchpoints:',
        `          - id: touchpoint-${s}-${t}`,
        `            name: Touchpoint ${s}-${t}`,
        `            channel: ${channels[(s + t) % channels.length]}`,
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
    if (i % 10 === 0) {
      write(`metrics/metric-${i}.yaml`, `id: metric-${i}\nname: Conversion ${i}\nkind: conversion\ntarget: 40\nscope: { journey: journey-${i}, stage: purchase }\nseries:\n  - { period: 2026-Q1, value: 35, n: 400 }\n  - { period: 2026-Q2, value: 38, n: 420 }\n`);
    }
  }
  return bytes;
}
