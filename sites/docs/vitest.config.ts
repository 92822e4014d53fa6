import { packageProject } from '../../vitest.shared.ts';

// The docs build runs for real (about a minute); so does the build of a site with a broken link.
export default packageProject('docs', { testTimeout: 300_000, hookTimeout: 300_000 });
