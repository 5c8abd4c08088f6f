/**
 * `pnpm bench`: throughput of hot API routes, each as a ratio against a bare Fastify + pg route doing the
 * same SQL on the same database, so the figures say what our stack costs rather than how fast the machine
 * is. Uses DATABASE_URL when set, else an embedded PostgreSQL in a temporary folder.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDatabase } from '../src/db/client';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/db/embedded';
import { runMigrations } from '../src/db/migrate';
import { ensureSettings } from '../src/modules/settings';
import { seedDemoCatalog } from '../src/seed/demo-catalog';
import { createRandom } from '../src/seed/random';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

async function measure(url: string): Promise<{ requestsPerSecond: number; p99: number; errors: number }> {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

let embedded: EmbeddedDatabase | undefined;
let tempDir: string | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  tempDir = mkdtempSync(join(tmpdir(), 'comptoir-bench-'));
  embedded = await startEmbeddedPostgres({ dir: tempDir, database: 'bench' });
  url = embedded.url;
}
const database = createDatabase(url, { max: 10 });
await runMigrations(database.db);
await ensureSettings(database.db);

const app = await buildApp({
  // The defaults of an empty environment (no listening, no secrets involved).
  config: loadConfig({ NODE_ENV: 'test', AUTH_RATE_LIMIT_PER_IP: '1000000' }),
  db: database.db,
  jwtSecret: randomBytes(32).toString('hex'),
});
const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });

// The baseline: what a hand-written route on the same pool size would do.
const rawPool = new pg.Pool({ connectionString: url, max: 10 });
// Idle clients are cut when the embedded server stops at the end: not an error worth crashing on.
rawPool.on('error', () => {});
const raw = Fastify();
raw.get('/store/settings', async () => {
  const { rows } = await rawPool.query(
    'select name, support_email, currency, default_country, tax_display from store_settings where id = 1',
  );
  const row = rows[0];
  return {
    name: row.name,
    supportEmail: row.support_email,
    currency: row.currency,
    defaultCountry: row.default_country,
    taxDisplay: row.tax_display,
  };
});
const rawUrl = await raw.listen({ port: 0, host: '127.0.0.1' });

const routes = ['/store/settings'];
const rows: string[] = [];
for (const route of routes) {
  const baseline = await measure(`${rawUrl}${route}`);
  const ours = await measure(`${appUrl}${route}`);
  rows.push(
    `| GET ${route} | ${ours.requestsPerSecond} | ${baseline.requestsPerSecond} | ${(ours.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} | ${ours.p99} | ${ours.errors + baseline.errors} |`,
  );
}

// Catalog reads on the demo catalog (300 products). No bare baseline: these are the queries themselves.
const { products } = await seedDemoCatalog({ db: database.db, media: app.media }, createRandom(20261123));
const [sample] = (
  await rawPool.query<{ handle: string }>("select handle from products where status = 'active' limit 1")
).rows;
const catalogRoutes = [
  '/store/products?limit=24',
  '/store/products?q=lin&sort=relevance&limit=24',
  '/store/products?q=chemsie&limit=24',
  '/store/products?category=femme&minPrice=2000&sort=price_asc&limit=24',
  `/store/products/${sample?.handle ?? 'missing'}`,
];
const catalogRows: string[] = [];
for (const route of catalogRoutes) {
  const result = await measure(`${appUrl}${route}`);
  catalogRows.push(`| GET ${route} | ${result.requestsPerSecond} | ${result.p99} | ${result.errors} |`);
}

process.stdout.write(`
Comptoir bench (${seconds}s per run, ${connections} connections, ${embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})

| route | req/s (API) | req/s (bare Fastify + pg) | ratio | p99 ms (API) | errors |
|---|---|---|---|---|---|
${rows.join('\n')}

Catalog (${products} demo products)

| route | req/s | p99 ms | errors |
|---|---|---|---|
${catalogRows.join('\n')}
`);

await app.close();
await raw.close();
await rawPool.end();
await database.close();
await embedded?.stop();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });
