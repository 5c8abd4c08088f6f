import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { StatsRange } from './stats.schemas';

/**
 * Reporting reads across the order, cart and catalog tables, in SQL: aggregates belong in the database, and
 * going through each module's services would carry every row into the process. Read-only; nothing here writes.
 *
 * A range is days in the store's time zone: from `from` 00:00 to the end of `to`, local time, so a sale at
 * 23:30 in Paris belongs to that Paris day whatever UTC says.
 */
function bounds(range: StatsRange, timezone: string): SQL {
  return sql`(select (${range.from}::date)::timestamp at time zone ${timezone} as lo,
                     (${range.to}::date + 1)::timestamp at time zone ${timezone} as hi)`;
}

export interface KpiRow {
  orders: number;
  gross: number;
  tax: number;
  shipping: number;
  items: number;
  refunds: number;
  shoppers: number;
  newShoppers: number;
  carts: number;
  abandoned: number;
  abandonedValue: number;
}

export async function readKpis(db: DbOrTx, range: StatsRange, timezone: string): Promise<KpiRow> {
  // Every part reads an index: orders_stats_idx for the range (index-only), orders_shopper_idx for one probe
  // per shopper ("ordered before?"), refunds_created_idx, carts_created_idx, and the purged carts' slots.
  const result = await db.execute<Record<keyof KpiRow, string | number>>(sql`
    with b as ${bounds(range, timezone)},
    counted as (
      select o.total, o.tax_total, o.shipping_total, o.item_count, coalesce(o.customer_id, lower(o.email)) as shopper
      from orders o, b where o.placed_at >= b.lo and o.placed_at < b.hi and o.status <> 'cancelled'),
    shoppers as (select distinct shopper from counted),
    returning_shoppers as (
      select count(*) as n from shoppers s, b
      where exists (select 1 from orders e
                    where coalesce(e.customer_id, lower(e.email)) = s.shopper and e.status <> 'cancelled'
                      and e.placed_at < b.lo)),
    range_carts as (select c.id, c.completed_at, c.created_at from carts c, b where c.created_at >= b.lo and c.created_at < b.hi),
    abandoned as (
      select c.id, sum(i.quantity * v.price) as value
      from range_carts c join cart_items i on i.cart_id = c.id join product_variants v on v.id = i.variant_id
      where c.completed_at is null and c.created_at < now() - interval '1 hour'
      group by c.id),
    purged as (
      select coalesce(sum(p.carts), 0) as carts, coalesce(sum(p.abandoned), 0) as abandoned,
             coalesce(sum(p.abandoned_value), 0) as value
      from purged_cart_stats p, b where p.slot >= b.lo and p.slot < b.hi),
    totals as (
      select count(*) as orders, coalesce(sum(total), 0) as gross, coalesce(sum(tax_total), 0) as tax,
             coalesce(sum(shipping_total), 0) as shipping, coalesce(sum(item_count), 0) as items
      from counted)
    select
      t.orders, t.gross, t.tax, t.shipping, t.items,
      (select coalesce(sum(r.amount), 0) from refunds r join orders o on o.id = r.order_id, b
        where r.created_at >= b.lo and r.created_at < b.hi and o.status <> 'cancelled') as refunds,
      (select count(*) from shoppers) as shoppers,
      (select count(*) from shoppers) - (select n from returning_shoppers) as "newShoppers",
      (select count(*) from range_carts) + (select carts from purged) as carts,
      (select count(*) from abandoned) + (select abandoned from purged) as abandoned,
      (select coalesce(sum(value), 0) from abandoned) + (select value from purged) as "abandonedValue"
    from totals t`);
  const row = result.rows[0];
  if (!row) throw new Error('the statistics query returned nothing');
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, Number(value)]),
  ) as unknown as KpiRow;
}

export interface SeriesRow {
  period: string;
  orders: number;
  gross: number;
  items: number;
}

export async function readSalesSeries(
  db: DbOrTx,
  range: StatsRange,
  timezone: string,
  interval: 'day' | 'week' | 'month',
): Promise<SeriesRow[]> {
  const result = await db.execute<{ period: string; orders: string; gross: string; items: string }>(sql`
    with b as ${bounds(range, timezone)},
    counted as (
      select o.total, o.item_count, date_trunc(${interval}, o.placed_at at time zone ${timezone})::date as period
      from orders o, b where o.placed_at >= b.lo and o.placed_at < b.hi and o.status <> 'cancelled'),
    periods as (
      select generate_series(date_trunc(${interval}, ${range.from}::date::timestamp),
                             ${range.to}::date::timestamp, ('1 ' || ${interval})::interval)::date as period),
    sums as (select period, count(*) as orders, sum(total) as gross, sum(item_count) as items from counted group by period)
    select to_char(p.period, 'YYYY-MM-DD') as period, coalesce(s.orders, 0) as orders, coalesce(s.gross, 0) as gross,
           coalesce(s.items, 0) as items
    from periods p left join sums s on s.period = p.period
    order by p.period`);
  return result.rows.map((row) => ({
    period: row.period,
    orders: Number(row.orders),
    gross: Number(row.gross),
    items: Number(row.items),
  }));
}

export interface BestSellerRow {
  productId: string | null;
  title: string;
  units: number;
  revenue: number;
}

export async function readBestSellers(
  db: DbOrTx,
  range: StatsRange,
  timezone: string,
  by: 'units' | 'revenue',
  limit: number,
): Promise<BestSellerRow[]> {
  const order = by === 'units' ? sql`units desc, revenue desc` : sql`revenue desc, units desc`;
  const result = await db.execute<{
    productId: string | null;
    title: string;
    units: string;
    revenue: string;
  }>(sql`
    with b as ${bounds(range, timezone)}
    select l.product_id as "productId", max(l.title) as title, sum(l.quantity) as units, sum(l.total) as revenue
    from order_lines l join orders o on o.id = l.order_id, b
    where o.placed_at >= b.lo and o.placed_at < b.hi and o.status <> 'cancelled'
    group by l.product_id, case when l.product_id is null then l.title end
    order by ${order}, max(l.title)
    limit ${limit}`);
  return result.rows.map((row) => ({
    productId: row.productId,
    title: row.title,
    units: Number(row.units),
    revenue: Number(row.revenue),
  }));
}

export interface BreakdownRow {
  key: string | null;
  label: string;
  orders: number;
  units: number;
  revenue: number;
}

const toBreakdown = (rows: Record<string, unknown>[]): BreakdownRow[] =>
  rows.map((row) => ({
    key: (row.key as string | null) ?? null,
    label: String(row.label ?? ''),
    orders: Number(row.orders ?? 0),
    units: Number(row.units ?? 0),
    revenue: Number(row.revenue ?? 0),
  }));

/** Categories by the revenue of their products' lines (a product in two categories counts in both). */
export async function readCategorySales(
  db: DbOrTx,
  range: StatsRange,
  timezone: string,
  limit: number,
): Promise<BreakdownRow[]> {
  const result = await db.execute(sql`
    with b as ${bounds(range, timezone)}
    , lines as (
      select l.order_id, l.product_id, l.quantity, l.total
      from orders o join order_lines l on l.order_id = o.id, b
      where o.placed_at >= b.lo and o.placed_at < b.hi and o.status <> 'cancelled' and l.product_id is not null)
    , per_order as (
      select pc.category_id, l.order_id, sum(l.quantity) as units, sum(l.total) as revenue
      from lines l join product_categories pc on pc.product_id = l.product_id
      group by pc.category_id, l.order_id)
    select c.id as key, c.name as label, count(*) as orders, sum(p.units) as units, sum(p.revenue) as revenue
    from per_order p join categories c on c.id = p.category_id
    group by c.id, c.name
    order by revenue desc, c.name
    limit ${limit}`);
  return toBreakdown(result.rows);
}

/** Orders and revenue by shipping country. */
export async function readCountrySales(
  db: DbOrTx,
  range: StatsRange,
  timezone: string,
): Promise<BreakdownRow[]> {
  const result = await db.execute(sql`
    with b as ${bounds(range, timezone)}
    , counted as (
      select o.ship_country as country, o.total, o.item_count as units
      from orders o, b
      where o.placed_at >= b.lo and o.placed_at < b.hi and o.status <> 'cancelled')
    select country as key, country as label, count(*) as orders, sum(units) as units, sum(total) as revenue
    from counted
    group by country
    order by revenue desc, key`);
  return toBreakdown(result.rows);
}

/** Each discount code (and automatic promotion) used in the range: orders, discount given, their revenue. */
export async function readDiscountUse(
  db: DbOrTx,
  range: StatsRange,
  timezone: string,
): Promise<{ code: string | null; name: string; orders: number; discount: number; revenue: number }[]> {
  const result = await db.execute<{
    code: string | null;
    name: string;
    orders: string;
    discount: string;
    revenue: string;
  }>(sql`
    with b as ${bounds(range, timezone)}
    select d->>'code' as code, max(d->>'name') as name, count(distinct o.id) as orders,
           sum((d->>'amount')::bigint) as discount, sum(o.total) as revenue
    from orders o cross join lateral jsonb_array_elements(o.discounts) as d, b
    where o.placed_at >= b.lo and o.placed_at < b.hi and o.status <> 'cancelled' and o.discounts <> '[]'::jsonb
    group by d->>'promotionId', d->>'code'
    order by discount desc, name`);
  return result.rows.map((row) => ({
    code: row.code,
    name: row.name,
    orders: Number(row.orders),
    discount: Number(row.discount),
    revenue: Number(row.revenue),
  }));
}

/** Registered customers by lifetime value (all their orders, cancelled left out, refunds taken off) or count. */
export async function readTopCustomers(
  db: DbOrTx,
  by: 'value' | 'orders',
  limit: number,
): Promise<{ id: string; name: string; email: string; orders: number; value: number; lastOrderAt: Date }[]> {
  const order = by === 'orders' ? sql`orders desc, value desc` : sql`value desc, orders desc`;
  const result = await db.execute<{
    id: string;
    name: string;
    email: string;
    orders: string;
    value: string;
    lastOrderAt: Date;
  }>(sql`
    with per as (
      select o.customer_id, count(*) as orders, sum(o.total) as total, max(o.placed_at) as last
      from orders o where o.customer_id is not null and o.status <> 'cancelled' group by o.customer_id),
    refunded as (
      select o.customer_id, sum(r.amount) as amount
      from refunds r join orders o on o.id = r.order_id
      where o.customer_id is not null and o.status <> 'cancelled' group by o.customer_id),
    ranked as (
      select per.customer_id, per.orders, per.total - coalesce(refunded.amount, 0) as value, per.last
      from per left join refunded on refunded.customer_id = per.customer_id
      order by ${order}, per.customer_id
      limit ${limit})
    select c.id, trim(c.first_name || ' ' || c.last_name) as name, c.email, ranked.orders, ranked.value,
           ranked.last as "lastOrderAt"
    from ranked join customers c on c.id = ranked.customer_id
    order by ${order}, c.id`);
  return result.rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    orders: Number(row.orders),
    value: Number(row.value),
    lastOrderAt: new Date(row.lastOrderAt),
  }));
}
