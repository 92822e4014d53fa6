import type { JourneyReport } from '../model/journey-report-schema.ts';

/** The names a report shows for the ids a journey refers to; an id without an entity shows as itself. */
export interface Names {
  team(id: string): string;
  channel(id: string): string;
  persona(id: string): string;
}

/**
 * Looks names up among what a journey report resolved.
 *
 * @example
 * namesIn(report).team('cs'); // 'Customer success'
 */
export function namesIn(report: JourneyReport): Names {
  const lookup = (entities: readonly { id: string; name: string }[]) => {
    const byId = new Map(entities.map((entity) => [entity.id, entity.name]));
    return (id: string) => byId.get(id) ?? id;
  };
  return { team: lookup(report.teams), channel: lookup(report.channels), persona: lookup(report.personas) };
}
