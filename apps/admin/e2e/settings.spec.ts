import { expect, type Page, test } from '@playwright/test';
import { urls } from '../playwright.config';

const demoLogin = { email: 'admin@comptoir.test', password: 'comptoir-demo-admin' };

async function signIn(page: Page) {
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Email').fill(demoLogin.email);
  await page.getByLabel('Password').fill(demoLogin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/settings/);
}

test('the dashboard and the narrow-screen menu lead to the settings', async ({ page }) => {
  await signIn(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/dashboard-1280.png', fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.screenshot({ path: 'test-results/screens/menu-open-360.png', fullPage: true });
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Store name')).toBeVisible();
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(demoLogin.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Email or password is incorrect')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/login-error-1280.png', fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: 'test-results/screens/login-error-360.png', fullPage: true });
});

test('an employee renames the store and the storefront shows the new name', async ({ page, browser }) => {
  await signIn(page);
  const name = page.getByLabel('Store name');
  await expect(name).not.toHaveValue('');
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/settings-${width}.png`, fullPage: true });
  }

  // A field error from the API lands on its field and nothing is saved.
  await name.fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/screens/settings-error-1280.png', fullPage: true });

  const newName = `Comptoir Journey ${Date.now()}`;
  await name.fill(newName);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  const storefront = await browser.newPage();
  await storefront.goto(urls.storefront);
  await expect(storefront.getByRole('heading', { level: 1 })).toHaveText(newName);
  await storefront.close();

  // The change survives a reload of the back-office.
  await page.reload();
  await expect(page.getByLabel('Store name')).toHaveValue(newName);
});
