import { expect, type Page, test } from '@playwright/test';
import { urls } from '../playwright.config';

interface Variant {
  id: string;
  available: boolean;
}
interface ProductCard {
  handle: string;
  inStock: boolean;
}

/** Screenshots go outside the repository (they are for looking at, not for committing). */
const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots-storefront';
const password = 'correct horse battery';

async function screenshots(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: `${shotsDir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A product page URL with an in-stock variant of the demo catalog. */
async function inStockProductPath(page: Page): Promise<string> {
  const list = await (await page.request.get(`${urls.api}/store/products?limit=50`)).json();
  for (const card of list.items as ProductCard[]) {
    if (!card.inStock) continue;
    const product = await (await page.request.get(`${urls.api}/store/products/${card.handle}`)).json();
    const variant = (product.variants as Variant[]).find((candidate) => candidate.available);
    if (variant) return `/products/${card.handle}?variant=${variant.id}`;
  }
  throw new Error('The demo catalog has no product in stock');
}

async function addToCart(page: Page) {
  await page.goto(await inStockProductPath(page));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText('Added to cart')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: /^Cart, [1-9]/ })).toBeVisible();
}

async function fillContactAndAddress(page: Page, email: string | null) {
  if (email) await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue to shipping address' }).click();
  const form = page.getByRole('form', { name: 'Shipping address' });
  await expect(form).toBeVisible();
  await form.getByLabel('First name').fill('Ada');
  await form.getByLabel('Last name').fill('Lovelace');
  await form.getByLabel('Address line 1').fill('12 rue des Lilas');
  await form.getByLabel('City').fill('Paris');
  await form.getByLabel('Country').selectOption('FR');
  await form.getByLabel('Postal code').fill('75011');
}

async function chooseShipping(page: Page) {
  await page.getByRole('button', { name: 'Continue to shipping method' }).click();
  await page.getByRole('radio', { name: /Colissimo/ }).check();
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('form', { name: 'Payment' })).toBeVisible();
}

async function payWithCard(page: Page, number: string) {
  const form = page.getByRole('form', { name: 'Payment' });
  await form.getByLabel('Card number').fill(number);
  await form.getByLabel('Expiry date').fill('12/34');
  await form.getByLabel('Security code').fill('123');
  await form.getByLabel('Name on card').fill('Ada Lovelace');
  await form.getByRole('button', { name: 'Review your order' }).click();
  await page.getByRole('button', { name: /^Place order/ }).click();
}

test('a guest applies a discount code, pays by card and sees the confirmation', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await addToCart(page);
  await screenshots(page, 'product-added');

  const cartButton = page.getByRole('banner').getByRole('button', { name: /^Cart, / });
  await cartButton.click();
  const drawer = page.getByRole('dialog', { name: /Your cart/ });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Close cart' })).toBeFocused();
  // The page behind is out of reach; Escape closes the drawer and the focus goes back to the cart button.
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(cartButton).toBeFocused();
  await cartButton.click();
  await expect(drawer).toBeVisible();
  await page.screenshot({ path: `${shotsDir}/mini-cart-1280.png` });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: `${shotsDir}/mini-cart-360.png` });
  await page.setViewportSize({ width: 1280, height: 900 });
  await drawer.getByRole('link', { name: 'View cart' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your cart' })).toBeVisible();

  const code = page.getByLabel('Discount code');
  await code.fill('NOT-A-CODE');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await screenshots(page, 'cart-discount-error');
  await code.fill('WELCOME10');
  await page.getByRole('button', { name: 'Apply' }).click();
  const summary = page.getByRole('complementary', { name: 'Order summary' });
  await expect(summary.getByText('Welcome: 10 % off')).toBeVisible();
  await screenshots(page, 'cart');

  await summary.getByRole('link', { name: 'Checkout' }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await screenshots(page, 'checkout-contact');
  await fillContactAndAddress(page, `guest.${Date.now()}@example.com`);
  await screenshots(page, 'checkout-address');
  await page.getByRole('button', { name: 'Continue to shipping method' }).click();
  await expect(page.getByRole('radio', { name: /Colissimo/ })).toBeVisible();
  await screenshots(page, 'checkout-shipping');
  await page.getByRole('radio', { name: /Colissimo/ }).check();
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByText('Test mode')).toBeVisible();
  await screenshots(page, 'checkout-payment');
  const payment = page.getByRole('form', { name: 'Payment' });
  await payment.getByLabel('Card number').fill('4242 4242 4242 4242');
  await payment.getByLabel('Expiry date').fill('12/34');
  await payment.getByLabel('Security code').fill('123');
  await payment.getByRole('button', { name: 'Review your order' }).click();
  await expect(page.getByRole('button', { name: /^Place order/ })).toBeVisible();
  await screenshots(page, 'checkout-review');
  await page.getByRole('button', { name: /^Place order/ }).click();

  await expect(page).toHaveURL(/\/orders\/\d+\?token=/);
  const heading = page.getByRole('heading', { level: 1, name: /^Thank you! Order #\d+ is placed$/ });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('region', { name: 'Items' }).getByText('Welcome: 10 % off')).toBeVisible();
  await expect(page.getByText('Visa •••• 4242')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Cart, 0 items' })).toBeVisible();
  await screenshots(page, 'order-confirmation');

  // The confirmation's address is the link the email carries: opened in a new tab, it shows the order.
  const emailLink = await page.context().newPage();
  await emailLink.goto(page.url());
  await expect(emailLink.getByRole('heading', { level: 1, name: /^Order #\d+$/ })).toBeVisible();
  await expect(emailLink.getByText('Visa •••• 4242')).toBeVisible();
});

test('a declined card is explained, then another card goes through', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await addToCart(page);
  await page.goto('/checkout');
  await fillContactAndAddress(page, `declined.${Date.now()}@example.com`);
  await chooseShipping(page);
  await payWithCard(page, '4000 0000 0000 0002');

  const payment = page.getByRole('form', { name: 'Payment' });
  await expect(payment.getByRole('alert')).toContainText(/declined/i);
  await expect(payment.getByLabel('Card number')).toHaveValue('4000 0000 0000 0002');
  await screenshots(page, 'checkout-declined');
  await expect(page).toHaveURL(/\/checkout$/);

  await payment.getByLabel('Card number').fill('4242 4242 4242 4242');
  await payment.getByRole('button', { name: 'Review your order' }).click();
  await page.getByRole('button', { name: /^Place order/ }).click();
  await expect(page).toHaveURL(/\/orders\/\d+\?token=/);
  await expect(
    page.getByRole('heading', { level: 1, name: /^Thank you! Order #\d+ is placed$/ }),
  ).toBeVisible();
});

test('a registered customer checks out and finds the order in their account', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const email = `buyer.${Date.now()}@example.com`;
  // Shopping starts as a guest; creating the account takes the guest cart along.
  await addToCart(page);
  await page.goto('/account/register');
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Hopper');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);

  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Orders' }).click();
  await expect(page.getByRole('heading', { name: 'No orders yet' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Cart, 1 item' })).toBeVisible();
  await screenshots(page, 'account-orders-empty');

  // Still the same cart after a reload (the session comes back from its cookie, the cart id from storage).
  await page.reload();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Cart, 1 item' })).toBeVisible();
  await page.goto('/checkout');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await fillContactAndAddress(page, null);
  await chooseShipping(page);
  await payWithCard(page, '4242424242424242');
  await expect(page).toHaveURL(/\/orders\/\d+\?token=/);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const number = /#(\d+)/.exec(heading ?? '')?.[1];
  expect(number).toBeTruthy();

  await page.goto('/account/orders');
  const list = page.getByRole('list', { name: 'Your orders' });
  const order = list.getByRole('link', { name: new RegExp(`Order #${number}`) });
  await expect(order).toBeVisible();
  await screenshots(page, 'account-orders');
  await order.click();
  await expect(page.getByRole('heading', { level: 1, name: `Order #${number}` })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await screenshots(page, 'account-order');
});
