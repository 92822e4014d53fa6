// The event log the benchmarks read: `rows` events of `rows / 8` people over 180 days from
// 2026-01-01, each one of the journey's tracked events or a page view or search. Seeded, so every
// run and every benchmark reads the same log.
import { createWriteStream } from 'node:fs';
import { seededRandom } from '../test/random.ts';

/** The benchmark journey's stages and the events of their touchpoints. */
export const stages = [
  ['awareness', ['ad_clicked', 'blog_read']],
  ['consideration', ['product_viewed', 'reviews_viewed']],
  ['purchase', ['checkout_started', 'order_completed']],
  ['retention', ['reorder']],
] as const;

/** Writes the log as CSV with the columns person, timestamp and event. */
export async function writeLog(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('person,timestamp,event\n');
  const random = seededRandom(7);
  const names = [...stages.flatMap(([, events]) => events), 'page_viewed', 'search'];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < rows; i++) {
    const person = `p${Math.floor(random() * (rows / 8))}`;
    const time = new Date(start + Math.floor(random() * 180 * 86_400_000)).toISOString();
    if (!out.write(`${person},${time},${names[Math.floor(random() * names.length)]}\n`)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  await new Promise<void>((done) => out.end(() => done()));
}

/** The journey of the benchmark workspaces, as YAML. */
export function journeyYaml(): string {
  const stageYaml = stages
    .map(([kind, events]) => `  - id: ${kind}\n    name: ${kind}\n    kind: ${kind}\n    steps:\n      - id: ${kind}-step\n        name: ${kind}\n        touchpoints:\n${events.map((e) => `          - { id: ${e.replaceAll('_', '-')}, name: ${e}, channel: web, event: ${e} }`).join('\n')}`)
    .join('\n');
  return `id: shop\ntitle: Shop\nstages:\n${stageYaml}\n`;
}
