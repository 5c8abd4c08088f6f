import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { registerCustomer, signInEmployee } from '../../../test/factories';
import { customerCartDays, guestCartDays } from '../../flows/housekeeping.flow';
import { purgeStaleCarts } from './carts.service';

let ctx: TestContext;
let variants: { tee: string; mug: string; draft: string; backorder: string };

interface Cart {
  id: string;
  items: {
    id: string;
    variantId: string;
    quantity: number;
    unitPrice: { amount: number };
    lineTotal: { amount: number };
  }[];
  totals: { subtotal: { amount: number; currency: string }; total: { amount: number } };
}

beforeAll(async () => {
  ctx = await buildTestApp();
  const manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
  const create = async (title: string, variant: object, status = 'active') => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/admin/products',
      headers: manager,
      payload: { title, status, variants: [variant] },
    });
    return response.json().variants[0].id as string;
  };
  variants = {
    tee: await create('Cart tee', { sku: 'CART-TEE', price: 1999, stockOnHand: 3 }),
    mug: await create('Cart mug', { sku: 'CART-MUG', price: 850, stockOnHand: 100 }),
    draft: await create('Cart draft', { sku: 'CART-DRAFT', price: 100, stockOnHand: 5 }, 'draft'),
    backorder: await create('Cart print', {
      sku: 'CART-PRINT',
      price: 500,
      stockOnHand: 0,
      allowBackorder: true,
    }),
  };
});
afterAll(async () => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, payload?: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method, url, payload, headers });
const newCart = async (headers: Record<string, string> = {}) => {
  const response = await call('POST', '/store/carts', {}, headers);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Cart>();
};

describe('carts', () => {
  it('adds, merges, changes and removes lines with totals in integer minor units from current prices', async () => {
    const cart = await newCart();
    expect(cart.id).toMatch(/^cart_[A-Za-z0-9_-]{32}$/);
    await call('POST', `/store/carts/${cart.id}/items`, { variantId: variants.tee, quantity: 1 });
    await call('POST', `/store/carts/${cart.id}/items`, { variantId: variants.mug, quantity: 2 });
    const merged = (
      await call('POST', `/store/carts/${cart.id}/items`, { variantId: variants.tee, quantity: 1 })
    ).json<Cart>();
    expect(merged.items.map((item) => [item.variantId, item.quantity, item.lineTotal.amount])).toEqual([
      [variants.tee, 2, 3998],
      [variants.mug, 2, 1700],
    ]);
    expect(merged.totals.subtotal).toEqual({ amount: 5698, currency: 'EUR' });
    expect(merged.totals.total.amount).toBe(5698);

    const mugLine = merged.items[1]?.id;
    const changed = (
      await call('PATCH', `/store/carts/${cart.id}/items/${mugLine}`, { quantity: 5 })
    ).json<Cart>();
    expect(changed.totals.total.amount).toBe(3998 + 4250);
    const removed = (await call('DELETE', `/store/carts/${cart.id}/items/${mugLine}`)).json<Cart>();
    expect(removed.items).toHaveLength(1);
    expect((await call('DELETE', `/store/carts/${cart.id}/items/${mugLine}`)).statusCode).toBe(404);
  });

  it('refuses more than the stock with 409 naming what is left, but allows backorders', async () => {
    const cart = await newCart();
    const tooMany = await call('POST', `/store/carts/${cart.id}/items`, {
      variantId: variants.tee,
      quantity: 4,
    });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json()).toMatchObject({ code: 'insufficient_stock', detail: 'Only 3 of CART-TEE left.' });
    const backordered = await call('POST', `/store/carts/${cart.id}/items`, {
      variantId: variants.backorder,
      quantity: 50,
    });
    expect(backordered.statusCode, backordered.body).toBe(200);
    // Concurrent adds of one variant sum up under the cart lock, and never past the stock.
    const adds = await Promise.all(
      [1, 1, 1, 1].map(() =>
        call('POST', `/store/carts/${cart.id}/items`, { variantId: variants.tee, quantity: 1 }),
      ),
    );
    expect(adds.map((add) => add.statusCode).sort()).toEqual([200, 200, 200, 409]);
    const final = (await call('GET', `/store/carts/${cart.id}`)).json<Cart>();
    expect(final.items.find((item) => item.variantId === variants.tee)?.quantity).toBe(3);
  });

  it('refuses drafts, unknown variants and bad quantities as field errors', async () => {
    const cart = await newCart();
    const draft = await call('POST', `/store/carts/${cart.id}/items`, {
      variantId: variants.draft,
      quantity: 1,
    });
    expect(draft.statusCode).toBe(400);
    expect(draft.json().errors).toEqual([
      { path: 'variantId', message: 'Choose a variant of a product on sale.' },
    ]);
    const zero = await call('POST', `/store/carts/${cart.id}/items`, {
      variantId: variants.mug,
      quantity: 0,
    });
    expect(zero.statusCode).toBe(400);
    expect((await call('GET', '/store/carts/cart_doesnotexist')).statusCode).toBe(404);
  });

  it("keeps a customer's cart to that customer", async () => {
    const alice = await registerCustomer(ctx.app);
    const bob = await registerCustomer(ctx.app);
    const cart = await newCart(alice.headers);
    await call(
      'POST',
      `/store/carts/${cart.id}/items`,
      { variantId: variants.mug, quantity: 1 },
      alice.headers,
    );
    expect((await call('GET', `/store/carts/${cart.id}`, undefined, alice.headers)).statusCode).toBe(200);
    expect((await call('GET', `/store/carts/${cart.id}`, undefined, bob.headers)).statusCode).toBe(404);
    expect((await call('GET', `/store/carts/${cart.id}`)).statusCode).toBe(404);
    const hijack = await call(
      'POST',
      `/store/carts/${cart.id}/items`,
      { variantId: variants.mug, quantity: 1 },
      bob.headers,
    );
    expect(hijack.statusCode).toBe(404);
    // A bad token is refused rather than treated as a guest.
    const forged = await call('GET', `/store/carts/${cart.id}`, undefined, { authorization: 'Bearer nope' });
    expect(forged.statusCode).toBe(401);
    // A guest's cart is usable by whoever holds its id, signed in or not.
    const guest = await newCart();
    expect((await call('GET', `/store/carts/${guest.id}`, undefined, bob.headers)).statusCode).toBe(200);
  });

  it('prices lines from the current catalog', async () => {
    const cart = await newCart();
    await call('POST', `/store/carts/${cart.id}/items`, { variantId: variants.mug, quantity: 2 });
    const manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
    const product = (
      await ctx.app.inject({ method: 'GET', url: '/admin/products?q=CART-MUG', headers: manager })
    ).json().items[0];
    await ctx.app.inject({
      method: 'PATCH',
      url: `/admin/products/${product.id}/variants/${variants.mug}`,
      headers: manager,
      payload: { price: 900 },
    });
    const repriced = (await call('GET', `/store/carts/${cart.id}`)).json<Cart>();
    expect(repriced.items[0]?.unitPrice.amount).toBe(900);
    expect(repriced.totals.total.amount).toBe(1800);
  });

  it('keeps a contact email and addresses (validated, copied, clearable)', async () => {
    const cart = await newCart();
    const address = {
      firstName: 'Léa',
      lastName: 'Moreau',
      line1: '12 rue des Lices',
      city: 'Angers',
      postalCode: '49100',
      country: 'FR',
    };
    const updated = await call('PATCH', `/store/carts/${cart.id}`, {
      email: 'lea@example.test',
      shippingAddress: address,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      email: 'lea@example.test',
      shippingAddress: { ...address, company: null, line2: null, region: null, phone: null },
      billingAddress: null,
    });
    const invalid = await call('PATCH', `/store/carts/${cart.id}`, {
      shippingAddress: { ...address, country: 'XX' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].path).toBe('shippingAddress.country');
    const cleared = await call('PATCH', `/store/carts/${cart.id}`, { shippingAddress: null });
    expect(cleared.json()).toMatchObject({ email: 'lea@example.test', shippingAddress: null });
  });

  it("merges a guest cart into the customer's cart when they sign in, within the stock", async () => {
    const customer = await registerCustomer(ctx.app);
    const own = await newCart(customer.headers);
    await call(
      'POST',
      `/store/carts/${own.id}/items`,
      { variantId: variants.tee, quantity: 2 },
      customer.headers,
    );
    const guest = await newCart();
    await call('POST', `/store/carts/${guest.id}/items`, { variantId: variants.tee, quantity: 2 });
    await call('POST', `/store/carts/${guest.id}/items`, { variantId: variants.mug, quantity: 1 });

    expect((await call('POST', `/store/carts/${guest.id}/claim`)).statusCode).toBe(401);
    const merged = await call('POST', `/store/carts/${guest.id}/claim`, undefined, customer.headers);
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json<Cart>().id).toBe(own.id);
    // 2 + 2 tees, but only 3 in stock; the mug joins.
    expect(merged.json<Cart>().items.map((item) => [item.variantId, item.quantity])).toEqual([
      [variants.tee, 3],
      [variants.mug, 1],
    ]);
    expect((await call('GET', `/store/carts/${guest.id}`)).statusCode).toBe(404);
    expect((await call('GET', '/store/me/cart', undefined, customer.headers)).json<Cart>().id).toBe(own.id);

    // A customer without a cart simply takes the guest cart over; nobody else can claim it afterwards.
    const newcomer = await registerCustomer(ctx.app);
    expect((await call('GET', '/store/me/cart', undefined, newcomer.headers)).statusCode).toBe(404);
    const another = await newCart();
    const taken = await call('POST', `/store/carts/${another.id}/claim`, undefined, newcomer.headers);
    expect(taken.json<Cart>().id).toBe(another.id);
    expect(
      (await call('POST', `/store/carts/${another.id}/claim`, undefined, customer.headers)).statusCode,
    ).toBe(404);
  });

  it('stale carts are purged: guests after 30 days untouched, customers after 180, ordered ones after a day', async () => {
    const customer = await registerCustomer(ctx.app);
    const guest = await newCart();
    const recentGuest = await newCart();
    const owned = await newCart(customer.headers);
    await ctx.database.pool.query(
      "update carts set updated_at = now() - interval '31 days' where id = any($1)",
      [[guest.id, owned.id]],
    );
    expect(
      await purgeStaleCarts(ctx.database.db, { guestDays: guestCartDays, customerDays: customerCartDays }),
    ).toBe(1);
    expect((await call('GET', `/store/carts/${guest.id}`)).statusCode).toBe(404);
    expect((await call('GET', `/store/carts/${recentGuest.id}`)).statusCode).toBe(200);
    expect((await call('GET', `/store/carts/${owned.id}`, undefined, customer.headers)).statusCode).toBe(200);
  });
});
