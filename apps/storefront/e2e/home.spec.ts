import { expect, test } from '@playwright/test';
import { urls } from '../playwright.config';

test('the home page shows the store name from the API', async ({ page, request }) => {
  const settings = await (await request.get(`${urls.api}/store/settings`)).json();
  expect(settings.name).toBeTruthy();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(settings.name);
  await expect(page).toHaveTitle(new RegExp(settings.name));
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `test-results/screens/home-${width}.png`, fullPage: true });
  }
});

test('the about page shows the store settings', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByText('Euro (EUR)')).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: 'test-results/screens/about-360.png', fullPage: true });
});

test('an unknown address shows a friendly not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found|can.t find/i);
  await expect(page.getByRole('link', { name: /home/i }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/not-found-1280.png', fullPage: true });
});
