import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runServer, waitUntilReady } from '../../../test/run-server';
import {
  type ApiClient,
  checkoutRequest,
  createVariant,
  httpClient,
  readyCart,
  setUpShippingAndTaxes,
} from '../../../test/store-fixtures';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { findFreePort } from '../../db/embedded';

let database: TestDatabase;
const servers: ReturnType<typeof runServer>[] = [];
const clients: ApiClient[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const env = {
    DATABASE_URL: database.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    OWNER_EMAIL: 'owner@example.test',
    OWNER_PASSWORD: 'long-enough-password',
    SERVE_APPS: 'false',
    LOG_LEVEL: 'warn',
  };
  // One after the other: the first applies the migrations.
  for (let index = 0; index < 2; index++) {
    const port = await findFreePort();
    const server = runServer({ ...env, PORT: String(port) });
    servers.push(server);
    if (!(await waitUntilReady(port)))
      throw new Error(`API process ${index} did not start: ${server.output()}`);
    clients.push(httpClient(`http://127.0.0.1:${port}`));
  }
}, 60_000);

afterAll(async () => {
  for (const server of servers) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await database.drop();
});

describe('checkout across two API processes on one database', () => {
  it('50 concurrent checkouts (25 per process) of a variant with stock 10: exactly 10 orders', async () => {
    const [a, b] = clients as [ApiClient, ApiClient];
    const login = await a.inject({
      method: 'POST',
      url: '/admin/auth/login',
      payload: { email: 'owner@example.test', password: 'long-enough-password' },
    });
    const owner = { authorization: `Bearer ${login.json<{ accessToken: string }>().accessToken}` };
    const { france } = await setUpShippingAndTaxes(a, owner);
    const variantId = await createVariant(a, owner, { sku: 'PROC-HOT', price: 1500, stockOnHand: 10 });
    const carts = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        readyCart(index % 2 === 0 ? a : b, { variantId, methodId: france }),
      ),
    );
    const responses = await Promise.all(
      carts.map((cartId, index) => checkoutRequest(index % 2 === 0 ? b : a, cartId)),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(40);
    for (const response of responses.filter((candidate) => candidate.statusCode === 409))
      expect(response.json<{ code: string }>().code).toBe('insufficient_stock');
    const { rows } = await database.pool.query(
      `select v.stock_on_hand, (select count(*)::int from order_lines l where l.variant_id = v.id) as orders
       from product_variants v where v.id = $1`,
      [variantId],
    );
    expect(rows[0]).toEqual({ stock_on_hand: 0, orders: 10 });
  }, 60_000);
});
