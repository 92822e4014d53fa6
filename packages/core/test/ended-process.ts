import { spawnSync } from 'node:child_process';

/** The id of a process that has ended: what a build that died leaves in the names of its partial files. */
export function endedProcessId(): number {
  return spawnSync(process.execPath, ['--eval', '']).pid!;
}
