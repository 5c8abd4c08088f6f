import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { owner, placeGuestOrder, shoot as shootIn } from './store-orders';

const shoot = (page: Page, name: string) => shootIn(page, '/tmp/shots-webhooks', name);

interface Received {
  headers: IncomingHttpHeaders;
  rawBody: string;
}

/** An integrator's receiver on this machine: keeps every delivery, answers 204. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = createServer(async (request, response) => {
    let rawBody = '';
    for await (const chunk of request) rawBody += chunk;
    received.push({ headers: request.headers, rawBody });
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/comptoir`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The integrator's check, as the API guide writes it: HMAC-SHA256 of "<timestamp>.<raw body>". */
function signedWith(secret: string, delivery: Received): boolean {
  const timestamp = String(delivery.headers['comptoir-webhook-timestamp'] ?? '');
  const expected = createHmac('sha256', secret).update(`${timestamp}.${delivery.rawBody}`).digest();
  return String(delivery.headers['comptoir-webhook-signature'] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .some((part) => {
      const given = Buffer.from(part.slice(3), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

test('an integrator’s endpoint is added, receives a signed order.created, and its delivery is logged', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const receiver = await startReceiver();
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/login');
    await page.getByLabel('Email', { exact: true }).fill(owner.email);
    await page.getByLabel('Password', { exact: true }).fill(owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Back office' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
    await shoot(page, 'list-empty');
    await page.getByRole('link', { name: 'Add endpoint' }).first().click();

    const form = page.getByRole('form', { name: 'Add endpoint' });
    await form.getByLabel('Endpoint URL').fill(receiver.url);
    await form.getByLabel('Description (optional)').fill('ERP order import');
    await form.getByLabel('order.created', { exact: true }).check();
    await form.getByLabel('order.paid', { exact: true }).check();
    await shoot(page, 'new');
    await form.getByRole('button', { name: 'Add endpoint' }).click();

    const secretBox = page.getByLabel('Signing secret');
    await expect(secretBox).toHaveValue(/^whsec_/);
    const secret = await secretBox.inputValue();
    await shoot(page, 'secret');
    await page.getByRole('link', { name: /open the endpoint/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /ERP order import/ })).toBeVisible();
    await expect(page.getByText(secret)).toHaveCount(0);

    // A customer orders: the event reaches the receiver, signed with the endpoint's secret.
    const order = await placeGuestOrder(request, {
      email: `webhook-${Date.now()}@example.com`,
      lastName: 'Hook',
      quantity: 1,
      card: true,
    });
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const created = receiver.received
      .map((delivery) => ({
        delivery,
        event: JSON.parse(delivery.rawBody) as { type: string; data: object },
      }))
      .find(({ event }) => event.type === 'order.created');
    expect(created).toBeTruthy();
    expect(created?.event.data).toMatchObject({ number: order.number });
    expect(signedWith(secret, created?.delivery ?? { headers: {}, rawBody: '' })).toBe(true);
    expect(signedWith('whsec_someone-else', created?.delivery ?? { headers: {}, rawBody: '' })).toBe(false);

    // The delivery log shows it, answered 204.
    const deliveries = page.getByRole('region', { name: 'Deliveries' });
    await expect(async () => {
      await deliveries.getByRole('button', { name: 'Refresh' }).click();
      await expect(deliveries.getByRole('row').filter({ hasText: 'order.created' }).first()).toContainText(
        'Succeeded',
        { timeout: 2_000 },
      );
    }).toPass({ timeout: 30_000 });
    await expect(deliveries.getByRole('row').filter({ hasText: 'order.created' }).first()).toContainText(
      '204',
    );
    await shoot(page, 'detail');
  } finally {
    await receiver.close();
  }
});
