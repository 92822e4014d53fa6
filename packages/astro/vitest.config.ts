import { packageProject } from '../../vitest.shared.ts';

// Real site builds take seconds each. Browser tests (*.e2e.ts) run apart: pnpm test:browser.
export default packageProject('astro', { testTimeout: 120_000, hookTimeout: 120_000 });
