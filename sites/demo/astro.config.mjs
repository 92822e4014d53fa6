// The demo: an ordinary Astro site that publishes every example workspace with the integration.
import journeykit from '@journeykit/astro';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://journeykit.example',
  devToolbar: { enabled: false },
  // Renders pages while others are written, as `journeykit build` does.
  build: { concurrency: 4 },
  integrations: [
    journeykit({ workspace: '../../examples/b2b-saas', prefix: '/b2b-saas/' }),
    journeykit({ workspace: '../../examples/ecommerce', prefix: '/ecommerce/' }),
    journeykit({ workspace: '../../examples/home-solar', prefix: '/home-solar/' }),
  ],
});
