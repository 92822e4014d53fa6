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
    const count = 1 + Math.floor(random() * stage.events.length);
    for (const event of stage.events.slice(0, count)) rows.push([id, (time += Math.floor(random() * 2 * hour)), event]);
    if (index === 2 && random() < 0.04) rows.push([id, time + hour, 'order_cancelled']);
  }
  if (random() < 0.5) rows.push([id, time + 5 * hour, 'page_viewed']);
}
rows.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
const lines = ['person_id,event_time,event_name', ...rows.map(([id, time, event]) => `${id},${new Date(time).toISOString()},${event}`)];
writeFileSync(new URL('../data/events.csv', import.meta.url), `${lines.join('\n')}\n`);
