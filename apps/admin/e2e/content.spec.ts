import { crc32, deflateSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { urls } from '../playwright.config';
import { owner, shoot as shootIn } from './store-orders';

const shoot = (page: Page, name: string) => shootIn(page, '/tmp/shots-content', name);

/** A solid-colour PNG (truecolour, 8 bits), encoded by hand: the journey uploads a real image. */
function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function signIn(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(path));
}

/** Clicks Preview and returns the storefront tab it opens (the drafts, through a preview link). */
async function openPreview(page: Page): Promise<Page> {
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = await popup;
  await expect(preview).toHaveURL(/preview=|localhost:4321\/?$/);
  return preview;
}

test('an employee rebrands the shop, adds a page to the footer and a hero, previews, publishes; customers see it', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  await signIn(page, '/content/branding');

  // Branding: a logo, brand colours (an unreadable pair first), saved as a draft.
  await page.getByLabel('Upload logo').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: solidPng(240, 64, [124, 45, 18]),
  });
  await expect(page.locator('img[src*="/media/content/"]').first()).toBeVisible();
  await page.getByLabel('Primary colour', { exact: true }).fill('#7c2d12');
  await page.getByLabel('Text on primary', { exact: true }).fill('#9a3412');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/needs at least 4\.5:1/).first()).toBeVisible();
  await shoot(page, 'branding-contrast-error');
  await page.getByLabel('Text on primary', { exact: true }).fill('#ffffff');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved. Preview it, then publish when ready.')).toBeVisible();

  // The preview shows the draft branding; customers do not see it yet.
  const preview = await openPreview(page);
  await expect(preview.getByText(/Preview/).first()).toBeVisible();
  await expect
    .poll(() =>
      preview.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--ct-color-primary').trim(),
      ),
    )
    .toBe('#7c2d12');
  await expect(preview.getByRole('banner').locator('img[src*="/media/content/"]')).toBeVisible();
  await preview.close();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published: customers see the new branding within a minute.')).toBeVisible();
  await shoot(page, 'branding');

  // A new page, published, added to the footer menu.
  await page.goto('/content/pages/new');
  await page.getByLabel('Title', { exact: true }).fill('Our workshop');
  await page
    .getByLabel('Page text (Markdown)')
    .fill('## Made in Lyon\n\nEvery piece is **cut and sewn** here.');
  await page.getByLabel('Status', { exact: true }).selectOption('published');
  await shoot(page, 'page-editor');
  await page.getByRole('button', { name: 'Create page' }).click();
  await expect(page).toHaveURL(/\/content\/pages\/page_/);

  await page.goto('/content/navigation');
  await page.getByRole('tab', { name: 'Footer menu' }).click();
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.getByLabel('Label', { exact: true }).last().fill('Our workshop');
  await page.getByLabel('Link type').last().selectOption('page');
  await page.getByLabel('Page', { exact: true }).last().selectOption({ label: 'Our workshop' });
  await page.getByRole('button', { name: 'Save menu' }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();
  await shoot(page, 'navigation');

  // A hero at the top of the homepage: saved, previewed, published.
  await page.goto('/content/homepage');
  await page.getByRole('button', { name: 'Add section' }).click();
  await page.getByRole('button', { name: /^Hero/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Heading', { exact: true }).fill('Winter linen is here');
  await dialog.getByLabel('Show a button').check();
  await dialog.getByLabel('Button label', { exact: true }).fill('Shop now');
  await dialog.getByLabel('Button link type').selectOption('url');
  await dialog.getByLabel('Address', { exact: true }).fill('/search');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeEnabled();
  const homePreview = await openPreview(page);
  await expect(homePreview.getByRole('heading', { name: 'Winter linen is here' })).toBeVisible();
  await homePreview.close();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText(/Published/).first()).toBeVisible();
  await shoot(page, 'homepage');

  // A customer, in a browser of their own, sees all of it after a reload.
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(urls.storefront);
  await customer.reload();
  await expect(customer.getByRole('heading', { name: 'Winter linen is here' })).toBeVisible();
  await expect(customer.getByRole('link', { name: 'Shop now' })).toHaveAttribute('href', '/search');
  await expect(customer.getByRole('banner').locator('img[src*="/media/content/"]')).toBeVisible();
  await expect
    .poll(() =>
      customer.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--ct-color-primary').trim(),
      ),
    )
    .toBe('#7c2d12');
  await expect(customer.getByText(/Preview/)).toHaveCount(0);
  await shoot(customer, 'storefront-home');
  await customer.getByRole('contentinfo').getByRole('link', { name: 'Our workshop' }).click();
  await expect(customer.getByRole('heading', { level: 1, name: 'Our workshop' })).toBeVisible();
  await expect(customer.getByText('cut and sewn')).toBeVisible();
  await shoot(customer, 'storefront-page');

  // Other journeys expect the built-in homepage: publish an empty one again (the storefront falls back to it).
  const login = await request.post(`${urls.api}/admin/auth/login`, { data: owner });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  expect(
    (await request.put(`${urls.api}/admin/content/home`, { headers, data: { sections: [] } })).status(),
  ).toBe(200);
  expect((await request.post(`${urls.api}/admin/content/home/publish`, { headers, data: {} })).status()).toBe(
    200,
  );
});
