import * as z from 'zod';
import { entity, text } from './entity.ts';
import { urlField } from './url.ts';
import { urlKinds } from '../url/url-kinds.ts';

/**
 * What a rule's problems count as; `off` silences the rule.
 *
 * @example
 * ruleLevels.includes('off'); // true
 */
export const ruleLevels = ['error', 'warning', 'info', 'off'] as const;
/**
 * A rule's level in the workspace config: a severity, or `off`.
 *
 * @example
 * const levels: Record<string, RuleLevel> = { 'metric/no-target': 'off', 'pain-point/no-owner': 'error' };
 */
export type RuleLevel = (typeof ruleLevels)[number];

/**
 * Settings of a workspace: `journeykit.config.yaml` (or `.json` / `.ts`) at its root.
 *
 * @example
 * configSchema.parse({ name: 'Acme journeys' }).thinSample; // 30, the default
 */
export const configSchema = entity({
    name: text('Name of the workspace, shown as the site title.'),
    description: text('What the workspace covers.').optional(),
    site: z
      .strictObject({
        url: urlField(urlKinds.web, 'Address the site is published at, like https://cx.example.com.').optional(),
        base: z
          .string()
          .regex(/^\/(?:[^/\s]+\/)*$/, { error: 'Invalid base path: expected a path that starts and ends with "/", like /journeys/' })
          .optional()
          .meta({ description: 'Sub-path the site is served from, like /journeys/.' }),
      })
      .optional()
      .meta({ description: 'Where the report site is published.' }),
    repository: z
      .strictObject({
        url: urlField(urlKinds.web, 'Web address of the repository, like https://github.com/acme/journeys.'),
        branch: z.string().min(1).default('main').meta({ description: 'Branch that edit links point at.' }),
        path: z.string().default('').meta({ description: 'Folder of the workspace inside the repository.' }),
      })
      .optional()
      .meta({ description: 'Source repository, for "edit this page" links.' }),
    rules: z
      .record(z.string(), z.enum(ruleLevels))
      .default({})
      .meta({ description: 'Severity per rule id, like `metric/no-target: off`.' }),
    glossary: z
      .strictObject({
        builtin: z.boolean().default(true).meta({ description: 'Whether to include the glossary Journeykit ships.' }),
        exclude: z.array(z.string()).default([]).meta({ description: 'Ids of built-in terms to leave out.' }),
      })
      .prefault({})
      .meta({ description: 'Which built-in glossary terms to use; the workspace\'s own terms override them by id.' }),
    thinSample: z
      .number()
      .int()
      .positive()
      .default(30)
      .meta({ description: 'Sample size below which a metric value is flagged as thin.' }),
    logo: urlField(urlKinds.image, 'Path or http(s) address of a logo for the site header.').optional(),
  }).meta({ title: 'Workspace config', description: 'Settings of a Journeykit workspace.' });

/**
 * The workspace config as authors write it: `journeykit.config.yaml`, `.json` or `.ts`.
 *
 * @example
 * const config: ConfigInput = { name: 'Acme journeys', site: { base: '/journeys/' }, rules: { 'metric/no-target': 'off' } };
 */
export type ConfigInput = z.input<typeof configSchema>;
/**
 * The workspace config as code receives it, with its defaults applied.
 *
 * @example
 * if (workspace.config.glossary.builtin) console.log('Built-in terms are included.');
 */
export type Config = z.output<typeof configSchema>;
