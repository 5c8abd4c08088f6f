import { expect, type Page, test } from '@playwright/test';
import { urls } from '../playwright.config';
import { owner, placeGuestOrder, shoot as shootIn } from './store-orders';

const shoot = (page: Page, name: string) => shootIn(page, '/tmp/shots-returns', name);

test('a customer returns one item of a delivered order; staff approve, receive and refund it', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(180_000);
  const email = `returns-${Date.now()}@example.com`;
  const { number, sku, guestToken } = await placeGuestOrder(request, {
    email,
    lastName: 'Retour',
    quantity: 2,
    card: true,
  });

  // The stock of the variant, read through the Admin API as the owner.
  const login = await request.post(`${urls.api}/admin/auth/login`, { data: owner });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const stock = async () => {
    const response = await request.get(`${urls.api}/admin/inventory?q=${encodeURIComponent(sku)}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const body = (await response.json()) as { items: { sku: string; stockOnHand: number }[] };
    return body.items.find((item) => item.sku === sku)?.stockOnHand;
  };
  const afterOrder = await stock();
  expect(afterOrder).toEqual(expect.any(Number));

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/orders');
  await page.getByLabel('Email', { exact: true }).fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Search orders').fill(email);
  await page.getByRole('link', { name: `#${number}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Order #${number}` })).toBeVisible();
  const orderUrl = page.url();

  // Staff ship one unit, then the other, with tracking.
  for (const [index, tracking] of ['6A11111111111', '6A22222222222'].entries()) {
    await page.getByRole('button', { name: 'Ship items' }).click();
    const dialog = page.getByRole('dialog', { name: `Ship items of order #${number}` });
    await dialog.getByRole('spinbutton').first().fill('1');
    await dialog.getByLabel('Carrier').fill('Colissimo');
    await dialog.getByLabel('Tracking number (optional)').fill(tracking);
    await dialog.getByRole('button', { name: 'Ship items' }).click();
    await expect(page.getByText(`1 item of order #${number} shipped.`)).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(
      page.getByText(index === 0 ? 'Partially fulfilled' : 'Fulfilled', { exact: true }).first(),
    ).toBeVisible();
  }
  const shipments = page.getByRole('region', { name: 'Shipments' });
  for (const parcel of [1, 2]) {
    await shipments.getByRole('button', { name: `Mark parcel ${parcel} delivered` }).click();
    await expect(shipments.getByRole('button', { name: `Mark parcel ${parcel} delivered` })).toHaveCount(0);
  }

  // The customer follows the order through the link in their email: tracking, then a return of one unit.
  const customer = await context.newPage();
  await customer.goto(`${urls.storefront}/orders/${number}?token=${guestToken}`);
  await expect(customer.getByText('6A11111111111')).toBeVisible();
  await expect(customer.getByText('6A22222222222')).toBeVisible();
  await customer.getByRole('button', { name: 'Request a return' }).click();
  const form = customer.getByRole('form', { name: 'Request a return' });
  const item = form.getByRole('checkbox').first();
  if (!(await item.isChecked())) await item.check();
  await form.getByLabel(/^Quantity/).selectOption('1');
  await form.getByLabel('Reason').selectOption('damaged');
  await form.getByLabel('Comment').fill('The glaze is chipped.');
  await shoot(customer, 'storefront-return-form');
  await form.getByRole('button', { name: 'Send return request' }).click();
  await expect(customer.getByText('We are reviewing your request.')).toBeVisible();
  await shoot(customer, 'storefront-return-requested');

  // Staff work the returns queue: approve, receive, refund with the item back in stock.
  await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Returns' }).click();
  await page.getByLabel('Search returns').fill(String(number));
  await page
    .getByRole('row', { name: new RegExp(`#${number}`) })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByText('The glaze is chipped.')).toBeVisible();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText(/Return R-\d+ approved\./)).toBeVisible();
  await page.getByRole('button', { name: 'Mark received' }).click();
  await expect(page.getByText(/Items of return R-\d+ received\./)).toBeVisible();
  await page.getByRole('button', { name: 'Refund' }).click();
  const refund = page.getByRole('dialog', { name: /Refund return R-\d+/ });
  await expect(refund.getByLabel('Put items back in stock')).toBeChecked();
  await shoot(page, 'refund-return-dialog');
  await refund.getByRole('button', { name: 'Refund' }).click();
  await expect(page.getByText(/refunded for return R-\d+\./)).toBeVisible();
  await shoot(page, 'return-refunded');
  expect(await stock()).toBe((afterOrder ?? 0) + 1);

  // The order: partially refunded, its refund listed; the customer sees the return refunded.
  await page.goto(orderUrl);
  await expect(page.getByText('Partially refunded').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Refunds' })).toContainText(/Return R-\d+/);
  await customer.reload();
  await expect(customer.getByText(/^Refunded €?[\d.,]+/).first()).toBeVisible();
});
