import { randomUUID } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client';
import { listShippingOptions } from '../flows/cart-pricing.flow';
import { checkout } from '../flows/checkout.flow';
import {
  cancelOrder,
  deliverShipment,
  markOrderPaid,
  type OrderActor,
  refundOrder,
  shipOrder,
} from '../flows/order-operations.flow';
import {
  approveReturn,
  receiveReturn,
  refundReturn,
  refuseReturn,
  requestReturn,
} from '../flows/returns.flow';
import { addCartItem, addDiscountCode, createCart, updateCart } from '../modules/carts/carts.service';
import { products, productVariants } from '../modules/catalog/catalog.tables';
import { createCustomer } from '../modules/customers';
import type { MediaStorage } from '../modules/media/media-storage';
import { getAdminOrder } from '../modules/orders';
import { getAdminSettings } from '../modules/settings';
import type { Random } from './random';

const day = 24 * 60 * 60 * 1000;
const firstNames = [
  'Camille',
  'Léa',
  'Hugo',
  'Louis',
  'Chloé',
  'Manon',
  'Lucas',
  'Inès',
  'Jules',
  'Emma',
  'Noah',
  'Zoé',
  'Anna',
  'Paul',
  'Lena',
  'Felix',
  'Sofia',
  'Marco',
  'Lucía',
  'Pablo',
];
const lastNames = [
  'Martin',
  'Bernard',
  'Dubois',
  'Moreau',
  'Laurent',
  'Girard',
  'Lefèvre',
  'Roux',
  'Fournier',
  'Müller',
  'Schmidt',
  'Rossi',
  'García',
  'Janssens',
  'Peeters',
  'Fontaine',
];
const places = [
  { country: 'FR', city: 'Paris', postalCode: '75011', weight: 40 },
  { country: 'FR', city: 'Lyon', postalCode: '69002', weight: 15 },
  { country: 'FR', city: 'Bordeaux', postalCode: '33000', weight: 10 },
  { country: 'FR', city: 'Nantes', postalCode: '44000', weight: 8 },
  { country: 'BE', city: 'Bruxelles', postalCode: '1000', weight: 8 },
  { country: 'DE', city: 'Berlin', postalCode: '10115', weight: 8 },
  { country: 'IT', city: 'Milano', postalCode: '20121', weight: 5 },
  { country: 'ES', city: 'Madrid', postalCode: '28013', weight: 6 },
] as const;
const streets = [
  'rue de la République',
  'avenue Jean Jaurès',
  'rue Victor Hugo',
  'boulevard Voltaire',
  'rue du Marché',
];
const carriers = ['Colissimo', 'Chronopost', 'DHL', 'UPS'];

export interface DemoOrdersSummary {
  customers: number;
  orders: number;
}

interface Shopper {
  customerId: string | null;
  email: string;
  firstName: string;
  lastName: string;
  place: (typeof places)[number];
  line1: string;
}

function weightedPlace(random: Random): (typeof places)[number] {
  const total = places.reduce((sum, place) => sum + place.weight, 0);
  let roll = random.next() * total;
  for (const place of places) {
    roll -= place.weight;
    if (roll < 0) return place;
  }
  return places[0];
}

/**
 * A year of orders for the demo store, placed and handled through the same flows as the API (carts, checkout,
 * payments, shipments, deliveries, cancellations, refunds, returns), so every figure is consistent: stock
 * ledger, totals, invoices, credit notes, timelines. The flows stamp everything "now"; at the end each order's
 * timestamps are moved back to its simulated day (placed at its date, shipped a day later, delivered three
 * days after that), which is the only thing done in SQL. Deterministic for a given random seed.
 */
export async function seedDemoOrders(
  ctx: {
    db: Database;
    media: MediaStorage;
    links: { storefrontUrl: string; orderLinkSecret: string };
    log: FastifyBaseLogger;
  },
  random: Random,
  options: { orders: number; customers: number; now?: Date },
): Promise<DemoOrdersSummary> {
  const { db, media, links } = ctx;
  const now = options.now ?? new Date();
  const settings = await getAdminSettings(db);
  const staff: OrderActor = { id: 'system', name: 'Demo data' };
  const opLinks = { ...links, storeName: settings.name };

  const shoppers: Shopper[] = [];
  for (let index = 0; index < options.customers; index++) {
    const firstName = random.pick(firstNames);
    const lastName = random.pick(lastNames);
    const email = `${firstName}.${lastName}.${index}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9.]/g, '');
    const customer = await createCustomer(db, {
      email: `${email}@customers.example`,
      password: randomUUID(),
      firstName,
      lastName,
    });
    shoppers.push({
      customerId: customer.id,
      email: customer.email,
      firstName,
      lastName,
      place: weightedPlace(random),
      line1: `${random.int(1, 120)} ${random.pick(streets)}`,
    });
  }

  const variants = await db
    .select({ id: productVariants.id })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(products.status, 'active'), gt(productVariants.stockOnHand, 20)))
    .orderBy(productVariants.id)
    .limit(400);
  if (variants.length === 0 || options.orders === 0) return { customers: shoppers.length, orders: 0 };

  // Loyal customers order more: a few shoppers get most of the registered orders.
  const pickShopper = (): Shopper => {
    if (shoppers.length === 0 || random.next() < 0.3) {
      const firstName = random.pick(firstNames);
      const lastName = random.pick(lastNames);
      return {
        customerId: null,
        email: `guest.${random.int(1, 1_000_000)}@guests.example`,
        firstName,
        lastName,
        place: weightedPlace(random),
        line1: `${random.int(1, 120)} ${random.pick(streets)}`,
      };
    }
    const index = Math.floor(shoppers.length * random.next() ** 2);
    return shoppers[index] ?? random.pick(shoppers);
  };

  const placed: { orderId: string; at: Date }[] = [];
  const start = now.getTime() - 365 * day;
  for (let index = 0; index < options.orders; index++) {
    // A steady rhythm over the year with jitter; the last 5 % in the last three days, so that the back-office
    // has orders waiting for a payment, a capture or a shipment.
    const recent = index >= options.orders * 0.95;
    const at = recent
      ? new Date(
          now.getTime() -
            3 * day +
            ((index - options.orders * 0.95 + random.next()) / (options.orders * 0.05)) * 3 * day,
        )
      : new Date(start + ((index + random.next()) / (options.orders * 0.95)) * 362 * day);
    const age = (now.getTime() - at.getTime()) / day;
    const shopper = pickShopper();
    const cartId = await createCart(db, {
      customerId: shopper.customerId,
      email: shopper.email,
      currency: settings.currency,
    });
    const lines = random.int(1, 3);
    for (let line = 0; line < lines; line++)
      await addCartItem(db, cartId, shopper.customerId, {
        variantId: random.pick(variants).id,
        quantity: random.int(1, 2),
      });
    const address = {
      firstName: shopper.firstName,
      lastName: shopper.lastName,
      line1: shopper.line1,
      city: shopper.place.city,
      postalCode: shopper.place.postalCode,
      country: shopper.place.country,
    };
    await updateCart(db, cartId, shopper.customerId, { email: shopper.email, shippingAddress: address });
    const options_ = await listShippingOptions(db, media, settings, cartId, shopper.customerId);
    const method = options_.items[random.next() < 0.8 ? 0 : options_.items.length - 1];
    if (!method) continue;
    await updateCart(db, cartId, shopper.customerId, { shippingMethodId: method.id });
    if (random.next() < 0.1)
      await addDiscountCode(db, cartId, random.next() < 0.5 ? 'WELCOME10' : 'FREESHIP').catch(
        () => undefined,
      );
    const manual = random.next() < 0.15;
    let orderId: string;
    try {
      const order = await checkout(
        { db, media, settings, ...links, log: ctx.log },
        {
          cartId,
          customer: shopper.customerId
            ? { id: shopper.customerId, email: shopper.email, firstName: shopper.firstName }
            : null,
          idempotencyKey: null,
          // Demo shoppers accept the terms whenever the demo store asks for them.
          acceptTerms: true,
          payment: manual
            ? { provider: 'manual' }
            : {
                provider: 'test-card',
                card: {
                  number: '4242424242424242',
                  expMonth: 12,
                  expYear: now.getFullYear() + 3,
                  cvc: '123',
                  name: `${shopper.firstName} ${shopper.lastName}`,
                },
              },
        },
      );
      orderId = order.id;
    } catch {
      continue; // a code refused or stock gone: a shopper who gave up.
    }
    placed.push({ orderId, at });
    await handle(orderId, age, manual);
  }

  async function handle(orderId: string, age: number, manual: boolean): Promise<void> {
    const roll = random.next();
    if (age > 2 && roll < 0.04) {
      await cancelOrder(db, orderId, staff, { reason: 'Customer asked to cancel', restock: true });
      return;
    }
    if (manual) {
      if (age < 3) return; // still awaiting the transfer
      await markOrderPaid(db, orderId, staff, 'Bank transfer received');
    }
    if (age < 1) return;
    const order = await getAdminOrder(db, orderId);
    await shipOrder(
      db,
      orderId,
      staff,
      {
        carrier: random.pick(carriers),
        trackingNumber: `TRK${random.int(100000, 999999)}`,
        notifyCustomer: false,
      },
      opLinks,
    );
    if (age < 5) return;
    const shipped = await getAdminOrder(db, orderId);
    for (const shipment of shipped.shipments) await deliverShipment(db, orderId, shipment.id, staff);
    if (age < 20) return;
    const after = random.next();
    const [line] = order.items;
    if (!line) return;
    if (after < 0.05) {
      await refundOrder(db, orderId, staff, {
        reason: 'Late delivery: a gesture',
        amount: Math.min(500, order.totals.total.amount),
        restock: false,
      });
    } else if (after < 0.1) {
      await requestReturn(
        db,
        links,
        orderId,
        { customerId: null, name: order.email },
        {
          items: [{ lineId: line.id, quantity: 1 }],
          reason: random.pick(['damaged', 'does_not_fit', 'changed_mind'] as const),
        },
      );
      const [request] = (await getAdminOrder(db, orderId)).returns;
      if (!request) return;
      if (after < 0.085) {
        await approveReturn(db, links, request.id, staff);
        await receiveReturn(db, links, request.id, staff);
        await refundReturn(db, links, request.id, staff, { restock: true });
      } else {
        await refuseReturn(db, links, request.id, staff, 'Outside our returns policy for used items.');
      }
    }
  }

  await backdate(db, placed);
  return { customers: shoppers.length, orders: placed.length };
}

/** Moves each order's timestamps to its simulated day (the flows stamped them all "now"). */
async function backdate(db: Database, placed: { orderId: string; at: Date }[]): Promise<void> {
  if (placed.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`create temporary table seed_shift (order_id text primary key, shift interval) on commit drop`,
    );
    await tx.execute(sql`
      insert into seed_shift
      select o.id, x.at - o.placed_at
      from jsonb_to_recordset(${JSON.stringify(placed)}::jsonb) as x("orderId" text, at timestamptz)
      join orders o on o.id = x."orderId"`);
    await tx.execute(
      sql`update orders o set placed_at = o.placed_at + s.shift, updated_at = o.updated_at + s.shift from seed_shift s where s.order_id = o.id`,
    );
    await tx.execute(
      sql`update payments p set created_at = p.created_at + s.shift, updated_at = p.updated_at + s.shift from seed_shift s where s.order_id = p.order_id`,
    );
    await tx.execute(
      sql`update shipments p set shipped_at = p.shipped_at + s.shift + interval '1 day', delivered_at = p.delivered_at + s.shift + interval '4 days' from seed_shift s where s.order_id = p.order_id`,
    );
    await tx.execute(sql`update order_events e set created_at = e.created_at + s.shift + case
        when e.kind in ('shipped') then interval '1 day'
        when e.kind in ('delivered', 'completed') then interval '4 days'
        when e.kind like 'return%' or e.kind = 'refunded' then interval '12 days'
        else interval '0' end
      from seed_shift s where s.order_id = e.order_id`);
    await tx.execute(
      sql`update refunds r set created_at = r.created_at + s.shift + interval '12 days' from seed_shift s where s.order_id = r.order_id`,
    );
    await tx.execute(
      sql`update order_returns r set created_at = r.created_at + s.shift + interval '10 days', updated_at = r.updated_at + s.shift + interval '12 days' from seed_shift s where s.order_id = r.order_id`,
    );
    await tx.execute(
      sql`update invoices i set issued_at = i.issued_at + s.shift from seed_shift s where s.order_id = i.order_id`,
    );
    await tx.execute(
      sql`update credit_notes c set issued_at = c.issued_at + s.shift + interval '12 days' from seed_shift s where s.order_id = c.order_id`,
    );
    await tx.execute(
      sql`update stock_movements m set created_at = m.created_at + s.shift from seed_shift s where s.order_id = m.order_id`,
    );
    await tx.execute(
      sql`update carts c set created_at = o.placed_at, updated_at = o.placed_at, completed_at = o.placed_at from orders o join seed_shift s on s.order_id = o.id where c.id = o.cart_id`,
    );
    // A customer's account is older than their first order.
    await tx.execute(sql`update customers c set created_at = least(c.created_at, f.first - interval '1 hour') from (
        select customer_id, min(placed_at) as first from orders where customer_id is not null group by customer_id) f
      where f.customer_id = c.id`);
  });
}
