/// <reference lib="dom" />
// The Mermaid export, read and drawn by the real `mermaid` package in Chromium, as GitHub and
// Mermaid's own editor draw it: every diagram parses, and every title, section and task is shown
// as written (line breaks as spaces), with no entity code or `<br>` left as text.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { journeyMermaid, journeySchema, type Journey, type Persona } from '@journeykit/core';
import { loadWorkspace } from '@journeykit/core/node';
import { expect, test } from 'vitest';
import { useBrowser } from './browser.ts';

const { open } = useBrowser();
const mermaidScript = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** Draws a diagram with Mermaid in the page; returns the drawn text of the SVG, or Mermaid's error. */
async function draw(diagram: string): Promise<{ text: string } | { error: string }> {
  const page = await open();
  await page.setContent('<!doctype html><html lang="en"><head><title>Mermaid</title></head><body></body></html>');
  await page.addScriptTag({ path: mermaidScript });
  return page.evaluate(async (text) => {
    const { mermaid } = window as unknown as { mermaid: { initialize(config: object): void; parse(text: string): Promise<unknown>; render(id: string, text: string): Promise<{ svg: string }> } };
    mermaid.initialize({ startOnLoad: false });
    try {
      await mermaid.parse(text);
      const { svg } = await mermaid.render('diagram', text);
      document.body.innerHTML = svg;
      // What is drawn: not the styles, nor the accessible title and description, which are not.
      for (const hidden of document.querySelectorAll('style, title, desc')) hidden.remove();
      return { text: document.body.textContent ?? '' };
    } catch (error) {
      return { error: String(error) };
    }
  }, diagram);
}

/** What the names of a journey look like drawn: on one line, compared without spaces, which Mermaid wraps at. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** The names a journey's diagram must show. */
const names = (journey: Journey) => [journey.title, ...journey.stages.flatMap((stage) => [stage.name, ...stage.steps.map((step) => step.name)])];

async function exampleJourneys(name: string): Promise<{ journey: Journey; personas: Persona[] }[]> {
  const { value } = await loadWorkspace(fileURLToPath(new URL(`../../../../examples/${name}/`, import.meta.url)));
  return value!.journeys.map((journey) => ({ journey, personas: value!.personas }));
}

const awkward = journeySchema.parse({
  id: 'awkward-names',
  title: 'Returns:\nthe #1 flow; 100%',
  personas: ['sam'],
  stages: [
    {
      id: 'decide',
      name: 'Decide\nto return',
      kind: 'retention',
      steps: [
        { id: 'reads', name: 'Reads the policy, then\nprints a label', emotion: 2 },
        { id: 'title', name: 'Title page <b>bold</b> {x}', emotion: 4 },
      ],
    },
  ],
});

test.each([
  ...(await exampleJourneys('b2b-saas')),
  ...(await exampleJourneys('ecommerce')),
  { journey: awkward, personas: [{ id: 'sam', name: 'Sam, ops\nlead' } as Persona] },
].map((entry) => ({ ...entry, id: entry.journey.id })))('Mermaid draws the export of $id with every name as written', async ({ journey, personas }) => {
  const drawn = await draw(journeyMermaid(journey, { personas }));
  expect(drawn).not.toHaveProperty('error');
  const text = 'text' in drawn ? drawn.text : '';
  for (const name of names(journey)) expect(squeezed(text), name).toContain(squeezed(name));
  expect(text).not.toMatch(/<br|#\d+;/i);
});
