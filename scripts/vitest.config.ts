import { packageProject } from '../vitest.shared.ts';

// The release tooling's own tests; the packed-tarball test itself runs apart: pnpm test:packed.
export default packageProject('scripts');
