import type { ChannelInput } from './schema/channel.ts';
import type { ConfigInput } from './schema/config.ts';
import type { GlossaryTermInput } from './schema/glossary-term.ts';
import type { JourneyInput } from './schema/journey.ts';
import type { JourneyVariantInput } from './schema/journey-changes.ts';
import type { MetricInput } from './schema/metric.ts';
import type { PersonaInput } from './schema/persona.ts';
import type { TeamInput } from './schema/team.ts';

// Each helper returns its argument unchanged: it exists so editors check and complete TypeScript
// definitions against the same types the YAML files are checked against.

/**
 * Types a journey written in TypeScript, in `journeys/<id>.ts`: a whole journey, or a to-be journey
 * that declares only its `changes` to the journey it is a `variantOf`.
 *
 * @example
 * export default defineJourney({
 *   id: 'checkout',
 *   title: 'Checkout',
 *   stages: [{ id: 'buy', name: 'Buy', kind: 'purchase', steps: [] }],
 * });
 */
export function defineJourney<const T extends JourneyInput | JourneyVariantInput>(journey: T): T {
  return journey;
}

/**
 * Types a persona written in TypeScript, in `personas/<id>.ts`.
 *
 * @example
 * export default definePersona({ id: 'sam', name: 'Sam, first-time buyer', goals: ['Pay safely'] });
 */
export function definePersona<const T extends PersonaInput>(persona: T): T {
  return persona;
}

/**
 * Types a channel written in TypeScript, in `channels/<id>.ts`.
 *
 * @example
 * export default defineChannel({ id: 'store-app', name: 'Store app', kind: 'mobile-app' });
 */
export function defineChannel<const T extends ChannelInput>(channel: T): T {
  return channel;
}

/**
 * Types a team written in TypeScript, in `teams/<id>.ts`.
 *
 * @example
 * export default defineTeam({ id: 'support', name: 'Customer support', department: 'support' });
 */
export function defineTeam<const T extends TeamInput>(team: T): T {
  return team;
}

/**
 * Types a metric written in TypeScript, in `metrics/<id>.ts`.
 *
 * @example
 * export default defineMetric({ id: 'nps', name: 'NPS', kind: 'nps', target: 40 });
 */
export function defineMetric<const T extends MetricInput>(metric: T): T {
  return metric;
}

/**
 * Types a glossary term written in TypeScript, in `glossary/<id>.ts`.
 *
 * @example
 * export default defineTerm({ id: 'basket', term: 'Basket', definition: 'What a shopper is about to buy.' });
 */
export function defineTerm<const T extends GlossaryTermInput>(term: T): T {
  return term;
}

/**
 * Types the workspace config written in TypeScript, in `journeykit.config.ts`.
 *
 * @example
 * export default defineConfig({ name: 'Acme journeys', rules: { 'metric/no-target': 'off' } });
 */
export function defineConfig<const T extends ConfigInput>(config: T): T {
  return config;
}
