// Plain sentences about journeys and their numbers, for readers who will not read charts.

export { journeySummary } from './journey-summary.ts';
export { eventFunnelInWords } from './event-funnel-in-words.ts';
export { countOf, plural } from './plural.ts';
