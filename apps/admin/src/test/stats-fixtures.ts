/** Statistics answers of the fake API, shaped as `GET /admin/stats/*` return them. */
import type { components } from '@comptoir/sdk';

type StatsKpis = components['schemas']['StatsKpis'];
type StatsSummary = components['schemas']['StatsSummary'];

const eur = (amount: number) => ({ amount, currency: 'EUR' });

export function statsKpis(overrides: Partial<StatsKpis> = {}): StatsKpis {
  return {
    orders: 40,
    grossRevenue: eur(160000),
    refunds: eur(10000),
    netRevenue: eur(150000),
    tax: eur(26667),
    shipping: eur(12000),
    averageOrderValue: eur(4000),
    itemsSold: 95,
    newCustomers: 12,
    returningCustomers: 8,
    carts: 400,
    conversionRate: 0.1,
    abandonedCarts: { count: 25, value: eur(98000) },
    ...overrides,
  };
}

export function statsSummary(range: { from: string; to: string }, current: StatsKpis, previous: StatsKpis) {
  const summary: StatsSummary = {
    timezone: 'Europe/Paris',
    current: { ...range, kpis: current },
    previous: { from: '2026-09-26', to: '2026-10-25', kpis: previous },
  };
  return summary;
}

/** `GET /admin/stats/sales` for the query sent: one point per day, `orders` taken from `perDay` in turn. */
export function salesSeries(search: string, perDay: readonly number[] = [0]) {
  const query = new URLSearchParams(search);
  const from = query.get('from') ?? '2026-11-01';
  const to = query.get('to') ?? from;
  const points = [];
  for (let day = new Date(`${from}T00:00:00Z`), index = 0; day.toISOString().slice(0, 10) <= to; index++) {
    const orders = perDay[index % perDay.length] ?? 0;
    points.push({
      period: day.toISOString().slice(0, 10),
      orders,
      grossRevenue: eur(orders * 4000),
      itemsSold: orders * 2,
    });
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return { timezone: 'Europe/Paris', interval: query.get('interval') ?? 'day', points };
}

/** `GET /admin/stats/best-sellers`: a product still in the catalog and one deleted since. */
export function bestSellers() {
  return {
    items: [
      { productId: 'prod_1', title: 'Linen shirt', units: 12, revenue: eur(60000) },
      { productId: null, title: 'Old scarf', units: 30, revenue: eur(4500) },
    ],
  };
}

/** `GET /admin/stats/categories` or `/countries`: one row per key. */
export function statsBreakdown(rows: readonly { key: string; label: string }[]) {
  return {
    items: rows.map((row, index) => ({
      ...row,
      orders: 10 - index,
      units: 20 - index,
      revenue: eur(90000 - index * 10000),
    })),
  };
}

/** `GET /admin/stats/discounts`: a code and an automatic promotion. */
export function discountReport() {
  return {
    items: [
      { code: 'WELCOME10', name: 'Welcome offer', orders: 6, discount: eur(3600), revenue: eur(32400) },
      { code: null, name: 'Free shipping over 50 €', orders: 4, discount: eur(1990), revenue: eur(25000) },
    ],
  };
}

/** `GET /admin/stats/top-customers`. */
export function topCustomers() {
  return {
    items: [
      {
        id: 'cus_1',
        name: 'Marie Curie',
        email: 'marie@example.com',
        orders: 3,
        lifetimeValue: eur(125050),
        lastOrderAt: '2026-11-20T09:30:00Z',
      },
    ],
  };
}
