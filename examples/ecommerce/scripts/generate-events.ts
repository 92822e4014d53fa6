// Generates data/events.csv, the analytics export the purchase funnel reads: one row per event,
// as PostHog or Amplitude would export it. Seeded, so the committed file never changes by accident.
// Run: pnpm exec node examples/ecommerce/scripts/generate-events.ts
import { writeFileSync } from 'node:fs';

let seed = 4242;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const hour = 3_600_000;

// Each stage: the events that show it, and the share of shoppers at the previous stage who reach it.
const stages = [
  { events: ['ad_clicked'], share: 1 },
  { events: ['product_viewed', 'size_guide_opened', 'reviews_viewed'], share: 0.72 },
  { events: ['add_to_cart', 'checkout_started', 'order_completed'], share: 0.41 },
  { events: ['delivery_tracked', 'care_guide_viewed'], share: 0.9 },
  { events: ['post_purchase_email_opened', 'loyalty_joined'], share: 0.48 },
  { events: ['review_submitted', 'referral_sent'], share: 0.37 },
];

const rows: [string, number, string][] = [];
for (let person = 1; person <= 1500; person++) {
  const id = `u${String(person).padStart(4, '0')}`;
  let time = Date.UTC(2026, 0, 1) + Math.floor(random() * 150 * 24) * hour;
  for (const [index, stage] of stages.entries()) {
    if (index > 0 && random() >= stage.share) break;
    // Most shoppers move on within days; some take longer than the 30-day window.
    time += Math.floor((random() < 0.9 ? random() * 72 : 24 * 20 + random() * 24 * 20) * hour);
    // Most who start checking out finish: 60% of buyers reach order_completed, the stage's last event.
    const roll = random();
    const count = index === 2 ? (roll < 0.15 ? 1 : roll < 0.4 ? 2 : 3) : 1 + Math.floor(roll * stage.events.length);
    for (const event of stage.events.slice(0, count)) rows.push([id, (time += Math.floor(random() * 2 * hour)), event]);
    if (index === 2 && random() < 0.04) rows.push([id, time + hour, 'order_cancelled']);
  }
  if (random() < 0.5) rows.push([id, time + 5 * hour, 'page_viewed']);
}
// Second and later orders, for the repeat purchase rate's cohort table. Drawn from a generator of
// their own, so the rows above stay as they were. Each month after the first order, a customer
// orders again with a chance that fades month by month; no order falls after the export's last event.
let repeatSeed = 9001;
const repeatRandom = () => ((repeatSeed = (repeatSeed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const exportEnd = Math.max(...rows.map(([, time]) => time));
const firstOrders = new Map<string, number>();
for (const [id, time, event] of rows) if (event === 'order_completed' && !firstOrders.has(id)) firstOrders.set(id, time);
for (const [id, first] of firstOrders) {
  const date = new Date(first);
  for (let month = 1; month <= 6; month++) {
    if (repeatRandom() >= 0.3 * 0.8 ** (month - 1)) continue;
    const time = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + month, 1 + Math.floor(repeatRandom() * 28), Math.floor(repeatRandom() * 24), Math.floor(repeatRandom() * 60));
    if (time <= exportEnd) rows.push([id, time, 'order_completed']);
  }
}
rows.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
const lines = ['person_id,event_time,event_name', ...rows.map(([id, time, event]) => `${id},${new Date(time).toISOString()},${event}`)];
writeFileSync(new URL('../data/events.csv', import.meta.url), `${lines.join('\n')}\n`);
