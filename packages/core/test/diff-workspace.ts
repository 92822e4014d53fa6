import {
  builtinChannels,
  configSchema,
  journeySchema,
  metricSchema,
  personaSchema,
  teamSchema,
  type JourneyInput,
  type MetricInput,
  type PersonaInput,
  type TeamInput,
  type Workspace,
} from '../src/index.ts';

/** A validated workspace built from definitions in memory, for tests of code that reads one. */
export function workspaceOf(definitions: { journeys?: JourneyInput[]; personas?: PersonaInput[]; metrics?: MetricInput[]; teams?: TeamInput[] }): Workspace {
  return {
    config: configSchema.parse({ name: 'Test workspace' }),
    journeys: (definitions.journeys ?? []).map((journey) => journeySchema.parse(journey)),
    personas: (definitions.personas ?? []).map((persona) => personaSchema.parse(persona)),
    channels: [...builtinChannels],
    teams: (definitions.teams ?? []).map((team) => teamSchema.parse(team)),
    metrics: (definitions.metrics ?? []).map((metric) => metricSchema.parse(metric)),
    glossary: [],
    funnels: {},
    files: { config: {}, journey: {}, persona: {}, channel: {}, team: {}, metric: {}, glossary: {} },
  };
}

/** A copy of a workspace with an edit applied; the original is left as it was. */
export function edited(workspace: Workspace, edit: (copy: Workspace) => void): Workspace {
  const copy = structuredClone(workspace);
  edit(copy);
  return copy;
}
