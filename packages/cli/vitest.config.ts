import { packageProject } from '../../vitest.shared.ts';

// Site builds take seconds each.
export default packageProject('cli', { testTimeout: 120_000 });
