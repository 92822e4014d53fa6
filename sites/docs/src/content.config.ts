import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Starlight asks for this collection on every page and warns when it is missing.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
