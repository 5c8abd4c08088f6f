import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { urls } from '../playwright.config';
import { parseCsv } from './csv';
import { owner, shoot as shootIn } from './store-orders';

const shoot = (page: Page, name: string) => shootIn(page, '/tmp/shots-import', name);

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

test('the catalog is exported, changed in a spreadsheet and imported back after a dry run', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Products' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^products-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  const header = rows[0] ?? [];
  expect(header.slice(0, 3)).toEqual(['handle', 'title', 'description']);
  const column = (name: string) => header.indexOf(name);
  expect(rows.length).toBeGreaterThan(300); // the demo's 300 products, a row per variant

  // The merchant changes the first variant's price and adds a product of one variant.
  const first = [...(rows[1] ?? [])];
  first[column('price')] = '123.45';
  const added = header.map(() => '');
  added[column('handle')] = 'e2e-imported-scarf';
  added[column('title')] = 'Imported scarf';
  added[column('status')] = 'active';
  added[column('sku')] = `E2E-SCARF-${Date.now()}`;
  added[column('price')] = '39.90';
  added[column('stock')] = '12';
  const edited = [header, first, ...rows.slice(2), added].map((row) => row.map(quote).join(',')).join('\r\n');

  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Import/ })).toBeVisible();
  await page.getByLabel('CSV file').setInputFiles({
    name: 'catalog.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(edited, 'utf8'),
  });
  await page.getByRole('button', { name: 'Check file (dry run)' }).click();
  const run = page.getByRole('region', { name: /Check of catalog\.csv/ });
  await expect(run.getByText('Would create', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(run).toContainText('1 product, 1 variant');
  await shoot(page, 'dry-run');

  await run.getByRole('button', { name: 'Import this file' }).click();
  const applied = page.getByRole('region', { name: /Import of catalog\.csv/ });
  await expect(applied.getByText('Created', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(applied).toContainText('1 product, 1 variant');
  await shoot(page, 'imported');

  // The storefront sells what was imported, at its price.
  const product = await request.get(`${urls.api}/store/products/e2e-imported-scarf`);
  expect(product.status()).toBe(200);
  const body = (await product.json()) as { title: string; variants: { price: { amount: number } }[] };
  expect(body.title).toBe('Imported scarf');
  expect(body.variants[0]?.price.amount).toBe(3990);
});
