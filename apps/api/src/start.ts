/**
 * The all-in-one runner behind `pnpm start`: the API (with an embedded PostgreSQL unless DATABASE_URL is
 * set), a demo store seeded on the first run, and the built storefront and back-office, each on its own
 * port with the API proxied on its origin. Prints the URLs and the demo login.
 */
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { closeOnSignals, describeListenError, loadConfigOrExit } from './lifecycle';
import { createLogger } from './logger';
import { closeWithin } from './plugins/graceful-close';
import { drainMs, startRuntime } from './runtime';
import { seedRuntimeDemoStore } from './seed/demo-store';
import { buildSpaServer } from './web/spa-server';

const demoOwner = {
  email: 'admin@comptoir.test',
  password: 'comptoir-demo-admin',
  firstName: 'Camille',
  lastName: 'Durand',
};
const config = loadConfigOrExit({ LOG_LEVEL: 'warn' });
const logger = createLogger(config);
const owner = config.owner ?? demoOwner;

const runtime = await startRuntime(config, logger, { owner }).catch((error: unknown) => {
  logger.fatal({ err: error }, 'failed to start');
  process.exit(1);
});
const servers: FastifyInstance[] = [];
closeOnSignals(logger, async () => {
  await Promise.all(servers.map((server) => closeWithin(server, drainMs)));
  await runtime.close();
});

async function listen(server: FastifyInstance, port: number, variable: string): Promise<string> {
  try {
    await server.listen({ host: config.host, port });
  } catch (error) {
    logger.fatal(describeListenError(error, port, variable));
    await Promise.all(servers.map((running) => running.close()));
    await runtime.close();
    process.exit(1);
  }
  const address = server.server.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  return `http://localhost:${actualPort}`;
}

const seeded = runtime.firstRun ? await seedRuntimeDemoStore(runtime, config) : undefined;

const apiUrl = await listen(runtime.app, config.port, 'PORT');
let storefrontUrl = 'http://localhost:5173 (Vite dev server)';
let adminUrl = 'http://localhost:5174 (Vite dev server)';
if (config.web.serveApps) {
  const apiUpstream = apiUrl.replace('localhost', '127.0.0.1');
  const dist = (name: string) => fileURLToPath(new URL(`../../${name}/dist`, import.meta.url));
  const storefront = await buildSpaServer({
    root: dist('storefront'),
    apiUrl: apiUpstream,
    apiPrefixes: ['/store', '/health', '/media'],
  });
  servers.push(storefront);
  const admin = await buildSpaServer({
    root: dist('admin'),
    apiUrl: apiUpstream,
    apiPrefixes: ['/admin', '/store', '/health', '/media'],
  });
  servers.push(admin);
  storefrontUrl = await listen(storefront, config.web.storefrontPort, 'STOREFRONT_PORT');
  adminUrl = await listen(admin, config.web.adminPort, 'ADMIN_PORT');
}

process.stdout.write(`
  Comptoir is running (${runtime.databaseLabel})${seeded ? `\n  First run: seeded the demo store "${seeded.storeName}" with ${seeded.products} products and ${seeded.orders} orders (pnpm reset starts over)` : ''}

  Storefront    ${storefrontUrl}
  Back-office   ${adminUrl}
  API           ${apiUrl}   (reference: ${apiUrl}/docs)

  Back-office login: ${owner.email} / ${config.owner ? '(the OWNER_PASSWORD you configured)' : owner.password}

  Press Ctrl+C to stop.
`);
