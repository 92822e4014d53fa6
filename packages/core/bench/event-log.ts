// Generated event logs for benchmarks: the same rows on every run and every machine, so the
// TypeScript path and SQL engines can be measured on one file.
import { createWriteStream } from 'node:fs';

/** The stages of the benchmark's shop journey, each with the events that show it. */
export const stages = [
  ['awareness', ['ad_clicked', 'blog_read']],
  ['consideration', ['product_viewed', 'reviews_viewed']],
  ['purchase', ['checkout_started', 'order_completed']],
  ['retention', ['reorder']],
] as const;

/** Events of the log that no stage counts. */
export const otherEvents = ['page_viewed', 'search'] as const;

/** A written log: its path and how many events (rows after the header) it holds. */
export interface EventLogFile {
  file: string;
  rows: number;
}

/**
 * Writes an event log of `rows` events (`person,timestamp,event`) over 180 days from 2026-01-01,
 * about 8 events per person, in random time order as merged exports often are.
 */
export async function writeEventLog(file: string, rows: number): Promise<EventLogFile> {
  const out = createWriteStream(file);
  out.write('person,timestamp,event\n');
  // mulberry32: a 32-bit generator, exact in JavaScript numbers, the same on every run.
  let seed = 7;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const names = [...stages.flatMap(([, events]) => events), ...otherEvents];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < rows; i++) {
    const person = `p${Math.floor(random() * (rows / 8))}`;
    const time = new Date(start + Math.floor(random() * 180 * 86_400_000)).toISOString();
    if (!out.write(`${person},${time},${names[Math.floor(random() * names.length)]}\n`)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  await new Promise<void>((done) => out.end(() => done()));
  return { file, rows };
}
