import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Database } from '../src/db/client';
import { createEmployee } from '../src/modules/employees';

export interface CheckoutFigures {
  scenario: string;
  orders: number;
  ordersPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

/**
 * Checkout throughput: `clients` concurrent customers each placing orders (POST /store/carts/:id/checkout
 * with the test card) back to back for `seconds`, on carts prepared beforehand (straight into the tables:
 * the figure is the checkout's, not the cart building's). Two scenarios: lines spread over many SKUs, and
 * every order taking the same hot SKU (all orders queue on its row lock).
 */
export async function benchCheckout(options: {
  appUrl: string;
  db: Database;
  pool: pg.Pool;
  seconds: number;
  clients: number;
}): Promise<CheckoutFigures[]> {
  const { appUrl, pool } = options;
  const email = `bench-${randomUUID().slice(0, 8)}@example.test`;
  const password = `bench-${randomUUID()}`;
  await createEmployee(options.db, { email, password, firstName: 'Bench', lastName: 'Owner', role: 'owner' });
  const login = await fetch(`${appUrl}/admin/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const admin = async (path: string, body: object) => {
    const response = await fetch(`${appUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const zone = await admin('/admin/shipping-zones', { name: 'Bench zone', countries: ['LU'] });
  const method = await admin(`/admin/shipping-zones/${zone.id}/methods`, {
    name: 'Bench post',
    kind: 'flat',
    price: 500,
  });
  await admin('/admin/tax-rates', { name: 'Bench VAT', country: 'LU', taxClass: 'standard', rate: 1700 });

  // Variants with stock for the whole run: 200 spread ones and 1 hot one.
  await pool.query(`update product_variants set stock_on_hand = 1000000, track_inventory = true, allow_backorder = false
    where id in (select v.id from product_variants v join products p on p.id = v.product_id
                 where p.status = 'active' order by v.id limit 201)`);
  const { rows: variants } = await pool.query<{ id: string }>(`select v.id from product_variants v
    join products p on p.id = v.product_id where p.status = 'active' and v.stock_on_hand = 1000000 order by v.id limit 201`);
  const hot = variants[0]?.id ?? '';
  const spread = variants.slice(1).map((variant) => variant.id);
  const address = {
    firstName: 'Bench',
    lastName: 'Client',
    company: null,
    line1: '1 rue du Test',
    line2: null,
    city: 'Luxembourg',
    postalCode: '1111',
    region: null,
    country: 'LU',
    phone: null,
  };

  /** `count` ready carts: email, address, method, two lines (hot scenario: the hot SKU and a spread one). */
  const prepareCarts = async (count: number, scenario: 'spread' | 'hot'): Promise<string[]> => {
    const { rows } = await pool.query<{ id: string }>(
      `insert into carts (id, email, currency, shipping_address, shipping_method_id)
       select 'cart_bench_' || $1 || '_' || n, 'buyer' || n || '@example.test', 'EUR', $2::jsonb, $3
       from generate_series(1, $4) as n returning id`,
      [`${scenario}${randomUUID().slice(0, 6)}`, JSON.stringify(address), method.id, count],
    );
    const ids = rows.map((row) => row.id);
    const lines = ids.flatMap((cartId, index) => [
      [cartId, scenario === 'hot' ? hot : (spread[index % spread.length] ?? hot)],
      [cartId, spread[(index * 7 + 3) % spread.length] ?? hot],
    ]);
    await pool.query(
      `insert into cart_items (id, cart_id, variant_id, quantity)
       select 'citem_bench_' || c || '_' || v, c, v, 1 from unnest($1::text[], $2::text[]) as l(c, v)
       on conflict do nothing`,
      [lines.map((line) => line[0]), lines.map((line) => line[1])],
    );
    return ids;
  };

  const card = {
    number: '4242424242424242',
    expMonth: 12,
    expYear: new Date().getFullYear() + 3,
    cvc: '123',
  };
  const results: CheckoutFigures[] = [];
  for (const scenario of ['spread', 'hot'] as const) {
    const carts = await prepareCarts(Math.max(2000, options.seconds * 1500), scenario);
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const started = performance.now();
    const deadline = started + options.seconds * 1000;
    await Promise.all(
      Array.from({ length: options.clients }, async () => {
        while (performance.now() < deadline && next < carts.length) {
          const cartId = carts[next++];
          const begin = performance.now();
          const response = await fetch(`${appUrl}/store/carts/${cartId}/checkout`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
            body: JSON.stringify({ payment: { provider: 'test-card', card } }),
          });
          await response.arrayBuffer();
          if (response.status === 201) latencies.push(performance.now() - begin);
          else errors++;
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    results.push({
      scenario: scenario === 'hot' ? 'one hot SKU (+1 spread line)' : 'spread SKUs (2 lines)',
      orders: latencies.length,
      ordersPerSecond: Math.round(latencies.length / elapsed),
      p50: Math.round(percentile(latencies, 50)),
      p95: Math.round(percentile(latencies, 95)),
      errors,
    });
  }
  return results;
}
