import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type pg from 'pg';
import type { Database } from '../src/db/client';
import { createEmployee } from '../src/modules/employees';
import { seedBulkOrders } from '../src/seed/bulk-orders';

export interface OrderListFigures {
  name: string;
  route: string;
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  errors: number;
}

/** Signs in a new owner through the API, for the back-office benches. */
export async function ownerHeaders(appUrl: string, db: Database): Promise<Record<string, string>> {
  const email = `bench-owner-${randomUUID().slice(0, 8)}@example.test`;
  const password = `bench-${randomUUID()}`;
  await createEmployee(db, { email, password, firstName: 'Bench', lastName: 'Owner', role: 'owner' });
  const login = await fetch(`${appUrl}/admin/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

/**
 * The back-office order list on a store with `count` more orders over the past year, written straight into
 * the tables by the bulk seeder (`seedBulkOrders`): what is measured is the list's queries, not how the orders
 * were made. Each case is one page as the back-office asks for it.
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
  await seedBulkOrders(options.db, count);
  const middle = await pool.query<{ id: string; number: number }>(
    'select id, number from orders order by placed_at offset $1 limit 1',
    [Math.floor(count / 2)],
  );
  const sample = middle.rows[0];
  if (!sample) throw new Error('no orders to read');

  const headers = await ownerHeaders(appUrl, options.db);
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString();

  const cases: [string, string][] = [
    ['newest, first page', '/admin/orders?limit=50'],
    ['to ship (status filters)', '/admin/orders?status=confirmed&fulfillmentStatus=unfulfilled&limit=50'],
    ['search a name', '/admin/orders?q=moreau&limit=50'],
    ['order number', `/admin/orders?q=%23${sample.number}`],
    [
      'last 90 days, total ≥ 100.00, by total',
      `/admin/orders?placedFrom=${from}&minTotal=10000&sort=total_desc&limit=50`,
    ],
    ['one order', `/admin/orders/${sample.id}`],
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
