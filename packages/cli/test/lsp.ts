import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A language server run over stdio, spoken to in JSON-RPC as an editor does. */
export interface LanguageClient {
  request<T>(method: string, params: unknown): Promise<T>;
  notify(method: string, params: unknown): void;
  /** Resolves with the first notification of `method` whose params `accept` takes, or rejects at the deadline. */
  waitFor<T>(method: string, accept: (params: T) => boolean, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts `yaml-language-server --stdio`; `settings` answer its `workspace/configuration` requests
 * for the `yaml` section, as an editor's settings would.
 */
export function startYamlServer(settings: Record<string, unknown>): LanguageClient {
  const packageJson = createRequire(import.meta.url).resolve('yaml-language-server/package.json');
  const server: ChildProcessWithoutNullStreams = spawn(process.execPath, [join(dirname(packageJson), 'bin', 'yaml-language-server'), '--stdio'], { stdio: 'pipe' });
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const waiting: { method: string; accept: (params: never) => boolean; resolve: (params: unknown) => void }[] = [];
  const seen: { method: string; params: unknown }[] = [];
  const send = (message: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const handle = (message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } }) => {
    if (message.method !== undefined && message.id !== undefined) {
      // A request of the server's: settings for each section asked, nothing for the rest.
      const items = (message.params as { items?: { section?: string }[] } | undefined)?.items ?? [];
      send({ id: message.id, result: message.method === 'workspace/configuration' ? items.map((item) => (item.section === 'yaml' ? settings : null)) : null });
    } else if (message.method !== undefined) {
      seen.push({ method: message.method, params: message.params });
      for (const waiter of [...waiting]) {
        if (waiter.method === message.method && waiter.accept(message.params as never)) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve(message.params);
        }
      }
    } else if (message.id !== undefined) {
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) call?.reject(new Error(message.error.message));
      else call?.resolve(message.result);
    }
  };
  let buffer = Buffer.alloc(0);
  server.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      handle(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')));
      buffer = buffer.subarray(end + 4 + length);
    }
  });
  return {
    request: <T>(method: string, params: unknown) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        send({ id, method, params });
      }),
    notify: (method, params) => send({ method, params }),
    waitFor: <T>(method: string, accept: (params: T) => boolean, timeoutMs = 30_000) =>
      new Promise<T>((resolve, reject) => {
        const earlier = seen.find((message) => message.method === method && accept(message.params as T));
        if (earlier !== undefined) return resolve(earlier.params as T);
        const timer = setTimeout(() => reject(new Error(`No ${method} notification as expected within ${timeoutMs} ms.`)), timeoutMs);
        waiting.push({ method, accept: accept as (params: never) => boolean, resolve: (params) => (clearTimeout(timer), resolve(params as T)) });
      }),
    stop: async () => {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await exited;
    },
  };
}
