import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL server of this test run, on 127.0.0.1, with its data in a temporary folder. */
export interface PostgresCluster {
  /** What a client connects with: host, port, user and the database `postgres`. */
  connection: { host: string; port: number; user: string; database: string };
  /** Stops the server and removes its folder. */
  stop(): void;
}

/**
 * The folder of Debian's PostgreSQL programs (`/usr/lib/postgresql/<version>/bin`, the newest),
 * or of `PG_BIN` when set; undefined when there is none.
 */
export function postgresPrograms(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnvironment = env['PG_BIN'];
  if (fromEnvironment) return existsSync(join(fromEnvironment, 'initdb')) ? fromEnvironment : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((version) => existsSync(join(root, version, 'bin', 'initdb')));
  const newest = versions.toSorted((a, b) => Number(b) - Number(a))[0];
  return newest === undefined ? undefined : join(root, newest, 'bin');
}

/** A TCP port nobody listens on now, from the system. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('The system gave no TCP port.');
  return address.port;
}

/**
 * PostgreSQL refuses to run as root. As root, the server runs as the `postgres` user Debian's
 * package creates; as anyone else, as that user.
 */
function serverUser(): { uid: number; gid: number; name: string } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g'), name: 'postgres' };
}

/**
 * Starts a fresh PostgreSQL cluster: `initdb` into a temporary folder, then `pg_ctl start`
 * listening on 127.0.0.1 only, on a free port, trusting local connections (it is a test server
 * holding nothing). Throws with the server's own words when it cannot start.
 */
export async function startPostgresCluster(bin: string): Promise<PostgresCluster> {
  const user = serverUser();
  const folder = mkdtempSync(join(tmpdir(), 'journeykit-postgres-'));
  const data = join(folder, 'data');
  if (user !== undefined) chownSync(folder, user.uid, user.gid);
  chmodSync(folder, 0o700);
  const run = (program: string, args: string[]) => {
    const result = spawnSync(join(bin, program), args, { encoding: 'utf8', ...(user && { uid: user.uid, gid: user.gid }), env: { ...process.env, LC_ALL: 'C' } });
    if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
  };
  const databaseUser = user?.name ?? (process.env['USER'] || 'postgres');
  try {
    run('initdb', ['-D', data, '-U', databaseUser, '--auth=trust', '--no-sync', '--encoding=UTF8', '--locale=C']);
    // A port taken between freePort and the start is taken again with another.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories='${folder}' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
      try {
        run('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', join(folder, 'server.log'), '-o', options]);
      } catch (error) {
        if (attempt < 3) continue;
        throw error;
      }
      const stop = () => {
        spawnSync(join(bin, 'pg_ctl'), ['stop', '-m', 'immediate', '-D', data], { ...(user && { uid: user.uid, gid: user.gid }) });
        rmSync(folder, { recursive: true, force: true });
      };
      return { connection: { host: '127.0.0.1', port, user: databaseUser, database: 'postgres' }, stop };
    }
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
