import { expect, type Page, test } from '@playwright/test';
import { urls } from '../playwright.config';

const password = 'correct horse battery';

async function screenshots(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
}

test('a customer registers, signs out and in, keeps an address book and stays signed in on reload', async ({
  page,
  request,
}) => {
  const settings = await (await request.get(`${urls.api}/store/settings`)).json();
  const email = `ada.${Date.now()}@example.com`;
  const header = page.getByRole('banner');

  await page.goto('/');
  await header.getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/account\/register$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await expect(page.getByText('At least 10 characters.')).toBeVisible();
  await screenshots(page, 'account-register');

  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await expect(header.getByRole('link', { name: /My account/ })).toContainText('Ada');
  await expect(page.getByLabel('First name')).toHaveValue('Ada');
  await screenshots(page, 'account');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/account\/login$/);
  await expect(page.getByText('You have been signed out.')).toBeVisible();
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);

  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Address book' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Address book' })).toBeVisible();
  await expect(page.getByText('No saved addresses yet')).toBeVisible();

  await page.getByRole('button', { name: 'Add address' }).click();
  await expect(page.getByLabel('Country')).toHaveValue(settings.defaultCountry);
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('Address line 1').fill('12 rue des Lilas');
  await page.getByLabel('City').fill('Paris');
  await page.getByLabel('Postal code').fill('75011');
  await page.getByLabel('Country').selectOption('FR');
  await page.getByLabel('Phone').fill('+33 1 23 45 67 89');
  await page.getByLabel('Use as default shipping address').check();
  await page.setViewportSize({ width: 360, height: 900 });
  await page.screenshot({ path: 'test-results/screens/account-address-form-360.png', fullPage: true });
  await page.getByRole('button', { name: 'Save address' }).click();

  await expect(page.getByText('Address saved')).toBeVisible();
  const card = page.getByRole('article', { name: /Ada Lovelace, 12 rue des Lilas/ });
  await expect(card).toContainText('75011 Paris');
  await expect(card).toContainText('France');
  await expect(card.getByText('Default shipping')).toBeVisible();
  await expect(card.getByText('Default billing')).toHaveCount(0);
  await screenshots(page, 'account-addresses');

  // The access token lives in memory only: after a reload the refresh cookie restores the session.
  await page.reload();
  await expect(page).toHaveURL(/\/account\/addresses$/);
  await expect(page.getByRole('article', { name: /Ada Lovelace/ })).toBeVisible();
  await expect(header.getByRole('link', { name: /My account/ })).toContainText('Ada');
});

test('sign-in and sign-up explain what went wrong, on the right field', async ({ page }) => {
  await page.goto('/account/login');
  await page.getByLabel('Email').fill(`nobody.${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: 'test-results/screens/account-login-error-360.png', fullPage: true });

  // Long enough for the form's own check, refused by the API's rule: the message lands on the field.
  await page.goto('/account/register');
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Hopper');
  await page.getByLabel('Email').fill(`grace.${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('aaaaaaaaaaaa');
  await page.getByRole('button', { name: 'Create account' }).click();
  const passwordField = page.getByLabel('Password');
  await expect(passwordField).toHaveAttribute('aria-invalid', 'true');
  await expect(passwordField).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/account-register-error-360.png', fullPage: true });
});

test('forgotten password: the answer never tells whether the account exists', async ({ page }) => {
  await page.goto('/account/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email').fill(`someone.${Date.now()}@example.com`);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(
    page.getByText('If an account exists for that email, we have sent a link to reset the password.'),
  ).toBeVisible();

  await page.goto('/account/reset-password?token=not-a-real-token');
  await page.getByLabel('New password').fill('a brand new password');
  await page.getByRole('button', { name: 'Reset password' }).click();
  await expect(page.getByText('This reset link is invalid or has expired')).toBeVisible();
  await page.getByRole('link', { name: 'Request a new link' }).click();
  await expect(page).toHaveURL(/\/account\/forgot-password$/);
});

test('signed-out visitors of the account are sent to sign in', async ({ page }) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});

async function registerNewCustomer(page: Page, firstName: string) {
  await page.goto('/account/register');
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill('Hopper');
  await page.getByLabel('Email').fill(`${firstName.toLowerCase()}.${Date.now()}@example.com`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

async function changePassword(page: Page, current: string, next: string) {
  await page.getByLabel('Current password').fill(current);
  await page.getByLabel('New password').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
}

test('changing the password checks the current one', async ({ page }) => {
  await registerNewCustomer(page, 'Grace');
  await changePassword(page, 'not my password', 'an even better passphrase');
  await expect(page.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  await changePassword(page, password, 'an even better passphrase');
  await expect(page.getByText('Password changed')).toBeVisible();
  await expect(page.getByLabel('Current password')).toHaveValue('');
});

test('a customer edits an address, then deletes it after confirming', async ({ page }) => {
  await registerNewCustomer(page, 'Mary');
  await page.goto('/account/addresses');
  await page.getByRole('button', { name: 'Add address' }).click();
  await page.getByLabel('First name').fill('Mary');
  await page.getByLabel('Last name').fill('Jackson');
  await page.getByLabel('Address line 1').fill('1 Main Street');
  await page.getByLabel('City').fill('Hampton');
  await page.getByLabel('Region').fill('VA');
  await page.getByLabel('Postal code').fill('23669');
  await page.getByLabel('Country').selectOption('US');
  await page.getByRole('button', { name: 'Save address' }).click();
  const card = page.getByRole('article', { name: /Mary Jackson/ });
  await expect(card).toContainText('Hampton, VA 23669');

  await card.getByRole('button', { name: /^Edit/ }).click();
  await page.getByLabel('Address line 2').fill('Apartment 4');
  await page.getByLabel('Use as default billing address').check();
  await page.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByText('Address saved')).toBeVisible();
  await expect(card).toContainText('Apartment 4');
  await expect(card.getByText('Default billing')).toBeVisible();

  await card.getByRole('button', { name: /^Delete/ }).click();
  await expect(card.getByText('Delete this address?')).toBeVisible();
  await card.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByText('Address deleted')).toBeVisible();
  await expect(page.getByText('No saved addresses yet')).toBeVisible();
});

// The refresh cookie is scoped to /store/auth and never reaches /store/me/password: the API keeps the session
// named in the access token, and a reload (a refresh) must still find the customer signed in.
test('changing the password keeps this browser signed in', async ({ page }) => {
  await registerNewCustomer(page, 'Katherine');
  await changePassword(page, password, 'an even better passphrase');
  await expect(page.getByText('Password changed')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
});
