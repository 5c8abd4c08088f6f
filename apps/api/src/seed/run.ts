/**
 * `pnpm --filter @comptoir/api seed [--products N] [--orders N]`: prepares the configured database
 * (DATABASE_URL, or the embedded one under DATA_DIR) like `pnpm start` does, seeds the demo store when it is
 * new, then adds N bulk products and/or N bulk orders over the past year for performance work (100 000
 * products take about a minute here, a million orders a few minutes).
 */
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../lifecycle';
import { createLogger } from '../logger';
import { startRuntime } from '../runtime';
import { seedBulkProducts } from './bulk-catalog';
import { seedBulkOrders } from './bulk-orders';
import { seedRuntimeDemoStore } from './demo-store';
import { createRandom } from './random';

const { values } = parseArgs({
  options: { products: { type: 'string', default: '0' }, orders: { type: 'string', default: '0' } },
});
function wholeNumber(option: 'products' | 'orders', max: number): number {
  const value = Number(values[option]);
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    process.stderr.write(`--${option} must be a whole number from 0 to ${max}\n`);
    process.exit(2);
  }
  return value;
}
const count = wholeNumber('products', 2_000_000);
const orderCount = wholeNumber('orders', 5_000_000);
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
  if (orderCount > 0) {
    const started = Date.now();
    await seedBulkOrders(runtime.database.db, orderCount, (done) => {
      process.stdout.write(`\r${done} / ${orderCount} orders`);
    });
    process.stdout.write(`\nAdded ${orderCount} orders in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
} finally {
  await runtime.close();
}
