import { checkWorkspace, type Workspace } from '@journeykit/core';
import { expect, it } from 'vitest';
import type { SiteData } from '../site-data.ts';
import { termBacklinks } from './glossary-index.ts';

function siteOf(files: Record<string, string>): SiteData {
  const { value, diagnostics } = checkWorkspace(Object.entries(files).map(([path, text]) => ({ path, text })));
  if (value === undefined) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return { root: '/', prefix: '/', workspace: value as Workspace, editBase: undefined, chartCache: '', search: false, site: undefined } as SiteData;
}

it('counts a journey as using a term that only a step or a touchpoint names', () => {
  const site = siteOf({
    'journeykit.config.yaml': 'name: Shop\nglossary: { builtin: false }\n',
    'personas/sam.yaml': 'id: sam\nname: Sam\n',
    'glossary/terms.yaml': '- { id: kickoff, term: Kickoff, definition: The first meeting. }\n- { id: handoff, term: Handoff, definition: A change of owner. }\n- { id: churn, term: Churn, definition: Customers lost. }\n',
    'journeys/a.yaml': [
      'id: a',
      'title: Onboarding',
      'personas: [sam]',
      'stages:',
      '  - { id: start, name: Start, kind: onboarding, steps: [{ id: meet, name: Kickoff meeting,',
      '      touchpoints: [{ id: mail, name: Handoff email, channel: email }] }] }',
    ].join('\n'),
  });
  const backlinks = termBacklinks(site);
  expect(backlinks.get('kickoff')).toEqual([{ title: 'Onboarding', href: '/journeys/a/' }]);
  expect(backlinks.get('handoff')).toEqual([{ title: 'Onboarding', href: '/journeys/a/' }]);
  expect(backlinks.get('churn')).toBeUndefined();
});
