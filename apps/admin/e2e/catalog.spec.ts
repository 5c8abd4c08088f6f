import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

const owner = { email: 'admin@comptoir.test', password: 'comptoir-demo-admin' };

/** Screenshots of the current screen at phone and desktop widths, for review. */
async function shoot(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signIn(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Email', { exact: true }).fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: /account menu/ })).toBeVisible();
}

/** Two different real PNG files (screenshots of parts of the page), written to a temporary folder. */
async function makePngFiles(page: Page): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'comptoir-images-'));
  const files: string[] = [];
  for (const [index, clip] of [
    { x: 0, y: 0, width: 320, height: 240 },
    { x: 320, y: 120, width: 400, height: 300 },
  ].entries()) {
    const path = join(folder, `photo-${index + 1}.png`);
    writeFileSync(path, await page.screenshot({ clip }));
    files.push(path);
  }
  const notAnImage = join(folder, 'notes.png');
  writeFileSync(notAnImage, 'This is a text file with an image name.');
  files.push(notAnImage);
  return files;
}

async function addOption(page: Page, name: string, values: string[]) {
  await page.getByRole('button', { name: 'Add option' }).click();
  await page.getByLabel('Option name', { exact: true }).last().fill(name);
  const valueInput = page.getByLabel(`Add a value to ${name}`, { exact: true });
  for (const value of values) {
    await valueInput.fill(value);
    await valueInput.press('Enter');
  }
}

test('an employee creates a product with variants and images, and publishes it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, '/products');
  await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Edit / }).first()).toBeVisible();
  await shoot(page, 'products');

  // Bulk actions ask before changing many products; cancelling changes nothing.
  await page
    .getByRole('checkbox', { name: /^Select / })
    .nth(1)
    .check();
  await page
    .getByRole('checkbox', { name: /^Select / })
    .nth(2)
    .check();
  await page.getByRole('button', { name: 'Adjust prices…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Adjust the prices of 2 products' });
  await dialog.getByLabel('Change (%)').fill('-10');
  await expect(dialog.getByText(/becomes/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/products-bulk-prices-1280.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Clear selection' }).click();

  // The filters go to the address and the API.
  await page.getByLabel('Status', { exact: true }).selectOption('active');
  await page.getByLabel('Sort by', { exact: true }).selectOption('price_desc');
  await expect(page).toHaveURL(/status=active/);
  await expect(page).toHaveURL(/sort=price_desc/);

  await page.getByRole('link', { name: 'Add product' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New product' })).toBeVisible();
  await expect(page.getByText('Save the product to add images.')).toBeVisible();
  const title = `Journey linen shirt ${Date.now()}`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('tab', { name: 'Write' }).click();
  await page
    .getByLabel('Description', { exact: true })
    .fill('A **light** linen shirt.\n\n- Breathable\n- Washable');
  await addOption(page, 'Size', ['S', 'M']);
  await addOption(page, 'Color', ['Red', 'Blue']);
  const variants = ['S / Red', 'S / Blue', 'M / Red', 'M / Blue'];
  for (const [index, variant] of variants.entries()) {
    await page.getByLabel(`Price of ${variant}`, { exact: true }).fill(`${49 + index}.90`);
    await page.getByLabel(`Stock of ${variant}`, { exact: true }).fill('12');
  }
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByRole('tabpanel').getByText('light')).toBeVisible();
  await shoot(page, 'product-new');

  await page.getByRole('button', { name: 'Create product' }).click();
  await expect(page).toHaveURL(/\/products\/prod_/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Product created. You can now add images.')).toBeVisible();
  await expect(page.getByText('All changes saved.')).toBeVisible();
  await expect(page.getByLabel('SKU of M / Blue', { exact: true })).toHaveValue(/-M-BLUE$/);

  // Two images, then a text file that pretends to be one.
  const [first, second, fake] = await makePngFiles(page);
  await page.getByLabel('Choose images', { exact: true }).setInputFiles([first as string, second as string]);
  const images = page.getByRole('list', { name: 'Product images, in display order' }).getByRole('listitem');
  await expect(images).toHaveCount(2, { timeout: 20_000 });
  await expect(page.getByText(/Uploading/)).toBeHidden();
  await page.getByLabel('Choose images', { exact: true }).setInputFiles([fake as string]);
  await expect(page.getByRole('alert').filter({ hasText: 'Some files were not uploaded' })).toContainText(
    'notes.png',
  );

  // Reorder: the second image becomes the main one.
  const secondSrc = await images.nth(1).locator('img').getAttribute('src');
  await page.getByRole('button', { name: 'Move Image 2 up' }).click();
  await expect(images.first().locator('img')).toHaveAttribute('src', secondSrc ?? '');
  await page.getByLabel('Alt text of image 1', { exact: true }).fill('The shirt, folded');
  await page.getByRole('button', { name: 'Save alt text' }).first().click();
  await expect(images.first().locator('img')).toHaveAttribute('alt', 'The shirt, folded');

  await page.getByLabel('Status', { exact: true }).selectOption('active');
  await expect(page.getByText('You have unsaved changes.')).toBeVisible();
  await shoot(page, 'product-editor');
  await page.getByRole('button', { name: 'Save product' }).click();
  await expect(page.getByText('Product saved')).toBeVisible();

  // The products table shows it as active, with its main image.
  await page.getByRole('link', { name: '← All products' }).click();
  await page.getByLabel('Search products', { exact: true }).fill(title);
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  await expect(row.getByRole('cell').nth(4)).toHaveText('4');
  await expect(row.locator('img')).toHaveAttribute('src', /\/media\//);

  // Duplicate opens the draft copy; archiving it from the table says how many changed.
  await row.getByRole('button', { name: `Duplicate ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Copy of ${title}` })).toBeVisible();
  await page.getByRole('link', { name: '← All products' }).click();
  await page.getByLabel('Search products', { exact: true }).fill(`Copy of ${title}`);
  await expect(page.getByText('Showing 1 of 1 products')).toBeVisible();
  await page.getByRole('checkbox', { name: `Select Copy of ${title}` }).check();
  await page.getByLabel('New status', { exact: true }).selectOption('archived');
  await page.getByRole('button', { name: 'Set status' }).click();
  await expect(page.getByText('1 product set to archived.')).toBeVisible();
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: `Copy of ${title}` })
      .getByText('Archived', { exact: true }),
  ).toBeVisible();
});

test('the category tree can be browsed and extended from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, '/categories');
  await expect(page.getByRole('heading', { level: 1, name: 'Categories' })).toBeVisible();
  const tree = page.getByRole('list', { name: 'Categories' });
  await expect(tree.getByRole('listitem').first()).toBeVisible();
  await shoot(page, 'categories');

  await tree
    .getByRole('button', { name: /^Edit / })
    .first()
    .click();
  await expect(page.getByRole('form', { name: /^Edit / })).toBeVisible();
  await shoot(page, 'category-edit');
  await page
    .getByRole('form', { name: /^Edit / })
    .getByRole('button', { name: 'Cancel' })
    .click();

  const name = `Journey ${Date.now()}`;
  await page.getByRole('form', { name: 'New category' }).getByLabel('Name', { exact: true }).fill(name);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Category “${name}” created.`)).toBeVisible();

  // A picture for the new category: a text file is refused on the field, a real PNG shows in the tree.
  const [photo, , fake] = await makePngFiles(page);
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  const picture = page.getByRole('form', { name: `Picture of ${name}` });
  await picture.getByLabel('Picture file', { exact: true }).setInputFiles(fake as string);
  await picture.getByRole('button', { name: 'Upload picture' }).click();
  await expect(picture.getByLabel('Picture file', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(picture.locator('.ct-field__error')).not.toBeEmpty();
  await picture.getByLabel('Picture file', { exact: true }).setInputFiles(photo as string);
  await picture.getByLabel('Alt text', { exact: true }).fill('A corner of the back office');
  await picture.getByRole('button', { name: 'Upload picture' }).click();
  await expect(picture.getByRole('status')).toHaveText('Picture added.', { timeout: 20_000 });
  await expect(page.getByRole('img', { name: 'A corner of the back office' })).toHaveAttribute(
    'src',
    /^\/media\//,
  );
  const row = tree.getByRole('listitem').filter({ hasText: name });
  await expect(row.locator('img.ad-tree__thumb')).toBeVisible();
  // The thumbnail really loads (through the back-office origin's /media proxy).
  await expect
    .poll(() => row.locator('img.ad-tree__thumb').evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  await shoot(page, 'category-picture');

  await page.getByRole('button', { name: `Delete ${name}` }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete category' }).click();
  await expect(page.getByText(`Category “${name}” deleted.`)).toBeVisible();
});
