import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type pg from 'pg';
import type { Database } from '../src/db/client';
import { createEmployee } from '../src/modules/employees';

export interface OrderListFigures {
  name: string;
  route: string;
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  errors: number;
}

/**
 * The back-office order list on a store with `count` orders (default 10 000), written straight into the
 * tables (two lines and a payment each, over a year, in every state): what is measured is the list's
 * queries, not how the orders were made. Each case is one page as the back-office asks for it.
 */
export async function benchOrderList(options: {
  appUrl: string;
  db: Database;
  pool: pg.Pool;
  seconds: number;
  connections: number;
  count: number;
}): Promise<OrderListFigures[]> {
  const { appUrl, pool, count } = options;
  await pool.query(
    `insert into orders (id, number, customer_id, email, currency, status, payment_status, fulfillment_status,
       shipping_address, billing_address, shipping_method, discounts, tax_lines, tax_included, subtotal,
       discount_total, shipping_total, tax_total, total, cart_id, placed_at, updated_at)
     select 'ord_bench' || lpad(n::text, 8, '0'), 500000 + n, null,
       (array['camille','hugo','lea','louis','emma','noah','zoe','paul'])[1 + n % 8] || '.' ||
         (array['martin','bernard','dubois','moreau','roux','muller'])[1 + n % 6] || n || '@bench.example',
       'EUR',
       (array['confirmed','completed','completed','completed','cancelled','pending'])[1 + n % 6],
       (array['paid','paid','paid','paid','refunded','awaiting_payment'])[1 + n % 6],
       (array['unfulfilled','fulfilled','fulfilled','fulfilled','unfulfilled','unfulfilled'])[1 + n % 6],
       jsonb_build_object('firstName', (array['Camille','Hugo','Léa','Louis'])[1 + n % 4],
         'lastName', (array['Martin','Bernard','Dubois','Moreau','Roux','Müller'])[1 + n % 6],
         'company', null, 'line1', n || ' rue du Marché', 'line2', null, 'city', 'Lyon', 'postalCode', '69002',
         'region', null, 'country', 'FR', 'phone', null),
       jsonb_build_object('firstName', 'Camille', 'lastName', 'Martin', 'company', null, 'line1', '1 rue du Marché',
         'line2', null, 'city', 'Lyon', 'postalCode', '69002', 'region', null, 'country', 'FR', 'phone', null),
       null, '[]'::jsonb, '[]'::jsonb, true, 1000 + (n * 37) % 30000, 0, 490, 0,
       1490 + (n * 37) % 30000, 'cart_bench' || n,
       now() - make_interval(secs => (($1::int - n)::double precision / $1) * 365 * 86400),
       now()
     from generate_series(1, $1::int) as n`,
    [count],
  );
  await pool.query(
    `insert into order_lines (id, order_id, sku, title, variant_title, quantity, unit_price, discount, tax,
       tax_rate, total, position)
     select 'oline_bench' || lpad(n::text, 8, '0') || '_' || p, 'ord_bench' || lpad(n::text, 8, '0'),
       'BENCH-' || p, 'Bench product ' || p, 'Default', 1 + p, 500, 0, 0, 2000, 500 * (1 + p), p
     from generate_series(1, $1::int) as n, generate_series(0, 1) as p`,
    [count],
  );
  await pool.query(
    `insert into payments (id, order_id, provider, status, amount, captured_amount, currency)
     select 'pay_bench' || lpad(n::text, 8, '0'), 'ord_bench' || lpad(n::text, 8, '0'), 'test-card', 'captured',
       1490 + (n * 37) % 30000, 1490 + (n * 37) % 30000, 'EUR'
     from generate_series(1, $1::int) as n`,
    [count],
  );
  await pool.query('analyze orders; analyze order_lines; analyze payments');

  const email = `bench-orders-${randomUUID().slice(0, 8)}@example.test`;
  const password = `bench-${randomUUID()}`;
  await createEmployee(options.db, {
    email,
    password,
    firstName: 'Bench',
    lastName: 'Orders',
    role: 'owner',
  });
  const login = await fetch(`${appUrl}/admin/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString();

  const cases: [string, string][] = [
    ['newest, first page', '/admin/orders?limit=50'],
    ['to ship (status filters)', '/admin/orders?status=confirmed&fulfillmentStatus=unfulfilled&limit=50'],
    ['search a name', '/admin/orders?q=moreau&limit=50'],
    ['order number', `/admin/orders?q=%23${500000 + Math.floor(count / 2)}`],
    [
      'last 90 days, total ≥ 100.00, by total',
      `/admin/orders?placedFrom=${from}&minTotal=10000&sort=total_desc&limit=50`,
    ],
    ['one order', `/admin/orders/ord_bench${String(Math.floor(count / 3)).padStart(8, '0')}`],
  ];
  const figures: OrderListFigures[] = [];
  for (const [name, route] of cases) {
    const check = await fetch(`${appUrl}${route}`, { headers });
    if (!check.ok) throw new Error(`GET ${route} answered ${check.status}: ${await check.text()}`);
    const result = await autocannon({
      url: `${appUrl}${route}`,
      headers,
      connections: options.connections,
      duration: options.seconds,
    });
    figures.push({
      name,
      route,
      requestsPerSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      errors: result.errors + result.timeouts + result.non2xx,
    });
  }
  return figures;
}
