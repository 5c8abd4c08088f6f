import { expect, type Page, test } from '@playwright/test';
import { urls } from '../playwright.config';
import { totpCode } from './totp';

const owner = { email: 'admin@comptoir.test', password: 'comptoir-demo-admin' };
const helper = {
  email: `help-${Date.now()}@comptoir.test`,
  firstName: 'Grace',
  lastName: 'Hopper',
  password: 'harbour-lantern-42',
};

test.describe.configure({ mode: 'serial' });

/** Screenshots of the current screen at phone and desktop widths, for review. */
async function shoot(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function submitCredentials(page: Page, who: { email: string; password: string }) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in and waits for the back office (so the refresh cookie is set before any full-page navigation). */
async function signIn(page: Page, who: { email: string; password: string }) {
  await submitCredentials(page, who);
  await expect(page.getByRole('button', { name: /account menu/ })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: /account menu/ }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}

test('the owner adds a customer-service employee with a temporary password', async ({ page }) => {
  await signIn(page, owner);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // The session survives a reload through the refresh cookie (the access token lives in memory only).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);

  await page
    .getByRole('navigation', { name: 'Back office' })
    .getByRole('link', { name: 'Employees' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Employees' })).toBeVisible();
  await expect(page.getByRole('main').getByText(owner.email)).toBeVisible();
  await shoot(page, 'employees');

  await page.getByRole('link', { name: 'Add employee' }).click();
  await page.getByLabel('Email').fill(helper.email);
  await page.getByLabel('First name').fill(helper.firstName);
  await page.getByLabel('Last name').fill(helper.lastName);
  await page.getByLabel('Role').selectOption({ label: 'Customer service' });
  // A weak password is refused by the API, and the message lands on the field.
  await page.getByLabel('Temporary password').fill('short');
  await page.getByRole('button', { name: 'Add employee' }).click();
  await expect(page.getByLabel('Temporary password')).toHaveAttribute('aria-invalid', 'true');
  await shoot(page, 'employee-new-error');
  await page.getByLabel('Temporary password').fill(helper.password);
  await page.getByRole('button', { name: 'Add employee' }).click();
  await expect(
    page.getByText(`${helper.firstName} ${helper.lastName} was added as Customer service`),
  ).toBeVisible();
  await expect(page.getByRole('main').getByText(helper.email)).toBeVisible();

  await page.goto('/roles');
  await expect(page.getByRole('cell', { name: /Customer service/ })).toBeVisible();
  await shoot(page, 'roles');
  await page.getByRole('link', { name: 'New role' }).click();
  await expect(page.getByRole('group', { name: 'Catalog' })).toBeVisible();
  await shoot(page, 'role-new');

  await page.goto('/audit-log');
  await expect(page.getByRole('cell', { name: /Create employee/ }).first()).toBeVisible();
  await shoot(page, 'audit-log');

  await page.setViewportSize({ width: 360, height: 800 });
  await page.getByRole('button', { name: /account menu/ }).click();
  await expect(page.getByRole('button', { name: 'Sign out everywhere' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/account-menu-360.png' });
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1280, height: 900 });

  await signOut(page);
});

test('the owner creates an API key and sees its secret once', async ({ page, request }) => {
  await signIn(page, owner);
  await page.goto('/api-keys');
  await page.getByRole('link', { name: 'Create API key' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Journey export');
  await page.getByLabel(/customers:read/).check();
  await shoot(page, 'api-key-new');
  await page.getByRole('button', { name: 'Create API key' }).click();
  await expect(page.getByText('Copy this key now: it will not be shown again.')).toBeVisible();
  const secret = await page.getByLabel('Secret key').inputValue();
  expect(secret.length).toBeGreaterThan(20);
  await shoot(page, 'api-key-secret');

  // The key works with its permission, and nothing more.
  const bearer = { authorization: `Bearer ${secret}` };
  expect((await request.get(`${urls.api}/admin/customers`, { headers: bearer })).status()).toBe(200);
  expect((await request.get(`${urls.api}/admin/settings`, { headers: bearer })).status()).toBe(403);

  await page.getByRole('button', { name: 'I have copied the key' }).click();
  await expect(page.getByRole('cell', { name: /^Journey export/ })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  await shoot(page, 'api-keys');
  await page.getByRole('button', { name: 'Revoke Journey export' }).click();
  await page.getByRole('button', { name: 'Revoke key' }).click();
  await expect(page.getByText('“Journey export” was revoked.')).toBeVisible();
  expect((await request.get(`${urls.api}/admin/customers`, { headers: bearer })).status()).toBe(401);
});

test('the customer-service employee signs in without access to the settings', async ({ page, request }) => {
  await signIn(page, helper);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Back office' });
  await expect(nav.getByRole('link', { name: 'Customers' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Employees' })).toHaveCount(0);

  await page.goto('/settings');
  await expect(
    page.getByRole('heading', { level: 1, name: "You don't have access to this page" }),
  ).toBeVisible();
  await shoot(page, 'no-access');

  // Customers are their business: find one, and disable then enable the account.
  const shopper = { email: `shopper-${Date.now()}@example.com`, firstName: 'Ada', lastName: 'Shopper' };
  const registered = await request.post(`${urls.api}/store/auth/register`, {
    data: { ...shopper, password: 'velvet-teapot-1815' },
  });
  expect(registered.status()).toBe(201);
  await nav.getByRole('link', { name: 'Customers' }).click();
  await page.getByLabel('Search customers').fill(shopper.email);
  await page.getByRole('link', { name: 'Ada Shopper' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Shopper' })).toBeVisible();
  await page.getByRole('button', { name: 'Disable account' }).click();
  await expect(page.getByRole('button', { name: 'Enable account' })).toBeVisible();
  await shoot(page, 'customer-detail');
  await page.getByRole('button', { name: 'Enable account' }).click();
  await expect(page.getByRole('button', { name: 'Disable account' })).toBeVisible();
  await page.getByRole('link', { name: '← All customers' }).click();
  await expect(page.getByLabel('Search customers')).toHaveValue(shopper.email);
  await shoot(page, 'customers');

  // The API refuses too: the interface only hides what the server would not allow anyway.
  const login = await request.post(`${urls.api}/admin/auth/login`, {
    data: { email: helper.email, password: helper.password },
  });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const settings = await request.get(`${urls.api}/admin/settings`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  expect(settings.status()).toBe(403);
});

test('the employee turns on two-factor authentication and signs in with a recovery code', async ({
  page,
}) => {
  await signIn(page, helper);
  await page.getByRole('button', { name: /account menu/ }).click();
  await page.getByRole('link', { name: 'Account security' }).click();
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  const uri = await page.getByLabel('Setup address').inputValue();
  const secret = new URL(uri).searchParams.get('secret') ?? '';
  await shoot(page, 'two-factor-setup');
  await page.getByLabel('Authentication code').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('Save your recovery codes')).toBeVisible();
  const recoveryCode =
    (await page.getByRole('list', { name: 'Recovery codes' }).locator('code').first().textContent()) ?? '';
  await shoot(page, 'two-factor-recovery-codes');
  await page.getByRole('button', { name: 'I have saved my codes' }).click();
  await expect(page.getByRole('button', { name: 'Turn off' })).toBeVisible();
  await signOut(page);

  await submitCredentials(page, helper);
  await expect(page.getByLabel('Authentication code')).toBeVisible();
  await page.getByLabel('Authentication code').fill('000000');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The code is incorrect or expired.')).toBeVisible();
  await shoot(page, 'login-two-factor');
  await page.getByLabel('Authentication code').fill(recoveryCode);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  // Sign out everywhere ends this session too.
  await page.getByRole('button', { name: /account menu/ }).click();
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});
