// Generates data/nps-responses.csv, the survey tool's export the NPS metric reads: one row per
// answer, as the tool writes it. Seeded, so the committed file never changes by accident.
// Also writes data/csat-responses.csv (see below).
// Run: pnpm exec node examples/ecommerce/scripts/generate-surveys.ts
import { writeFileSync } from 'node:fs';

// A small linear congruential generator: the same numbers on every run and every machine.
let seed = 20261123;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

// Per month: answers and the share of promoters and detractors, improving as returns got easier.
const months = [
  { month: '2025-12', answers: 612, promoters: 0.52, detractors: 0.18 },
  { month: '2026-01', answers: 548, promoters: 0.5, detractors: 0.19 },
  { month: '2026-02', answers: 497, promoters: 0.51, detractors: 0.18 },
  { month: '2026-03', answers: 531, promoters: 0.53, detractors: 0.17 },
  { month: '2026-04', answers: 584, promoters: 0.54, detractors: 0.16 },
  { month: '2026-05', answers: 603, promoters: 0.55, detractors: 0.16 },
];

const pick = (scores: number[]) => scores[Math.floor(random() * scores.length)]!;
const lines = ['response_id,submitted_at,likelihood_to_recommend,order_channel'];
let id = 1;
for (const { month, answers, promoters, detractors } of months) {
  for (let i = 0; i < answers; i++) {
    const roll = random();
    const score = roll < promoters ? pick([9, 10, 10]) : roll < promoters + detractors ? pick([0, 2, 3, 4, 5, 6, 6]) : pick([7, 8, 8]);
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const time = `${String(Math.floor(random() * 24)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00Z`;
    lines.push(`R${String(id++).padStart(5, '0')},${month}-${day}T${time},${score},${random() < 0.7 ? 'web' : 'app'}`);
  }
}
writeFileSync(new URL('../data/nps-responses.csv', import.meta.url), `${lines.join('\n')}\n`);

// data/csat-responses.csv, the post-delivery survey the CSAT metric reads: "How satisfied are you
// with your order and its delivery?" from 1 to 5. Its own generator, so the NPS file stays as it was.
let csatSeed = 20260401;
const csatRandom = () => ((csatSeed = (csatSeed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
// Per month: answers and the share of 4s and 5s, rising as deliveries got faster.
const csatMonths = [
  { month: '2025-12', answers: 268, satisfied: 0.82 },
  { month: '2026-01', answers: 194, satisfied: 0.84 },
  { month: '2026-02', answers: 180, satisfied: 0.85 },
  { month: '2026-03', answers: 211, satisfied: 0.85 },
  { month: '2026-04', answers: 237, satisfied: 0.87 },
  { month: '2026-05', answers: 247, satisfied: 0.88 },
];
const csatLines = ['response_id,submitted_at,satisfaction'];
let csatId = 1;
for (const { month, answers, satisfied } of csatMonths) {
  for (let i = 0; i < answers; i++) {
    const score = csatRandom() < satisfied ? (csatRandom() < 0.55 ? 5 : 4) : [1, 2, 3, 3][Math.floor(csatRandom() * 4)]!;
    const day = String(1 + Math.floor(csatRandom() * 28)).padStart(2, '0');
    const time = `${String(Math.floor(csatRandom() * 24)).padStart(2, '0')}:${String(Math.floor(csatRandom() * 60)).padStart(2, '0')}:00Z`;
    csatLines.push(`C${String(csatId++).padStart(5, '0')},${month}-${day}T${time},${score}`);
  }
}
writeFileSync(new URL('../data/csat-responses.csv', import.meta.url), `${csatLines.join('\n')}\n`);
