import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { type App, buildApp } from './app';
import type { AppConfig } from './config';
import { createDatabase, type DatabaseHandle } from './db/client';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './db/embedded';
import { runMigrations } from './db/migrate';
import { housekeepingCrontab, housekeepingTasks } from './flows/housekeeping.flow';
import { salesTasks } from './flows/sales.flow';
import { productImportTasks } from './modules/catalog';
import { ensureOwner } from './modules/employees';
import { startJobRunner } from './modules/jobs';
import { createSmtpSender, mailTasks } from './modules/mail';
import { ensureSettings } from './modules/settings';
import { webhookSecretKey, webhookTasks } from './modules/webhooks';
import { deriveSecret } from './plugins/admin-auth';
import { closeWithin } from './plugins/graceful-close';

/** How long a shutdown waits for requests in flight before cutting their connections. */
export const drainMs = 8_000;

export interface Runtime {
  app: App;
  database: DatabaseHandle;
  /** Signs guest links to orders (the API's and the seed's must agree). */
  orderLinkSecret: string;
  /** True on the store's very first start (its settings were just created). */
  firstRun: boolean;
  /** Where the database is (embedded under the data folder, or DATABASE_URL). */
  databaseLabel: string;
  /** The connection string in use (DATABASE_URL or the embedded server's), for side pools like the seeder's. */
  databaseUrl: string;
  /** Stops accepting requests, waits for in-flight ones, closes the pool, stops embedded PostgreSQL. */
  close(): Promise<void>;
}

/** The signing secret: JWT_SECRET, or one generated once and kept in the data folder (development only). */
function resolveJwtSecret(config: AppConfig): string {
  if (config.jwtSecret) return config.jwtSecret;
  const file = join(resolve(config.dataDir), 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret?: string };
    if (stored.jwtSecret && stored.jwtSecret.length >= 32) return stored.jwtSecret;
  }
  const jwtSecret = randomBytes(48).toString('base64url');
  mkdirSync(resolve(config.dataDir), { recursive: true });
  writeFileSync(file, JSON.stringify({ jwtSecret }), { mode: 0o600 });
  return jwtSecret;
}

/**
 * Brings the API up to the point of listening: the database (DATABASE_URL, or an embedded PostgreSQL under
 * DATA_DIR), migrations, the settings row and the first owner, then the Fastify app.
 */
export async function startRuntime(
  config: AppConfig,
  logger: FastifyBaseLogger,
  options: { owner?: { email: string; password: string; firstName?: string; lastName?: string } } = {},
): Promise<Runtime> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const dir = join(resolve(config.dataDir), 'postgres');
    logger.info({ dir }, 'DATABASE_URL is not set: starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({ dir, database: 'comptoir', log: (line) => logger.debug(line) });
    databaseUrl = embedded.url;
  }
  const database = createDatabase(databaseUrl, { max: config.databasePoolMax });
  try {
    await runMigrations(database);
    const firstRun = await ensureSettings(database.db);
    const owner = config.owner ?? options.owner;
    if (owner && (await ensureOwner(database.db, owner)))
      logger.info({ email: owner.email }, 'created the first owner');
    const jwtSecret = resolveJwtSecret(config);
    const app = await buildApp({ config, db: database.db, jwtSecret, logger });
    // Without SMTP no worker takes `send_mail` jobs: mail waits in the outbox until SMTP is configured.
    const mailSender = config.mail.smtpUrl ? createSmtpSender(config.mail.smtpUrl) : undefined;
    const jobs = await startJobRunner({
      pool: database.pool,
      log: logger,
      tasks: {
        ...housekeepingTasks(database.db),
        ...salesTasks(database.db),
        ...productImportTasks({
          db: database.db,
          images: { media: app.media, allowPrivateNetworks: config.webhooks.allowPrivateNetworks },
          onCatalogChanged: () => app.listingCache.clear(),
        }),
        ...webhookTasks({
          db: database.db,
          secretKey: webhookSecretKey(jwtSecret),
          allowPrivateNetworks: config.webhooks.allowPrivateNetworks,
        }),
        ...(mailSender ? mailTasks(database.db, mailSender, config.mail.from) : {}),
      },
      crontab: housekeepingCrontab,
    });
    let closed = false;
    return {
      app,
      database,
      orderLinkSecret: deriveSecret(jwtSecret, 'order-links'),
      firstRun,
      databaseUrl,
      databaseLabel: embedded ? `embedded PostgreSQL (${join(config.dataDir, 'postgres')})` : 'DATABASE_URL',
      close: async () => {
        if (closed) return;
        closed = true;
        await closeWithin(app, drainMs);
        await jobs.stop();
        mailSender?.close();
        await database.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await database.close();
    await embedded?.stop();
    throw error;
  }
}
