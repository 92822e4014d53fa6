// Uses the installed packages as a library: run by Node (which strips the types), and checked by
// this project's own TypeScript, so the shipped declarations are known to resolve.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { defineJourney, formatDiagnostics, nps, type Journey, type JourneyInput } from '@journeykit/core';
import { loadWorkspace, type LoadedWorkspace } from '@journeykit/core/node';
import journeykit, { buildSite, type JourneykitOptions } from '@journeykit/astro';
import { main } from 'journeykit';

// Two promoters and one detractor of five answers: 100 × (2 − 1) / 5 = 20.
const score = nps([10, 9, 8, 7, 3]);
assert.equal(score.value, 20);
assert.equal(score.n, 5);

const input: JourneyInput = defineJourney({ id: 'first-purchase', title: 'First purchase', stages: [] });
assert.equal(input.id, 'first-purchase');

// The e-commerce example is written in TypeScript: Node imports each definition, which imports
// @journeykit/core from this project's node_modules.
const loaded: LoadedWorkspace = await loadWorkspace('workspaces/ecommerce');
assert.ok(loaded.value !== undefined, formatDiagnostics(loaded.diagnostics, { texts: loaded.texts }));
const journeys: Journey[] = loaded.value.journeys;
assert.deepEqual(journeys.map((journey) => journey.id).sort(), ['first-purchase', 'returns']);

// The JSON Schemas editors point at are exported files.
const schemaUrl = import.meta.resolve('@journeykit/core/schemas/journey.schema.json');
const schema = JSON.parse(await readFile(new URL(schemaUrl), 'utf8')) as { title?: string };
assert.equal(schema.title, 'Journey');

const options: JourneykitOptions = { workspace: 'workspaces/ecommerce', prefix: '/journeys/' };
assert.equal(journeykit(options).name, '@journeykit/astro');
assert.equal(typeof buildSite, 'function');
assert.equal(typeof main, 'function');

console.log(`nps ${score.value}; ${journeys.length} journeys loaded; the ${schema.title} schema read.`);
