import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { createLocalMediaStorage } from '../modules/media/media-storage';
import { ensureSettings } from '../modules/settings';
import { seedDemoCatalog } from './demo-catalog';
import { seedDemoOrders } from './demo-orders';
import { seedDemoPricing } from './demo-pricing';
import { createRandom } from './random';

let database: TestDatabase;
const now = new Date('2026-11-24T12:00:00Z');
let summary: { customers: number; orders: number };

beforeAll(async () => {
  database = await createTestDatabase();
  const media = createLocalMediaStorage({
    dir: join(tmpdir(), `comptoir-seed-orders-${process.pid}`),
    baseUrl: '/media',
  });
  await ensureSettings(database.db);
  await seedDemoCatalog({ db: database.db, media }, createRandom(3), 30);
  await seedDemoPricing(database.db, 'EUR');
  summary = await seedDemoOrders(
    {
      db: database.db,
      media,
      links: { storefrontUrl: 'http://shop.test', orderLinkSecret: 'x'.repeat(32) },
      log: pino({ level: 'silent' }),
    },
    createRandom(5),
    { orders: 80, customers: 12, now },
  );
}, 120_000);
afterAll(async () => database.drop());

const query = async <Row>(text: string) => (await database.pool.query(text)).rows as Row[];

describe('demo orders', () => {
  it('spreads a year of orders in every state over customers and guests', async () => {
    expect(summary.orders).toBeGreaterThan(70);
    const [span] = await query<{ first: Date; last: Date; customers: number; guests: number }>(`
      select min(placed_at) as first, max(placed_at) as last,
        count(distinct customer_id)::int as customers, count(*) filter (where customer_id is null)::int as guests
      from orders`);
    expect(now.getTime() - (span?.first.getTime() ?? 0)).toBeGreaterThan(350 * 86_400_000);
    expect(span?.last.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(span?.customers).toBeGreaterThan(5);
    expect(span?.guests).toBeGreaterThan(10);
    const states = await query<{ state: string }>(
      `select distinct status || '/' || payment_status || '/' || fulfillment_status as state from orders`,
    );
    const seen = states.map((row) => row.state);
    expect(seen).toEqual(
      expect.arrayContaining(['completed/paid/fulfilled', 'cancelled/refunded/unfulfilled']),
    );
    expect(seen.some((state) => state.endsWith('/unfulfilled') && state.startsWith('confirmed'))).toBe(true);
    expect(seen.some((state) => state.includes('partially_refunded'))).toBe(true);
    const [returns] = await query<{ total: number }>('select count(*)::int as total from order_returns');
    expect(returns?.total).toBeGreaterThan(0);
  });

  it('keeps every figure consistent: ledger, invoices, shipments after placement', async () => {
    const ledger = await query<{ id: string }>(`
      select v.id from product_variants v
      left join (select variant_id, sum(delta) as total from stock_movements group by variant_id) m
        on m.variant_id = v.id
      where coalesce(m.total, 0) <> v.stock_on_hand`);
    expect(ledger).toEqual([]);
    const [invoices] = await query<{ missing: number; numbers: number; max: number }>(`
      select (select count(*)::int from orders o where o.payment_status in ('paid', 'partially_refunded')
                and not exists (select 1 from invoices i where i.order_id = o.id)) as missing,
             count(*)::int as numbers, max(number) as max from invoices`);
    expect(invoices?.missing).toBe(0);
    expect(invoices?.max).toBe(invoices?.numbers);
    const early = await query(`select 1 from shipments s join orders o on o.id = s.order_id
      where s.shipped_at < o.placed_at or s.delivered_at < s.shipped_at or s.delivered_at > now()`);
    expect(early).toEqual([]);
  });
});
