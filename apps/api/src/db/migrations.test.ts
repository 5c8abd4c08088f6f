import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DrizzleSnapshotJSON, generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from './migrate';
import * as schema from './schema';

function latestSnapshot(): DrizzleSnapshotJSON {
  const folder = migrationsFolder();
  const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('no migrations');
  const file = join(folder, 'meta', `${String(last.idx).padStart(4, '0')}_snapshot.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as DrizzleSnapshotJSON;
}

async function pendingStatements(imports: Record<string, unknown>): Promise<string[]> {
  const previous = latestSnapshot();
  const current = generateDrizzleJson(imports, previous.id, undefined, 'snake_case');
  return generateMigration(previous, current);
}

describe('committed migrations', () => {
  it('match the Drizzle schema (run `pnpm --filter @comptoir/api db:generate` after changing tables)', async () => {
    expect(await pendingStatements(schema)).toEqual([]);
  });

  it('would catch a table missing from the migrations', async () => {
    const extra = pgTable('not_migrated', { id: text().primaryKey() });
    const statements = await pendingStatements({ ...schema, extra });
    expect(statements.join('\n')).toContain('CREATE TABLE "not_migrated"');
  });
});
