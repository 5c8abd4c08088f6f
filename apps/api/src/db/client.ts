import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

export type Database = NodePgDatabase<typeof schema>;
/** A transaction handle; repositories accept `Database | Transaction`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DbOrTx = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

// int8 (bigint, e.g. count(*)) arrives as a JS number: money and counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed))
    throw new RangeError(`int8 value ${value} exceeds the safe integer range`);
  return parsed;
});

export function createDatabase(
  connectionString: string,
  options: {
    max?: number;
    /**
     * Commits return before their WAL reaches the disk (`synchronous_commit = off`): for bulk work such as the
     * demo seed, where a crash may lose the last instants of work but never corrupts anything. Never for the API.
     */
    asyncCommit?: boolean;
  } = {},
): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: options.asyncCommit ? 'comptoir-seed' : 'comptoir-api',
    ...(options.asyncCommit ? { options: '-c synchronous_commit=off' } : {}),
  });
  // An idle client erroring (database restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  // The same for a checked-out client (the job queue holds one for LISTEN): its query fails, not the process.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const db = drizzle({ client: pool, schema, casing: 'snake_case' });
  return {
    db,
    pool,
    close: async () => {
      await pool.end();
    },
  };
}
