import type { Database } from '../../db/client';
import { divideRounded, money } from '../../shared/money';
import { getAdminSettings } from '../settings';
import * as repository from './stats.repository';
import type {
  BestSellers,
  Breakdown,
  DiscountReport,
  SalesSeries,
  StatsRange,
  StatsSummary,
  TopCustomers,
} from './stats.schemas';

const dayMs = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The period of the same length just before a range (both ends included). */
export function previousRange(range: StatsRange): StatsRange {
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const to = Date.parse(`${range.to}T00:00:00Z`);
  const days = Math.round((to - from) / dayMs) + 1;
  return { from: isoDay(from - days * dayMs), to: isoDay(from - dayMs) };
}

function toKpis(row: repository.KpiRow, currency: string): StatsSummary['current']['kpis'] {
  const m = (amount: number) => money(amount, currency);
  return {
    orders: row.orders,
    grossRevenue: m(row.gross),
    refunds: m(row.refunds),
    netRevenue: m(row.gross - row.refunds),
    tax: m(row.tax),
    shipping: m(row.shipping),
    averageOrderValue: m(row.orders > 0 ? divideRounded(row.gross, row.orders) : 0),
    itemsSold: row.items,
    newCustomers: row.newShoppers,
    returningCustomers: row.shoppers - row.newShoppers,
    carts: row.carts,
    conversionRate: row.carts > 0 ? Math.round((row.orders / row.carts) * 10_000) / 10_000 : 0,
    abandonedCarts: { count: row.abandoned, value: m(row.abandonedValue) },
  };
}

/** The dashboard's figures for a range of local days, with the period just before for comparison. */
export async function getStatsSummary(db: Database, range: StatsRange): Promise<StatsSummary> {
  const { timezone, currency } = await getAdminSettings(db);
  const previous = previousRange(range);
  const [current, before] = await Promise.all([
    repository.readKpis(db, range, timezone),
    repository.readKpis(db, previous, timezone),
  ]);
  return {
    timezone,
    current: { ...range, kpis: toKpis(current, currency) },
    previous: { ...previous, kpis: toKpis(before, currency) },
  };
}

/** Orders, revenue and units per local day, week (from Monday) or month; every period present. */
export async function getSalesSeries(
  db: Database,
  query: StatsRange & { interval: 'day' | 'week' | 'month' },
): Promise<SalesSeries> {
  const { timezone, currency } = await getAdminSettings(db);
  const rows = await repository.readSalesSeries(db, query, timezone, query.interval);
  return {
    timezone,
    interval: query.interval,
    points: rows.map((row) => ({
      period: row.period,
      orders: row.orders,
      grossRevenue: money(row.gross, currency),
      itemsSold: row.items,
    })),
  };
}

export async function getBestSellers(
  db: Database,
  query: StatsRange & { by: 'units' | 'revenue'; limit: number },
): Promise<BestSellers> {
  const { timezone, currency } = await getAdminSettings(db);
  const rows = await repository.readBestSellers(db, query, timezone, query.by, query.limit);
  return { items: rows.map((row) => ({ ...row, revenue: money(row.revenue, currency) })) };
}

function toBreakdownItems(rows: repository.BreakdownRow[], currency: string): Breakdown {
  return { items: rows.map((row) => ({ ...row, revenue: money(row.revenue, currency) })) };
}

export async function getCategorySales(
  db: Database,
  query: StatsRange & { limit: number },
): Promise<Breakdown> {
  const { timezone, currency } = await getAdminSettings(db);
  return toBreakdownItems(await repository.readCategorySales(db, query, timezone, query.limit), currency);
}

export async function getCountrySales(db: Database, query: StatsRange): Promise<Breakdown> {
  const { timezone, currency } = await getAdminSettings(db);
  return toBreakdownItems(await repository.readCountrySales(db, query, timezone), currency);
}

export async function getDiscountReport(db: Database, query: StatsRange): Promise<DiscountReport> {
  const { timezone, currency } = await getAdminSettings(db);
  const rows = await repository.readDiscountUse(db, query, timezone);
  return {
    items: rows.map((row) => ({
      ...row,
      discount: money(row.discount, currency),
      revenue: money(row.revenue, currency),
    })),
  };
}

export async function getTopCustomers(
  db: Database,
  query: { by: 'value' | 'orders'; limit: number },
): Promise<TopCustomers> {
  const { currency } = await getAdminSettings(db);
  const rows = await repository.readTopCustomers(db, query.by, query.limit);
  return {
    items: rows.map(({ value, lastOrderAt, ...row }) => ({
      ...row,
      lifetimeValue: money(value, currency),
      lastOrderAt: lastOrderAt.toISOString(),
    })),
  };
}
