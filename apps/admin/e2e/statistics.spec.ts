import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { parseCsv } from './csv';
import { owner, placeGuestOrder, shoot as shootIn } from './store-orders';

const shoot = (page: Page, name: string) => shootIn(page, '/tmp/shots-statistics', name);

/** The value of one key figure of the dashboard ("Orders" → "42"). */
function kpiValue(page: Page, label: string) {
  return page
    .getByRole('list', { name: 'Key figures' })
    .getByRole('listitem')
    .filter({ has: page.locator('.ad-kpi__label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.ad-kpi__value');
}

/** The dashboard's summaries as answered, by their query (`?from=…&to=…`). */
function recordSummaries(page: Page): Map<string, Promise<Summary>> {
  const answers = new Map<string, Promise<Summary>>();
  page.on('response', (response) => {
    if (response.url().includes('/admin/stats/summary?') && response.ok()) {
      answers.set(new URL(response.url()).search, response.json() as Promise<Summary>);
    }
  });
  return answers;
}

interface Summary {
  current: { kpis: { orders: number } };
}

/** Chooses a period preset on the dashboard; returns its orders as the API counted them. */
async function choosePreset(page: Page, summaries: Map<string, Promise<Summary>>, preset: string) {
  const button = page.getByRole('button', { name: preset, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const search = new URL(page.url()).search;
  await expect.poll(() => summaries.has(search)).toBe(true);
  const summary = await summaries.get(search);
  return summary?.current.kpis.orders ?? 0;
}

test('the owner compares periods on the dashboard, then reads and exports the statistics', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // A sale today, so that "Today" has figures of its own (the demo orders are spread over the past year).
  await placeGuestOrder(request, {
    email: `stats-${Date.now()}@example.com`,
    lastName: 'Stats',
    quantity: 2,
  });

  const summaries = recordSummaries(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Email', { exact: true }).fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Key figures' })).toBeVisible();

  const yearOrders = await choosePreset(page, summaries, 'This year');
  expect(yearOrders).toBeGreaterThan(0);
  await expect(kpiValue(page, 'Orders')).toHaveText(String(yearOrders));
  await expect(kpiValue(page, 'Net revenue')).not.toHaveText(/^0\.00 /);

  const todayOrders = await choosePreset(page, summaries, 'Today');
  expect(todayOrders).toBeGreaterThan(0);
  expect(todayOrders).toBeLessThan(yearOrders);
  await expect(kpiValue(page, 'Orders')).toHaveText(String(todayOrders));
  await shoot(page, 'dashboard-today');

  // The Statistics section: the sales report first.
  const nav = page.getByRole('navigation', { name: 'Back office' });
  await nav.getByRole('link', { name: 'Statistics' }).click();
  await expect(page).toHaveURL(/\/statistics\/sales/);
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await page.getByRole('button', { name: 'This year', exact: true }).click();
  await expect(page).toHaveURL(/from=\d{4}-01-01/);
  await page.getByRole('button', { name: 'By month' }).click();
  await expect(page).toHaveURL(/interval=month/);
  await expect(page.getByRole('button', { name: 'By month' })).toHaveAttribute('aria-pressed', 'true');
  const salesTable = page.getByRole('table', { name: 'Sales per period' });
  await expect(salesTable.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('img', { name: /as a bar chart/ })).toBeVisible();
  await shoot(page, 'sales');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^sales-\d{4}-01-01-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(rows[0]?.join(',')).toBe('period,orders,items_sold,currency,gross_revenue');
  const orders = rows.slice(1).reduce((sum, row) => sum + Number(row[1]), 0);
  expect(orders).toBeGreaterThan(0);
  // Monthly rows, as on screen.
  expect(rows.length - 1).toBeLessThanOrEqual(12);
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();

  // Another report, over the same period.
  const tabs = page.getByRole('navigation', { name: 'Reports' });
  await tabs.getByRole('link', { name: 'Best sellers' }).click();
  await expect(page).toHaveURL(/\/statistics\/best-sellers\?from=\d{4}-01-01/);
  const bestSellers = page.getByRole('table', { name: 'Best sellers by revenue' });
  await expect(bestSellers.getByRole('row').nth(1)).toBeVisible();
  await page.getByRole('button', { name: 'By units' }).click();
  await expect(page).toHaveURL(/by=units/);
  await expect(
    page.getByRole('table', { name: 'Best sellers by units sold' }).getByRole('row').nth(1),
  ).toBeVisible();
  await shoot(page, 'best-sellers');

  await tabs.getByRole('link', { name: 'Countries' }).click();
  await expect(page.getByRole('table', { name: 'Sales by country' }).getByRole('row').nth(1)).toContainText(
    'France',
  );
  await shoot(page, 'countries');

  await tabs.getByRole('link', { name: 'Discounts' }).click();
  const discounts = page.getByRole('region', { name: 'Discounts' });
  await expect(
    discounts
      .getByRole('table')
      .or(discounts.getByRole('heading', { name: 'No discounts used in this period' })),
  ).toBeVisible();
  await shoot(page, 'discounts');

  await tabs.getByRole('link', { name: 'Top customers' }).click();
  await expect(page.getByRole('region', { name: 'Period' })).toHaveCount(0);
  const customers = page.getByRole('region', { name: 'Top customers' });
  await expect(
    customers.getByRole('table').or(customers.getByRole('heading', { name: 'No customers with orders yet' })),
  ).toBeVisible();
  await shoot(page, 'customers');
});
