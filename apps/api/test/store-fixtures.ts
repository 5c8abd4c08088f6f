import { randomUUID } from 'node:crypto';
import type { App } from '../src/app';
import type { Database } from '../src/db/client';
import { buildTestApp, type TestContext } from './build-test-app';
import { signInEmployee } from './factories';

/** What the fixtures need of an API: `app.inject`, or `httpClient` for a server on a real port. */
export interface ApiClient {
  inject(options: {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    headers?: Record<string, string>;
    payload?: object;
  }): Promise<{ statusCode: number; body: string; json<T>(): T }>;
}

/** An ApiClient over HTTP, for API processes started by a test. */
export function httpClient(baseUrl: string): ApiClient {
  return {
    async inject({ method, url, headers, payload }) {
      const response = await fetch(`${baseUrl}${url}`, {
        method,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(payload ? { body: JSON.stringify(payload) } : {}),
      });
      const body = await response.text();
      return { statusCode: response.status, body, json: <T>() => JSON.parse(body) as T };
    },
  };
}

/** An employee's auth headers for setting up a store through the Admin API. */
export async function ownerHeaders(app: App, db: Database): Promise<Record<string, string>> {
  return (await signInEmployee(app, db, 'owner')).headers;
}

async function expectStatus(response: { statusCode: number; body: string; json<T>(): T }, status: number) {
  if (response.statusCode !== status)
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return response;
}

/** Creates an active product with one variant through the Admin API; returns the variant id. */
export async function createVariant(
  app: ApiClient,
  headers: Record<string, string>,
  variant: { sku: string; price: number; stockOnHand?: number; taxClass?: string; weightGrams?: number },
  extra: { categoryIds?: string[] } = {},
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/admin/products',
    headers,
    payload: { title: `Product ${variant.sku}`, status: 'active', variants: [variant], ...extra },
  });
  await expectStatus(response, 201);
  return response.json<{ variants: { id: string }[] }>().variants[0]?.id ?? '';
}

/**
 * A store that ships to France (flat 4.90, free from 60.00) and Germany (by weight), with French VAT at 20 %
 * (5.5 % for the `reduced` class). Returns the shipping method ids.
 */
export async function setUpShippingAndTaxes(
  app: ApiClient,
  headers: Record<string, string>,
): Promise<{ france: string; germany: string }> {
  const zone = await expectStatus(
    await app.inject({
      method: 'POST',
      url: '/admin/shipping-zones',
      headers,
      payload: { name: 'France', countries: ['FR'] },
    }),
    201,
  );
  const france = await expectStatus(
    await app.inject({
      method: 'POST',
      url: `/admin/shipping-zones/${zone.json<{ id: string }>().id}/methods`,
      headers,
      payload: { name: 'Colissimo', kind: 'flat', price: 490, freeOver: 6000, estimate: '2–3 business days' },
    }),
    201,
  );
  const germanyZone = await expectStatus(
    await app.inject({
      method: 'POST',
      url: '/admin/shipping-zones',
      headers,
      payload: { name: 'Germany', countries: ['DE'] },
    }),
    201,
  );
  const germany = await expectStatus(
    await app.inject({
      method: 'POST',
      url: `/admin/shipping-zones/${germanyZone.json<{ id: string }>().id}/methods`,
      headers,
      payload: {
        name: 'DHL',
        kind: 'weight',
        weightBands: [
          { upToGrams: 1000, price: 690 },
          { upToGrams: 5000, price: 1290 },
        ],
      },
    }),
    201,
  );
  for (const rate of [
    { name: 'TVA 20 %', country: 'FR', taxClass: 'standard', rate: 2000 },
    { name: 'TVA 5,5 %', country: 'FR', taxClass: 'reduced', rate: 550 },
    { name: 'MwSt 19 %', country: 'DE', taxClass: 'standard', rate: 1900 },
  ]) {
    await expectStatus(
      await app.inject({ method: 'POST', url: '/admin/tax-rates', headers, payload: rate }),
      201,
    );
  }
  return { france: france.json<{ id: string }>().id, germany: germany.json<{ id: string }>().id };
}

export const frenchAddress = {
  firstName: 'Camille',
  lastName: 'Durand',
  line1: '12 rue de la Paix',
  city: 'Paris',
  postalCode: '75002',
  country: 'FR',
};

export const testCard = {
  number: '4242424242424242',
  expMonth: 12,
  expYear: new Date().getFullYear() + 2,
  cvc: '123',
};

/** A guest cart with `quantity` of a variant, an email, a French address and the French shipping method. */
export async function readyCart(
  app: ApiClient,
  input: { variantId: string; quantity?: number; methodId: string; email?: string; codes?: string[] },
  headers: Record<string, string> = {},
): Promise<string> {
  const cart = await expectStatus(
    await app.inject({ method: 'POST', url: '/store/carts', headers, payload: {} }),
    201,
  );
  const id = cart.json<{ id: string }>().id;
  await expectStatus(
    await app.inject({
      method: 'POST',
      url: `/store/carts/${id}/items`,
      headers,
      payload: { variantId: input.variantId, quantity: input.quantity ?? 1 },
    }),
    200,
  );
  await expectStatus(
    await app.inject({
      method: 'PATCH',
      url: `/store/carts/${id}`,
      headers,
      payload: {
        email: input.email ?? `guest-${randomUUID().slice(0, 8)}@example.test`,
        shippingAddress: frenchAddress,
        shippingMethodId: input.methodId,
      },
    }),
    200,
  );
  for (const code of input.codes ?? []) {
    await expectStatus(
      await app.inject({ method: 'POST', url: `/store/carts/${id}/discounts`, headers, payload: { code } }),
      200,
    );
  }
  return id;
}

/** POSTs the checkout with a test card (or the given payment) and a fresh Idempotency-Key unless one is given. */
export function checkoutRequest<Client extends ApiClient>(
  app: Client,
  cartId: string,
  options: { key?: string; payment?: object; headers?: Record<string, string>; acceptTerms?: boolean } = {},
): ReturnType<Client['inject']> {
  return app.inject({
    method: 'POST',
    url: `/store/carts/${cartId}/checkout`,
    headers: { 'idempotency-key': options.key ?? randomUUID(), ...options.headers },
    payload: {
      payment: options.payment ?? { provider: 'test-card', card: testCard },
      ...(options.acceptTerms !== undefined ? { acceptTerms: options.acceptTerms } : {}),
    },
  }) as ReturnType<Client['inject']>;
}

/**
 * A test app with a store that ships and taxes (see `setUpShippingAndTaxes`) and an owner's headers; the
 * caller closes `ctx` after its tests.
 */
export async function openShop(options: Parameters<typeof buildTestApp>[0] = {}): Promise<{
  ctx: TestContext;
  owner: Record<string, string>;
  france: string;
  germany: string;
}> {
  const ctx = await buildTestApp(options);
  const owner = await ownerHeaders(ctx.app, ctx.database.db);
  const { france, germany } = await setUpShippingAndTaxes(ctx.app, owner);
  return { ctx, owner, france, germany };
}

/** A variant's stock on hand, read from its table. */
export async function variantStock(ctx: TestContext, variantId: string): Promise<number | undefined> {
  const { rows } = await ctx.database.pool.query<{ stock_on_hand: number }>(
    'select stock_on_hand from product_variants where id = $1',
    [variantId],
  );
  return rows[0]?.stock_on_hand;
}

/** Creates a promotion through the Admin API (201 expected). */
export async function addPromotion(
  app: ApiClient,
  headers: Record<string, string>,
  payload: object,
): Promise<{ id: string; usageCount: number }> {
  const response = await app.inject({ method: 'POST', url: '/admin/promotions', headers, payload });
  await expectStatus(response, 201);
  return response.json<{ id: string; usageCount: number }>();
}
