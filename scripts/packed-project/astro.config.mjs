// An ordinary Astro site with a page of its own, publishing a workspace under /journeys/.
import journeykit from '@journeykit/astro';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://cx.example.com',
  devToolbar: { enabled: false },
  integrations: [journeykit({ workspace: './workspaces/ecommerce', prefix: '/journeys/' })],
});
