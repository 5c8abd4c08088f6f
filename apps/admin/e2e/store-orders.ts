import { randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { urls } from '../playwright.config';

/** The demo store's owner (see playwright.config). */
export const owner = { email: 'admin@comptoir.test', password: 'comptoir-demo-admin' };

/** Screenshots for review at 360 and 1280 px, outside the repository (they are not kept). */
export async function shoot(page: Page, folder: string, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${folder}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, status: number): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

/**
 * A guest order through the Store API, as the storefront places it: `quantity` of the first product's first
 * available variant, shipped to Paris with the first shipping option, paid by bank transfer (manual) or the
 * test card. Returns its number, the variant's SKU and the guest link's token.
 */
export async function placeGuestOrder(
  request: APIRequestContext,
  input: { email: string; lastName: string; quantity: number; card?: boolean },
): Promise<{ number: number; sku: string; guestToken: string }> {
  const api = urls.api;
  const list = await json<{ items: { handle: string }[] }>(
    await request.get(`${api}/store/products?limit=1`),
    200,
  );
  const handle = list.items[0]?.handle;
  expect(handle).toBeTruthy();
  const product = await json<{ variants: { id: string; sku: string; available: boolean }[] }>(
    await request.get(`${api}/store/products/${encodeURIComponent(handle ?? '')}`),
    200,
  );
  const variant = product.variants.find((candidate) => candidate.available) ?? product.variants[0];
  expect(variant).toBeTruthy();
  const cart = await json<{ id: string }>(await request.post(`${api}/store/carts`, { data: {} }), 201);
  await json(
    await request.post(`${api}/store/carts/${cart.id}/items`, {
      data: { variantId: variant?.id, quantity: input.quantity },
    }),
    200,
  );
  await json(
    await request.patch(`${api}/store/carts/${cart.id}`, {
      data: {
        email: input.email,
        shippingAddress: {
          firstName: 'Ada',
          lastName: input.lastName,
          line1: '12 rue de la Paix',
          city: 'Paris',
          postalCode: '75002',
          country: 'FR',
        },
      },
    }),
    200,
  );
  const options = await json<{ items: { id: string }[] }>(
    await request.get(`${api}/store/carts/${cart.id}/shipping-options`),
    200,
  );
  await json(
    await request.patch(`${api}/store/carts/${cart.id}`, {
      data: { shippingMethodId: options.items[0]?.id },
    }),
    200,
  );
  const card = {
    number: '4242424242424242',
    expMonth: 12,
    expYear: new Date().getFullYear() + 2,
    cvc: '123',
  };
  const order = await json<{ number: number; guestToken: string }>(
    await request.post(`${api}/store/carts/${cart.id}/checkout`, {
      headers: { 'Idempotency-Key': randomUUID() },
      data: { payment: input.card ? { provider: 'test-card', card } : { provider: 'manual' } },
    }),
    201,
  );
  return { number: order.number, sku: variant?.sku ?? '', guestToken: order.guestToken };
}
