import type { ChannelAttribution } from '../data/attribution-by-channel.ts';
import type { CohortRetentionResult } from '../metrics/cohort-retention-of-log.ts';
import type { EventFunnelResult } from '../metrics/funnel-from-events.ts';
import type { Channel } from './channel.ts';
import type { Config } from './config.ts';
import type { EntityKind } from './file-kinds.ts';
import type { GlossaryTerm } from './glossary-term.ts';
import type { Journey } from './journey.ts';
import type { Metric } from './metric.ts';
import type { Persona } from './persona.ts';
import type { Team } from './team.ts';

/**
 * A validated workspace: every definition parsed, defaults applied, built-ins merged in.
 *
 * @example
 * const { value: workspace } = await loadWorkspace('journeys');
 * workspace?.journeys.map((journey) => journey.title);
 */
export interface Workspace {
  config: Config;
  journeys: Journey[];
  personas: Persona[];
  /** The built-in channels and the workspace's own, which override them by id. */
  channels: Channel[];
  teams: Team[];
  metrics: Metric[];
  /** The built-in glossary and the workspace's own terms, which override them by id. */
  glossary: GlossaryTerm[];
  /** Funnels computed from event logs, by the id of the metric that reads the log. */
  funnels: Record<string, EventFunnel>;
  /** Cohort retention tables computed from event logs, by the id of the metric that reads the log. */
  retention: Record<string, CohortRetentionResult>;
  /** The file each entity of the workspace comes from, by kind and id; built-ins have none. */
  files: { [K in EntityKind | 'config']: Record<string, string> };
}

/**
 * A journey's funnel computed from an event log: steps with counts and conversions, time to convert.
 *
 * @example
 * const funnel: EventFunnel | undefined = workspace.funnels['purchase-funnel'];
 * funnel?.biggestLeak; // { step: 'Checkout', conversion: 41.2 }
 */
export type EventFunnel = Omit<EventFunnelResult, 'entries'> & {
  /** How each model credits the channels for the journey's conversions, when they can be told. */
  attribution: ChannelAttribution | undefined;
  /** The declared steps (`source.funnel.steps`) none of whose events the log holds: optional ones, counting nobody. */
  stepsWithoutData?: string[] | undefined;
};
