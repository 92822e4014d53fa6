// Journeykit's documentation: hand-written guides, references generated from the code at build
// time (definition files, rules, CLI, API), and the example sites as a gallery.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import starlightTypeDoc, { typeDocSidebarGroup } from 'starlight-typedoc';
import { rootTypeDocOptions } from './config/typedoc-options.ts';
import { linksValidatorOptions } from './config/links.ts';
import { journeykitDocs } from './generate/integration.ts';

const site = 'https://journeykit.example';
const typedoc = rootTypeDocOptions();
const docs = journeykitDocs({ site });

export default defineConfig({
  site,
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro 7.3 marks MDX pages that import components with a directive Rolldown warns about,
          // harmlessly (withastro/astro#18087). Only that log is dropped: the build allows no warnings.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    docs.generate,
    starlight({
      title: 'Journeykit',
      description: 'Customer journeys as code: check them in CI, publish them as a report site.',
      social: [{ icon: 'github', label: 'GitHub', href: 'https://github.com/journeykit/journeykit' }],
      editLink: { baseUrl: 'https://github.com/journeykit/journeykit/edit/main/sites/docs/' },
      lastUpdated: false,
      plugins: [
        starlightLinksValidator(linksValidatorOptions),
        starlightTypeDoc({
          entryPoints: typedoc.entryPoints,
          tsconfig: typedoc.tsconfig,
          // Module pages as index.md: starlight-typedoc drops README.md pages when no readme is set.
          typeDoc: { ...typedoc.typeDoc, entryFileName: 'index.md' },
          sidebar: { label: 'API', collapsed: true },
        }),
      ],
      sidebar: [
        { label: 'Start here', items: ['getting-started', 'gallery'] },
        { label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
        {
          label: 'Reference',
          items: [{ label: 'Definition files', items: [{ autogenerate: { directory: 'reference/files' } }] }, 'reference/cli', 'reference/rules'],
        },
        typeDocSidebarGroup,
      ],
    }),
    docs.publish,
  ],
});
