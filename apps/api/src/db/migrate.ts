import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client';

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

/** Applies pending migrations. Safe to run concurrently: drizzle serialises on its migrations table. */
export async function runMigrations(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder: migrationsFolder() });
}
