import type { Journey } from '../../schema/journey.ts';
import type { Workspace } from '../../schema/workspace.ts';
import { journeysExport } from '../model/journeys-export.ts';

/**
 * Writes {@link journeysExport} as JSON text, indented by two spaces and ending with a newline.
 * Keys come in a fixed order, so the same workspace always gives the same bytes.
 *
 * @example
 * await writeFile('journeys.json', journeysJson(workspace));
 */
export function journeysJson(workspace: Workspace, journeys?: readonly Journey[]): string {
  return `${JSON.stringify(journeysExport(workspace, journeys), null, 2)}\n`;
}
