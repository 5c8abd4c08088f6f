import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';

const batchSize = 50_000;

/** The variants bulk orders buy from (the first 2 000 active ones, in id order). */
const pickable = sql`
  select v.id, v.product_id, p.handle, v.sku, p.title, v.price,
         coalesce((select string_agg(value, ' / ' order by key) from jsonb_each_text(v.option_values)), 'Default')
           as variant_title
  from product_variants v join products p on p.id = v.product_id
  where p.status = 'active'
  order by v.id`;

/**
 * Adds `count` orders over the past year for performance work (`pnpm --filter @comptoir/api seed --orders N`,
 * and `pnpm bench`): what is measured is the back-office's reading of a big store, not how orders are made, so
 * they are written straight into the tables with set-based SQL (PostgreSQL generates the rows) in batches of
 * 50 000 — a million orders in a few minutes instead of days of checkouts.
 *
 * The orders look like a real year: 1 to 3 lines of the store's active variants (a few best sellers sell far
 * more), one registered customer in two (a customer per 8 orders, created here with an unusable password),
 * guests otherwise, shipping to eight countries, prices including 20 % VAT, one order in ten with a code, a
 * status mix (completed, to ship, awaiting a bank transfer, cancelled, refunded in part), a captured payment
 * and, for the refunded ones, a refund a week later. Numbers come from the order sequence, like any order.
 */
export async function seedBulkOrders(
  db: Database,
  count: number,
  onProgress: (done: number) => void = () => {},
): Promise<number> {
  const run = randomBytes(4).toString('hex');
  const variants = Number(
    (await db.execute<{ n: string }>(sql`select count(*) as n from (${pickable} limit 2000) as v`)).rows[0]
      ?.n ?? 0,
  );
  if (variants === 0) throw new Error('bulk orders need active products: seed the catalog first');

  // A customer per 8 orders; they cannot sign in (the hash matches no password).
  const customerCount = Math.max(1, Math.ceil(count / 8));
  await db.execute(sql`
    insert into customers (id, email, password_hash, first_name, last_name, created_at)
    select 'cus_b' || ${run} || '_' || n, 'buyer' || n || '.' || ${run} || '@bulk.example', '!unusable',
           (array['Camille','Hugo','Léa','Louis','Emma','Noah','Zoé','Paul'])[1 + n % 8],
           (array['Martin','Bernard','Dubois','Moreau','Roux','Müller'])[1 + n % 6],
           now() - interval '400 days'
    from generate_series(1, ${customerCount}::int) as n`);

  for (let start = 1; start <= count; start += batchSize) {
    const end = Math.min(count, start + batchSize - 1);
    // Each order's lines (1 to 3): the same rows for its totals and for the line inserts.
    const picked = sql`
      generate_series(${start}::int, ${end}::int) as n
      cross join lateral generate_series(0, (n * 7) % 3) as p
      cross join lateral (select 1 + ((n + p) * 13) % 3 as q,
        -- Skewed: a third of the lines go to the first 20 variants.
        case when (n + p) % 3 = 0 then (n * 31 + p) % least(20, ${variants}::int)
             else (n::bigint * 7919 + p * 104729) % ${variants}::int end as k) as pick
      join (select row_number() over () - 1 as k, * from (${pickable} limit ${variants}) as b) as v
        on v.k = pick.k`;
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        with sums as (select n, sum(v.price * q) as subtotal, sum(q) as units from ${picked} group by n),
        shaped as (
          select n, subtotal, units,
                 case when n % 10 = 0 then subtotal / 10 else 0 end as discount,
                 case when subtotal >= 10000 then 0 else 490 end as shipping,
                 (array['completed','completed','completed','completed','confirmed','completed','pending',
                        'cancelled','completed','completed','completed','completed'])[1 + n % 12] as status,
                 (array['FR','FR','FR','FR','BE','DE','ES','IT','CH','NL','FR','GB'])[1 + (n / 3) % 12] as country,
                 now() - make_interval(secs => (1 - (n::double precision / ${count})) * 364 * 86400
                                              + (n::bigint * 7907) % 3600) as placed_at
          from sums)
        insert into orders (id, number, customer_id, email, currency, status, payment_status, fulfillment_status,
          shipping_address, billing_address, shipping_method, discounts, tax_lines, tax_included, subtotal,
          discount_total, shipping_total, tax_total, total, item_count, cart_id, placed_at, updated_at)
        select 'ord_b' || ${run} || '_' || n, nextval('order_numbers'),
               case when n % 2 = 0 then 'cus_b' || ${run} || '_' || (1 + (n / 2) % ${customerCount}::int) end,
               case when n % 2 = 0 then 'buyer' || (1 + (n / 2) % ${customerCount}::int) || '.' || ${run} || '@bulk.example'
                    else lower((array['martin','bernard','dubois','moreau','roux','muller'])[1 + n % 6]) || '.' || n
                         || '.' || ${run} || '@bulk.example' end,
               'EUR', status,
               case status when 'pending' then 'awaiting_payment' when 'cancelled' then 'voided'
                           else case when n % 50 = 3 then 'partially_refunded' else 'paid' end end,
               case status when 'completed' then 'fulfilled' else 'unfulfilled' end,
               address, address,
               jsonb_build_object('id', 'bulk', 'name', 'Colissimo', 'estimate', '2–3 days'),
               case when discount > 0 then jsonb_build_array(jsonb_build_object('promotionId', 'promo_bulk',
                 'code', 'BULK10', 'name', '10 % off', 'amount', discount)) else '[]'::jsonb end,
               jsonb_build_array(jsonb_build_object('name', 'VAT', 'rate', 2000,
                 'amount', round((subtotal - discount + shipping) / 6.0)::int)),
               true, subtotal, discount, shipping, round((subtotal - discount + shipping) / 6.0)::int,
               subtotal - discount + shipping, units, 'cart_b' || ${run} || '_' || n, placed_at, placed_at
        from shaped
        cross join lateral (select jsonb_build_object(
          'firstName', (array['Camille','Hugo','Léa','Louis','Emma','Noah','Zoé','Paul'])[1 + n % 8],
          'lastName', (array['Martin','Bernard','Dubois','Moreau','Roux','Müller'])[1 + n % 6], 'company', null,
          'line1', n || ' rue du Marché', 'line2', null, 'city', 'Lyon', 'postalCode', '69002', 'region', null,
          'country', country, 'phone', null) as address) as a`);
      await tx.execute(sql`
        insert into order_lines (id, order_id, variant_id, product_id, product_handle, sku, title, variant_title,
          quantity, unit_price, discount, tax, tax_rate, total, position)
        select 'oline_b' || ${run} || '_' || n || '_' || p, 'ord_b' || ${run} || '_' || n, v.id, v.product_id,
               v.handle, v.sku, v.title, v.variant_title, q, v.price, 0, round(v.price * q / 6.0)::int, 2000,
               v.price * q, p
        from ${picked}`);
      await tx.execute(sql`
        insert into payments (id, order_id, provider, status, amount, captured_amount, refunded_amount, currency,
          card_brand, card_last4, created_at, updated_at)
        select 'pay_b' || ${run} || '_' || substr(o.id, length('ord_b' || ${run} || '_') + 1), o.id,
               case o.status when 'pending' then 'manual' else 'test-card' end,
               case o.status when 'pending' then 'pending' when 'cancelled' then 'voided' else 'captured' end,
               o.total, case when o.status in ('pending', 'cancelled') then 0 else o.total end,
               case when o.payment_status = 'partially_refunded' then o.total / 4 else 0 end, 'EUR',
               'visa', '4242', o.placed_at, o.placed_at
        from orders o
        where o.id in (select 'ord_b' || ${run} || '_' || n from generate_series(${start}::int, ${end}::int) as n)`);
      await tx.execute(sql`
        insert into refunds (id, order_id, payment_id, amount, reason, lines, restocked, actor_name, created_at)
        select 're_b' || substr(p.id, 4), p.order_id, p.id, p.refunded_amount, 'Damaged in transit', '[]'::jsonb,
               false, 'Bulk seed', least(now(), p.created_at + interval '7 days')
        from payments p
        where p.refunded_amount > 0
          and p.order_id in (select 'ord_b' || ${run} || '_' || n from generate_series(${start}::int, ${end}::int) as n)`);
    });
    onProgress(end);
  }
  // Fresh statistics and visibility maps, as autovacuum would leave them: index-only scans need the latter.
  await db.execute(sql`vacuum (analyze) customers, orders, order_lines, payments, refunds`);
  return count;
}
