import { fileURLToPath } from 'node:url';
import type { Workspace } from '../src/index.ts';
import { loadWorkspace } from '../src/node.ts';

/** The example workspaces of the repository. */
export const examples = ['b2b-saas', 'ecommerce', 'home-solar'] as const;

const loaded = new Map<string, Promise<Workspace>>();

/** An example workspace, loaded once per test file; fails the test when it does not load. */
export function loadExample(name: (typeof examples)[number]): Promise<Workspace> {
  let workspace = loaded.get(name);
  if (workspace === undefined) {
    workspace = loadWorkspace(fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url))).then(({ value, diagnostics }) => {
      if (value === undefined) throw new Error(`The ${name} example does not load: ${diagnostics.map((d) => d.message).join(' ')}`);
      return value;
    });
    loaded.set(name, workspace);
  }
  return workspace;
}
