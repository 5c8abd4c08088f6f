// The README's examples, type-checked with the package (`pnpm --filter @comptoir/sdk typecheck`) so they stay
// true to the API. Not shipped.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { ApiError, createApiClient, unwrap, verifyWebhook } from '../src/index.js';

const api = createApiClient({
  baseUrl: 'https://shop.example.com',
  getAccessToken: () => process.env.COMPTOIR_API_KEY,
});

export async function* ordersSince(since: Date) {
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      api.GET('/admin/orders', {
        params: { query: { placedFrom: since.toISOString(), sort: 'oldest', limit: 100, cursor } },
      }),
    );
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

export async function printOrders(): Promise<void> {
  for await (const order of ordersSince(new Date('2026-11-01T00:00:00Z'))) {
    console.log(order.number, order.total.amount, order.total.currency);
  }
}

export async function receiveDelivery(): Promise<void> {
  await unwrap(
    api.POST('/admin/inventory/adjustments', {
      headers: { 'Idempotency-Key': randomUUID() },
      body: {
        reason: 'received',
        note: 'Delivery note 2026-118',
        items: [
          { variantId: 'var_01', delta: 24 },
          { variantId: 'var_02', setTo: 10 },
        ],
      },
    }),
  );
}

export async function showError(): Promise<void> {
  try {
    await unwrap(api.GET('/admin/orders/{id}', { params: { path: { id: 'ord_unknown' } } }));
  } catch (error) {
    if (error instanceof ApiError) console.log(error.status, error.code, error.detail);
  }
}

export function webhookReceiver() {
  return createServer(async (request, response) => {
    let rawBody = '';
    for await (const chunk of request) rawBody += chunk;
    const checked = await verifyWebhook({
      rawBody,
      headers: request.headers,
      secret: process.env.COMPTOIR_WEBHOOK_SECRET ?? '',
    });
    if (!checked.ok) {
      response.writeHead(400).end(checked.reason);
      return;
    }
    response.writeHead(204).end();
  });
}
