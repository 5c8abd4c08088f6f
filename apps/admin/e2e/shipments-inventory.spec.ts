import { expect, type Page, test } from '@playwright/test';
import { owner, placeGuestOrder, shoot as shootIn } from './store-orders';

const shoot = (page: Page, name: string) => shootIn(page, '/tmp/shots-inventory', name);

test('the owner ships an order in two parcels, marks one delivered, and adjusts stock', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const email = `parcel-${Date.now()}@example.com`;
  const { number, sku } = await placeGuestOrder(request, { email, lastName: 'Parcel', quantity: 2 });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/orders');
  await page.getByLabel('Email', { exact: true }).fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Search orders').fill(email);
  await page.getByRole('link', { name: `#${number}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Order #${number}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ship items' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Mark as paid' }).click();
  await page
    .getByRole('dialog', { name: `Mark order #${number} as paid?` })
    .getByRole('button', { name: 'Mark as paid' })
    .click();
  await expect(page.getByText(`Order #${number} marked as paid.`)).toBeVisible();

  // First parcel: one of the two units.
  await page.getByRole('button', { name: 'Ship items' }).click();
  let dialog = page.getByRole('dialog', { name: `Ship items of order #${number}` });
  const quantity = dialog.getByRole('spinbutton').first();
  await expect(quantity).toHaveValue('2');
  await quantity.fill('1');
  await dialog.getByLabel('Carrier').fill('Colissimo');
  await dialog.getByLabel('Tracking number (optional)').fill('6A12345678901');
  await dialog
    .getByLabel('Tracking link (optional)')
    .fill('https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901');
  await shoot(page, 'ship-dialog');
  await dialog.getByRole('button', { name: 'Ship items' }).click();
  await expect(page.getByText(`1 item of order #${number} shipped.`)).toBeVisible();
  const shipments = page.getByRole('region', { name: 'Shipments' });
  await expect(shipments).toContainText('Parcel 1 · Colissimo');
  await expect(shipments.getByRole('link', { name: /6A12345678901/ })).toBeVisible();
  await expect(page.getByText('Partially fulfilled').first()).toBeVisible();
  // The next parcel says the same sentence: this one goes first.
  await page.getByRole('button', { name: 'Dismiss' }).click();

  // Second parcel: what is left (the default).
  await page.getByRole('button', { name: 'Ship items' }).click();
  dialog = page.getByRole('dialog', { name: `Ship items of order #${number}` });
  await expect(dialog.getByRole('spinbutton').first()).toHaveValue('1');
  await dialog.getByLabel('Carrier').fill('DHL');
  await dialog.getByRole('button', { name: 'Ship items' }).click();
  await expect(page.getByText(`1 item of order #${number} shipped.`)).toBeVisible();
  await expect(shipments).toContainText('Parcel 2 · DHL');
  await expect(page.getByText('Fulfilled', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ship items' })).toHaveCount(0);

  await shipments.getByRole('button', { name: 'Mark parcel 1 delivered' }).click();
  await expect(shipments.getByRole('button', { name: 'Mark parcel 1 delivered' })).toHaveCount(0);
  await expect(shipments).toContainText('Delivered');
  await shoot(page, 'shipments-card');

  // Inventory: the variant sold is listed; a delivery is recorded and shows in its history.
  await page
    .getByRole('navigation', { name: 'Back office' })
    .getByRole('link', { name: 'Inventory' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Stock per variant' })).toBeVisible();
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/shots-inventory/inventory-all-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByLabel('Search stock').fill(sku);
  // Exactly this SKU: another journey may have made a copy whose SKU starts the same.
  const escaped = sku.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = page.getByRole('row', { name: new RegExp(`\\(${escaped}\\)`) });
  await expect(row).toBeVisible();
  await shoot(page, 'inventory');
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Adjust stock' }).click();
  const adjust = page.getByRole('dialog', { name: 'Adjust stock of 1 variant' });
  await adjust.getByLabel('Units to add (− to remove)').fill('5');
  await adjust.getByLabel('Note (optional)').fill(`Delivery ${number}`);
  await shoot(page, 'adjust-dialog');
  await adjust.getByRole('button', { name: 'Save adjustment' }).click();
  await expect(page.getByText('Stock of 1 variant adjusted.')).toBeVisible();

  await row.getByRole('button', { name: /History of/ }).click();
  const history = page.getByRole('dialog', { name: /Stock of/ });
  const entries = history.getByRole('region', { name: 'Stock history' }).getByRole('listitem');
  await expect(entries.first()).toContainText('+5');
  await expect(entries.first()).toContainText(`Delivery ${number}`);
  await expect(entries.first()).toContainText('Received');
  await expect(history.getByRole('link', { name: 'View order' }).first()).toBeVisible();
  await shoot(page, 'history-dialog');
  await history.getByRole('button', { name: 'Close' }).click();
  await expect(history).toBeHidden();

  await page.getByLabel('Low stock only').check();
  await expect(page).toHaveURL(/lowStock=true/);
  await shoot(page, 'inventory-low-stock');
});
