import { expect, type Page, test } from '@playwright/test';
import { urls } from '../playwright.config';

interface Money {
  amount: number;
  currency: string;
}
interface Variant {
  id: string;
  sku: string;
  options: Record<string, string>;
  price: Money;
  compareAtPrice?: Money;
  available: boolean;
}
interface Product {
  handle: string;
  title: string;
  options: { name: string; values: string[] }[];
  variants: Variant[];
}

const formatMoney = (money: Money) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: money.currency }).format(money.amount / 100);

async function screenshots(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    // Pictures load lazily: scroll them in so the full-page capture shows them.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Waits until the listing shows the results of the current URL (the previous ones stay while loading). */
async function resultsSettled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

// "pantalons" with two letters swapped: the search tolerates one typo.
const misspelt = 'pantlaons';

test('a customer finds a product despite a typo, filters, and picks a variant', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Categories' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'New arrivals' }).getByRole('article')).toHaveCount(6);
  await screenshots(page, 'catalog-home');

  const search = page.getByRole('banner').getByRole('searchbox', { name: 'Search products' });
  await search.fill(misspelt);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${misspelt}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Results for “${misspelt}”`);
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: /^Pantalons / }).first()).toBeVisible();
  const count = page.getByText(/^\d+ products?$/);
  const countBefore = await count.textContent();

  // Filter by a material (a product feature): URL and results follow.
  const materials = page.getByRole('group', { name: 'Matière' });
  const firstMaterial = materials.getByRole('checkbox').first();
  const label = (await materials.locator('label').first().textContent()) ?? '';
  const material = label.replace(/\s*\(\d+\)\s*$/, '').trim();
  const expectedCount = Number(/\((\d+)\)/.exec(label)?.[1]);
  await firstMaterial.check();
  await expect(page).toHaveURL(
    new RegExp(`feature=${encodeURIComponent(`Matière:${material}`).replace(/%20/g, '(\\+|%20)')}`),
  );
  await expect(count).toHaveText(expectedCount === 1 ? '1 product' : `${expectedCount} products`);
  expect(await count.textContent()).not.toBe(countBefore);
  const titles = await results.getByRole('heading').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(title.toLowerCase()).toContain(material.toLowerCase());
  await screenshots(page, 'catalog-search-filtered');

  // Back removes the filter again.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${misspelt}$`));
  await expect(count).toHaveText(countBefore ?? '');
  await page.goForward();
  await expect(count).toHaveText(expectedCount === 1 ? '1 product' : `${expectedCount} products`);

  // Open a product of the filtered results whose variants differ (in stock or price) from the first one shown.
  const filtered = await (
    await request.get(`${urls.api}/store/products`, {
      params: { q: misspelt, feature: `Matière:${material}`, limit: 24 },
    })
  ).json();
  let target: { product: Product; variant: Variant } | undefined;
  for (const card of filtered.items as { handle: string }[]) {
    const product: Product = await (await request.get(`${urls.api}/store/products/${card.handle}`)).json();
    const initial = product.variants.find((variant) => variant.available) ?? product.variants[0];
    const variant = product.variants.find(
      (candidate) =>
        initial &&
        (candidate.available !== initial.available ||
          candidate.price.amount !== initial.price.amount ||
          candidate.compareAtPrice?.amount !== initial.compareAtPrice?.amount),
    );
    if (variant) {
      target = { product, variant };
      break;
    }
  }
  if (!target) throw new Error('No product in the results has variants that differ');
  const { product, variant } = target;

  await results.getByRole('link', { name: product.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/products/${product.handle}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.title);
  const offer = page.locator('.sf-product__offer');
  await expect(offer).toContainText('In stock');
  const skuBefore = await offer.getByText(/^SKU:/).textContent();

  for (const option of product.options) {
    const value = variant.options[option.name] ?? '';
    const group = page.getByRole('group', { name: new RegExp(`^${option.name}:`) });
    await group.getByRole('radio', { name: new RegExp(`^${value}( \\(out of stock\\))?$`) }).check();
  }
  await expect(page).toHaveURL(new RegExp(`variant=${variant.id}$`));
  await expect(offer.getByText(/^SKU:/)).toHaveText(`SKU: ${variant.sku}`);
  expect(await offer.getByText(/^SKU:/).textContent()).not.toBe(skuBefore);
  await expect(offer).toContainText(variant.available ? 'In stock' : 'Out of stock');
  await expect(offer).toContainText(formatMoney(variant.price));
  if (variant.compareAtPrice && variant.compareAtPrice.amount > variant.price.amount) {
    await expect(offer.locator('s')).toContainText(formatMoney(variant.compareAtPrice));
  }

  // Search engines get the product and the chosen variant's offer.
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({
    '@type': 'Product',
    name: product.title,
    sku: variant.sku,
    offers: {
      price: (variant.price.amount / 100).toFixed(2),
      priceCurrency: variant.price.currency,
      availability: `https://schema.org/${variant.available ? 'InStock' : 'OutOfStock'}`,
    },
  });
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${urls.storefront}/products/${product.handle}`,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    new RegExp(`^${product.title}`),
  );
  await screenshots(page, 'catalog-product');
});

test('a category page has breadcrumbs, filters and pages', async ({ page, request }) => {
  const tree = await (await request.get(`${urls.api}/store/categories`)).json();
  const top = tree.items[0];
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: top.name }).click();
  await expect(page).toHaveURL(new RegExp(`/categories/${top.handle}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(top.name);
  await expect(page).toHaveTitle(new RegExp(`^${top.name} · `));

  // A sub-category from the facets, then back up through the breadcrumb.
  const child = top.children[0];
  await page
    .getByRole('complementary', { name: 'Filters' })
    .getByRole('link', { name: new RegExp(`^${child.name}`) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(child.name);
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: top.name })).toBeVisible();

  await page.getByRole('checkbox', { name: 'In stock only' }).check();
  await expect(page).toHaveURL(/inStock=true/);
  // A price band: the URL carries it and the choice stays ticked once the results arrive.
  const price = page.getByRole('group', { name: 'Price' });
  const band = price.getByRole('radio').nth(2);
  const bandLabel = (await price.locator('label').nth(2).textContent()) ?? '';
  await band.check();
  await expect(page).toHaveURL(/minPrice=\d+/);
  await resultsSettled(page);
  await expect(price.getByRole('radio', { name: bandLabel.trim() })).toBeChecked();
  await price.getByRole('radio', { name: 'Any price' }).check();
  await expect(page).not.toHaveURL(/Price=/);
  await page.getByLabel('Sort by').selectOption('price_asc');
  await expect(page).toHaveURL(/inStock=true&sort=price_asc/);
  await resultsSettled(page);
  const firstTitle = await page.getByRole('article').first().getByRole('heading').textContent();
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/cursor=/);
  await resultsSettled(page);
  await expect(page.getByRole('article').first().getByRole('heading')).not.toHaveText(firstTitle ?? '');
  await page.getByRole('link', { name: 'Previous' }).click();
  await expect(page.getByRole('article').first().getByRole('heading')).toHaveText(firstTitle ?? '');
  await screenshots(page, 'catalog-category');

  await breadcrumb.getByRole('link', { name: top.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(top.name);
});

test('small screens fold the categories and filters behind buttons', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/search?q=chemise');
  const menu = page.getByRole('navigation', { name: 'Categories' });
  await expect(menu.getByRole('link').first()).toBeHidden();
  await menu.getByRole('button', { name: 'Categories' }).click();
  await expect(menu.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu.getByRole('link').first()).toBeHidden();

  const filters = page.getByRole('complementary', { name: 'Filters' });
  await expect(filters).toBeHidden();
  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(filters).toBeVisible();
  await filters.getByRole('checkbox', { name: 'In stock only' }).check();
  await expect(page).toHaveURL(/inStock=true/);
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: 'test-results/screens/catalog-filters-open-360.png', fullPage: true });
});

test('an unknown product shows the not-found page', async ({ page }) => {
  await page.goto('/products/no-such-product');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText(/This product does not exist/)).toBeVisible();
  await expect(page).toHaveTitle(/^Product not found/);
});

/** A 1200×750 PNG drawn in the browser: a gradient with a word on it, like a real banner photo. */
async function drawPicture(page: Page, word: string): Promise<Buffer> {
  await page.setViewportSize({ width: 1200, height: 750 });
  await page.setContent(
    `<body style="margin:0"><div style="display:grid;place-items:center;width:1200px;height:750px;
      background:linear-gradient(135deg,#c2855a,#f3d9b1 55%,#6b8f71);font:bold 120px sans-serif;color:#fff8">
      ${word}</div></body>`,
  );
  return page.screenshot({ clip: { x: 0, y: 0, width: 1200, height: 750 } });
}

test("a category's picture shows on its home tile and as its page's banner", async ({ page, request }) => {
  const login = await request.post(`${urls.api}/admin/auth/login`, {
    data: { email: 'admin@comptoir.test', password: 'comptoir-demo-admin' },
  });
  expect(login.ok()).toBe(true);
  const { accessToken } = await login.json();
  const tree = await (await request.get(`${urls.api}/store/categories`)).json();
  const top = tree.items[0];
  const upload = await request.put(`${urls.api}/admin/categories/${top.id}/image`, {
    headers: { authorization: `Bearer ${accessToken}` },
    multipart: {
      file: { name: 'banner.png', mimeType: 'image/png', buffer: await drawPicture(page, top.name) },
      alt: `${top.name} collection`,
    },
  });
  expect(upload.status()).toBe(200);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const tiles = page.getByRole('list', { name: 'Categories' });
  const tilePicture = tiles.getByRole('img', { name: `${top.name} collection` });
  await tilePicture.scrollIntoViewIfNeeded();
  await expect(tilePicture).toHaveAttribute('src', /^\/media\/.+/);
  await expect
    .poll(() => tilePicture.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  await screenshots(page, 'home-category-picture');

  await tiles.getByRole('link', { name: new RegExp(top.name) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(top.name);
  const banner = page.getByRole('img', { name: `${top.name} collection` });
  await expect
    .poll(() => banner.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  // On a phone the banner stays a short strip: the first products are still near the top.
  await page.setViewportSize({ width: 360, height: 800 });
  const box = await banner.boundingBox();
  expect(box?.height ?? 0).toBeLessThanOrEqual(120);
  await screenshots(page, 'category-picture');
});
