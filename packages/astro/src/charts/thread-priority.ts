import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Gives the calling thread the lowest priority, where a thread has one of its own (Linux): the
 * thread then runs on cores the others leave idle. Elsewhere, or when not allowed, does nothing.
 * Returns whether it did.
 */
export function lowerThreadPriority(): boolean {
  try {
    // /proc/thread-self links to /proc/<process id>/task/<this thread's id>.
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(thread, constants.priority.PRIORITY_LOW);
    return true;
  } catch {
    return false;
  }
}
