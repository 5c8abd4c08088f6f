import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../src/db/client';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/db/embedded';
import { runMigrations } from '../src/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of a maintenance database on the test server (to create per-file databases). */
    testAdminUrl: string;
    /** Name of the migrated template database every test file clones. */
    testTemplateDatabase: string;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Uses the PostgreSQL at TEST_DATABASE_URL (or DATABASE_URL) when set, otherwise starts an embedded one in
 * a temporary folder; then creates and migrates a template database that each test file clones.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let tempDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) {
    tempDir = mkdtempSync(join(tmpdir(), 'comptoir-test-pg-'));
    embedded = await startEmbeddedPostgres({ dir: tempDir, database: 'postgres' });
    adminUrl = embedded.adminUrl;
  }
  const template = `comptoir_template_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const database = createDatabase(withDatabase(adminUrl, template), { max: 1 });
  await runMigrations(database);
  await database.close();

  project.provide('testAdminUrl', adminUrl);
  project.provide('testTemplateDatabase', template);

  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`${template.replace('template', 'file')}%`],
    );
    for (const { datname } of leftovers.rows)
      await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
    await embedded?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
}
