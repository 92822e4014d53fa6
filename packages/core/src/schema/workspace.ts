import type { EventFunnel } from '../data/event-collector.ts';
import type { CohortRetentionResult } from '../metrics/cohort-retention-of-log.ts';
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
