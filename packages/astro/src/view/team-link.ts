import type { Workspace } from '@journeykit/core';
import type { Links } from './links.ts';
import { lookup } from './lookup.ts';
import type { Link } from './persona-page.ts';

/**
 * The link to a team's page, named as the workspace names the team (by its id where it does not),
 * or none when there is no team.
 *
 * @example
 * teamLink(workspace, links(site), journey.owner); // { href: '/teams/web/', text: 'Web' }
 */
export function teamLink(workspace: Workspace, to: Links, id: string | undefined): Link | undefined {
  return id === undefined ? undefined : { href: to.team(id), text: lookup(workspace).team.get(id)?.name ?? id };
}
