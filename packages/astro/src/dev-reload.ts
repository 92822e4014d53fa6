import { isInside } from '@journeykit/core/node';
import type { HookParameters } from 'astro';

/**
 * In `astro dev`: reloads the workspace in `dir` after each edit to a file in it (`load`, then
 * `loaded` with what it gave). A workspace with errors is shown in the terminal and over the page,
 * which keeps the last valid workspace until they are fixed.
 */
export function reloadOnEdit<T>({ server, logger }: HookParameters<'astro:server:setup'>, dir: string, load: () => Promise<T>, loaded: (value: T) => void): void {
  // Vite's watcher ignores files outside the project root unless told; it closes with the server.
  server.watcher.add(dir);
  let timer: NodeJS.Timeout | undefined;
  const reload = (path: string) => {
    if (!isInside(dir, path)) return;
    clearTimeout(timer);
    // An editor's save is often several events: the workspace is read once they settle.
    timer = setTimeout(async () => {
      try {
        loaded(await load());
        logger.info('Workspace reloaded.');
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        logger.error(message);
        server.ws.send({ type: 'error', err: { message, stack: '', plugin: '@journeykit/astro' } });
      }
    }, 50);
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
}
