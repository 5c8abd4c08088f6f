import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { installJobQueue } from '../modules/jobs';
import type { DatabaseHandle } from './client';

/** The committed drizzle-kit migrations, found from source (tsx, vitest) and from the built bundle (dist/). */
export function migrationsFolder(): string {
  const candidates = [
    new URL('./migrations', import.meta.url),
    new URL('../src/db/migrations', import.meta.url),
    new URL('../../src/db/migrations', import.meta.url),
  ];
  for (const candidate of candidates) {
    const path = fileURLToPath(candidate);
    if (existsSync(path)) return path;
  }
  throw new Error('Cannot find the migrations folder');
}

/**
 * Installs the job queue's schema, then applies pending migrations. Safe to run concurrently: both
 * serialise on their own lock.
 */
export async function runMigrations(database: Pick<DatabaseHandle, 'db' | 'pool'>): Promise<void> {
  // The queue first: migrations may add jobs (graphile_worker.add_job).
  await installJobQueue(database.pool);
  await migrate(database.db, { migrationsFolder: migrationsFolder() });
}
