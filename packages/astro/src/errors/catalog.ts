// The errors the report's pages stop a build with. Tests import these definitions rather than
// copying their words.
import { defineBuildError } from './build-error.ts';

export const noWorkspaceForRoute = defineBuildError<{ route: string; prefixes: readonly string[] }>({
  name: 'JourneykitNoWorkspaceForRoute',
  title: 'A report page is under no published workspace.',
  message: ({ route, prefixes }) =>
    `No Journeykit workspace is published under ${route}: ${prefixes.length === 0 ? 'none is published' : `the workspaces are published under ${prefixes.join(', ')}`}.`,
  hint: () => 'Each instance of journeykit() in astro.config.mjs publishes its workspace under its `prefix`: give the page a route under one, or add the instance it belongs to.',
});
