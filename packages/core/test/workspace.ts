import { checkWorkspace, type CheckOptions } from '../src/index.ts';

/** A valid minimal workspace, by path; tests spread it and replace the files they are about. */
export const validFiles: Record<string, string> = {
  'journeykit.config.yaml': 'name: Test workspace\n',
  'teams/teams.yaml': '- id: cs\n  name: Customer success\n  department: customer-success\n',
  'personas/olivia.yaml': 'id: olivia\nname: Olivia\npreferredChannels: [email]\n',
  'journeys/onboarding.yaml': [
    'id: onboarding',
    'title: Onboarding',
    'personas: [olivia]',
    'owner: cs',
    'stages:',
    '  - id: kickoff',
    '    name: Kickoff',
    '    kind: onboarding',
    '    steps:',
    '      - id: call',
    '        name: Kickoff call',
    '        emotion: 4',
    '        touchpoints:',
    '          - id: call',
    '            name: Kickoff call',
    '            channel: phone',
    '            owner: cs',
    '',
  ].join('\n'),
  'metrics/csat.yaml': [
    'id: csat',
    'name: Onboarding CSAT',
    'kind: csat',
    'method: share',
    'scale: { min: 1, max: 5 }',
    'target: 80',
    'scope: { journey: onboarding, stage: kickoff }',
    '',
  ].join('\n'),
};

/** Checks a workspace given as files by path. */
export function check(files: Record<string, string>, options?: CheckOptions) {
  return checkWorkspace(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    options,
  );
}

/** The diagnostics of a check as `file:line:column rule`, the shape most tests assert. */
export function places(files: Record<string, string>, options?: CheckOptions): string[] {
  return check(files, options).diagnostics.map((d) => `${d.file ?? ''}:${d.line ?? 0}:${d.column ?? 0} ${d.rule}`);
}
