import type * as z from 'zod';
import { channelSchema } from './channel.ts';
import { configSchema } from './config.ts';
import { glossaryTermSchema } from './glossary-term.ts';
import { journeySchema } from './journey.ts';
import { metricSchema } from './metric.ts';
import { personaSchema } from './persona.ts';
import { teamSchema } from './team.ts';

/**
 * The folders of a workspace and the entity each file in them defines.
 *
 * @example
 * entityKinds.journey.folder; // 'journeys'
 * Object.keys(entityKinds); // ['journey', 'persona', 'channel', 'team', 'metric', 'glossary']
 */
export const entityKinds = {
  journey: { folder: 'journeys', schema: journeySchema, title: 'Journey' },
  persona: { folder: 'personas', schema: personaSchema, title: 'Persona' },
  channel: { folder: 'channels', schema: channelSchema, title: 'Channel' },
  team: { folder: 'teams', schema: teamSchema, title: 'Team' },
  metric: { folder: 'metrics', schema: metricSchema, title: 'Metric' },
  glossary: { folder: 'glossary', schema: glossaryTermSchema, title: 'Glossary term' },
} as const satisfies Record<string, { folder: string; schema: z.ZodType; title: string }>;

/**
 * A kind of entity a workspace defines in a folder of its own: `journey`, `persona`, `channel`, `team`, `metric` or `glossary`.
 *
 * @example
 * const kind: EntityKind = 'persona';
 */
export type EntityKind = keyof typeof entityKinds;

/**
 * Every kind of definition file, the workspace config included; each gets a JSON Schema.
 *
 * @example
 * fileSchemas.persona.safeParse({ id: 'sam', name: 'Sam' }).success; // true
 */
export const fileSchemas: Record<EntityKind | 'config', z.ZodType> = {
  config: configSchema,
  journey: journeySchema,
  persona: personaSchema,
  channel: channelSchema,
  team: teamSchema,
  metric: metricSchema,
  glossary: glossaryTermSchema,
};

/**
 * The base names a workspace config may have, in the order they are looked for.
 *
 * @example
 * const config = configFileNames.find((name) => existsSync(join(dir, name)));
 */
export const configFileNames = [
  'journeykit.config.yaml',
  'journeykit.config.yml',
  'journeykit.config.json',
  'journeykit.config.ts',
] as const;
