/**
 * `pnpm --filter @comptoir/api seed [--products N]`: prepares the configured database (DATABASE_URL, or the
 * embedded one under DATA_DIR) like `pnpm start` does, seeds the demo store when it is new, then adds N bulk
 * products for performance work (100 000 take about a minute here).
 */
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../lifecycle';
import { createLogger } from '../logger';
import { startRuntime } from '../runtime';
import { seedBulkProducts } from './bulk-catalog';
import { seedRuntimeDemoStore } from './demo-store';
import { createRandom } from './random';

const { values } = parseArgs({ options: { products: { type: 'string', default: '0' } } });
const count = Number(values.products);
if (!Number.isSafeInteger(count) || count < 0 || count > 2_000_000) {
  process.stderr.write('--products must be a whole number from 0 to 2000000\n');
  process.exit(2);
}
const config = loadConfigOrExit({ LOG_LEVEL: 'warn' });
const runtime = await startRuntime(config, createLogger(config));
try {
  if (runtime.firstRun) {
    const seeded = await seedRuntimeDemoStore(runtime, config);
    process.stdout.write(
      `Seeded the demo store "${seeded.storeName}" (${seeded.products} products, ${seeded.customers} customers, ${seeded.orders} orders)\n`,
    );
  }
  if (count > 0) {
    const started = Date.now();
    await seedBulkProducts(runtime.database.db, createRandom(config.demoSeed + 1), count, (done) => {
      process.stdout.write(`\r${done} / ${count} products`);
    });
    process.stdout.write(`\nAdded ${count} products in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
} finally {
  await runtime.close();
}
