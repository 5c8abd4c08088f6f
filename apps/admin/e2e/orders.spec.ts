import { expect, type Page, test } from '@playwright/test';
import { owner, placeGuestOrder, shoot as shootIn } from './store-orders';

const shoot = (page: Page, name: string) => shootIn(page, '/tmp/shots-orders', name);

test('the owner finds a new order, marks it paid and adds a note', async ({ page, request }) => {
  test.setTimeout(90_000);
  const email = `orders-${Date.now()}@example.com`;
  const { number } = await placeGuestOrder(request, { email, lastName: 'Journey', quantity: 1 });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/orders');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Email', { exact: true }).fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Back office' });
  await expect(nav.getByRole('link', { name: 'Orders' })).toHaveAttribute('aria-current', 'page');

  await page.getByLabel('Search orders').fill(`#${number}`);
  await expect(page).toHaveURL(new RegExp(`q=%23${number}`));
  const row = page.getByRole('row', { name: new RegExp(`#${number}`) });
  await expect(row).toContainText('Ada Journey');
  await expect(row).toContainText(email);
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('Awaiting payment');
  await expect(row).toContainText('1 item');
  await page.getByLabel('Search orders').fill('');
  await expect(page.getByRole('row', { name: new RegExp(`#${number}`) })).toBeVisible();
  await shoot(page, 'orders');

  await page.getByLabel('Search orders').fill(email);
  await page.getByRole('link', { name: `#${number}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Order #${number}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Payment' })).toContainText('Bank transfer (manual)');
  await expect(page.getByRole('list', { name: 'Timeline' })).toBeVisible();
  await shoot(page, 'order-detail');

  await page.getByRole('button', { name: 'Mark as paid' }).click();
  const dialog = page.getByRole('dialog', { name: `Mark order #${number} as paid?` });
  await dialog.getByLabel('Note (optional)').fill('Transfer received, ref. 8841');
  await shoot(page, 'order-mark-paid-dialog');
  await dialog.getByRole('button', { name: 'Mark as paid' }).click();
  await expect(page.getByText(`Order #${number} marked as paid.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as paid' })).toHaveCount(0);

  await page.getByLabel('Internal note').fill('Customer asked for gift wrapping.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText('Note added to the timeline.')).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem').first()).toContainText('Customer asked for gift wrapping.');
  await expect(timeline).toContainText(/Payment of .* received/);
  await expect(timeline).toContainText('Transfer received, ref. 8841');
  await shoot(page, 'order-detail-paid');
  await timeline.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots-orders/order-timeline-1280.png' });

  await page.getByRole('link', { name: '← All orders' }).click();
  await expect(page.getByLabel('Search orders')).toHaveValue(email);
  await expect(page.getByRole('row', { name: new RegExp(`#${number}`) })).toContainText('Paid');
  await shoot(page, 'orders-filtered');

  // The cancel dialog, for review only (closed without cancelling).
  await page.getByRole('link', { name: `#${number}` }).click();
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await shoot(page, 'order-cancel-dialog');
  await page.getByRole('button', { name: 'Keep order' }).click();
});
