import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@journeykit/source'] },
  ssr: { resolve: { conditions: ['@journeykit/source'] } },
  test: { name: 'cli' },
});
