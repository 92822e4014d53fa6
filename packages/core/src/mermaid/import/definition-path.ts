import { entityKinds } from '../../schema/file-kinds.ts';

/** Where an imported definition is written in its workspace: `journeys/<id>.yaml`, `personas/<id>.yaml`. */
export function definitionPath(kind: 'journey' | 'persona', id: string): string {
  return `${entityKinds[kind].folder}/${id}.yaml`;
}
