// Packs the published packages and checks what their tarballs hold: no tests or fixtures, types
// for every module, every export resolving, no workspace ranges. `pnpm check:packages` builds first.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packAndCheck } from './release/pack-and-check.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dest = await mkdtemp(join(tmpdir(), 'journeykit-pack-'));
try {
  await packAndCheck(root, dest);
  console.log('The packages hold what they should.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await rm(dest, { recursive: true, force: true });
}
