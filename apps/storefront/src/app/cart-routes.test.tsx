import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cartIdStorageKey } from '../features/cart/cart-id-store';
import { accessTokenStore } from '../lib/access-token';
import { createFakeCommerce } from '../test/fake-commerce';
import { renderApp, sampleCustomer } from '../test/render-app';

const cartButton = () => within(screen.getByRole('banner')).getByRole('button', { name: /^Cart/ });

describe('add to cart and the mini-cart', () => {
  it('creates the cart on the first add, announces it and updates the header', async () => {
    const user = userEvent.setup();
    const { api } = renderApp('/products/robe-lin?variant=var_m_sable');
    await screen.findByRole('heading', { level: 1 });
    expect(cartButton()).toHaveAccessibleName('Cart, 0 items');

    const quantity = screen.getByLabelText('Quantity');
    await user.clear(quantity);
    await user.type(quantity, '2');
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));

    expect(await screen.findByText('Added to cart')).toBeInTheDocument();
    expect(screen.getByText('Added to cart').closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(cartButton()).toHaveAccessibleName('Cart, 2 items'));
    const cartId = window.localStorage.getItem(cartIdStorageKey);
    expect(cartId).toMatch(/^cart_/);
    expect(api.calls.filter((call) => call.method === 'POST').map((call) => call.url.pathname)).toEqual([
      '/store/carts',
      `/store/carts/${cartId}/items`,
    ]);
    expect(api.calls.at(-1)?.body).toEqual({ variantId: 'var_m_sable', quantity: 2 });

    // Adding again goes to the same cart.
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    await waitFor(() => expect(cartButton()).toHaveAccessibleName('Cart, 4 items'));
    expect(api.requestsTo('/store/carts')).toHaveLength(1);

    await user.click(cartButton());
    const drawer = screen.getByRole('dialog', { name: 'Your cart (4 items)' });
    expect(within(drawer).getByRole('link', { name: 'Robe lin' })).toBeInTheDocument();
    expect(drawer).toHaveTextContent('M / Sable');
    expect(drawer).toHaveTextContent('4 × €59.00');
    expect(drawer).toHaveTextContent('Subtotal€236.00');
    expect(within(drawer).getByRole('link', { name: 'View cart' })).toHaveAttribute('href', '/cart');
    expect(within(drawer).getByRole('link', { name: 'Checkout' })).toHaveAttribute('href', '/checkout');
    expect(within(drawer).getByRole('button', { name: 'Close cart' })).toHaveFocus();

    // Focus stays in the drawer; Escape closes it and gives the focus back to the cart button.
    await user.tab({ shift: true });
    expect(within(drawer).getByRole('link', { name: 'Checkout' })).toHaveFocus();
    await user.tab();
    expect(within(drawer).getByRole('button', { name: 'Close cart' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(cartButton()).toHaveFocus();
  });

  it('explains when there is not enough stock', async () => {
    const user = userEvent.setup();
    const commerce = createFakeCommerce({ stock: { var_s_sable: 1 } });
    renderApp('/products/robe-lin', { commerce });
    await screen.findByRole('heading', { level: 1 });
    await user.clear(screen.getByLabelText('Quantity'));
    await user.type(screen.getByLabelText('Quantity'), '3');
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only 1 left of this item.');
    expect(screen.queryByText('Added to cart')).not.toBeInTheDocument();
  });

  it('starts a new cart when the stored one was checked out', async () => {
    const user = userEvent.setup();
    const commerce = createFakeCommerce();
    const old = commerce.seedCart([{ variantId: 'var_s_sable', quantity: 1 }], { status: 'completed' });
    renderApp('/products/robe-lin', { commerce, cartId: old });
    await screen.findByRole('heading', { level: 1 });
    // The completed cart is not shown as the current one.
    await waitFor(() => expect(window.localStorage.getItem(cartIdStorageKey)).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    await waitFor(() => expect(cartButton()).toHaveAccessibleName('Cart, 1 item'));
    expect(window.localStorage.getItem(cartIdStorageKey)).not.toBe(old);
  });
});

describe('cart page', () => {
  function seeded() {
    const commerce = createFakeCommerce();
    const cartId = commerce.seedCart([
      { variantId: 'var_m_sable', quantity: 1 },
      { variantId: 'var_s_sable', quantity: 2 },
    ]);
    return { commerce, cartId };
  }

  it('lists the lines with their prices and totals', async () => {
    const { commerce, cartId } = seeded();
    renderApp('/cart', { commerce, cartId });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your cart' })).toBeInTheDocument();
    const line = await screen.findByRole('listitem', { name: 'Robe lin, M / Sable' });
    expect(line).toHaveTextContent('€59.00 each');
    expect(line.querySelector('img')).toHaveAttribute('src', '/media/img_1-320.webp');
    const summary = screen.getByRole('complementary', { name: 'Order summary' });
    expect(summary).toHaveTextContent('Subtotal€157.00');
    expect(summary).toHaveTextContent('ShippingCalculated at checkout');
    expect(summary).toHaveTextContent('Incl. TVA (20%)€26.17');
    expect(summary).toHaveTextContent('Total€157.00');
    expect(within(summary).getByRole('link', { name: 'Checkout' })).toHaveAttribute('href', '/checkout');
  });

  it('changes quantities and removes lines, down to the empty cart', async () => {
    const user = userEvent.setup();
    const { commerce, cartId } = seeded();
    const { api } = renderApp('/cart', { commerce, cartId });
    const line = await screen.findByRole('listitem', { name: 'Robe lin, M / Sable' });
    await user.click(within(line).getByRole('button', { name: 'Increase quantity of Robe lin, M / Sable' }));
    await waitFor(() =>
      expect(within(line).getByLabelText('Quantity of Robe lin, M / Sable')).toHaveValue(2),
    );
    expect(line).toHaveTextContent('€118.00');
    const patch = api.calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({ quantity: 2 });

    // A typed quantity is sent when the field is left.
    const other = screen.getByRole('listitem', { name: 'Robe lin, S / Sable' });
    const input = within(other).getByLabelText('Quantity of Robe lin, S / Sable');
    await user.clear(input);
    await user.type(input, '5{Enter}');
    await waitFor(() => expect(other).toHaveTextContent('€245.00'));
    expect(within(other).getByRole('button', { name: /Decrease/ })).toBeEnabled();

    await user.click(within(other).getByRole('button', { name: 'Remove Robe lin, S / Sable' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Robe lin, S / Sable' })).toBeNull());
    expect(screen.getByRole('complementary', { name: 'Order summary' })).toHaveTextContent('Subtotal€118.00');
    await user.click(screen.getByRole('button', { name: 'Remove Robe lin, M / Sable' }));
    expect(await screen.findByRole('heading', { name: 'Your cart is empty' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue shopping' })).toHaveAttribute('href', '/');
    expect(cartButton()).toHaveAccessibleName('Cart, 0 items');
  });

  it('shows why a discount code is refused on the field, then applies and removes one', async () => {
    const user = userEvent.setup();
    const { commerce, cartId } = seeded();
    renderApp('/cart', { commerce, cartId });
    const field = await screen.findByLabelText('Discount code');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(field).toHaveAccessibleDescription('Enter a discount code.');

    await user.type(field, 'NOPE');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription('We do not know this code. Check its spelling.'),
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();

    await user.clear(field);
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.type(field, 'welcome10');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const summary = screen.getByRole('complementary', { name: 'Order summary' });
    await waitFor(() => expect(summary).toHaveTextContent('Welcome offer 10 % (WELCOME10)−€15.70'));
    expect(summary).toHaveTextContent('Total€141.30');
    expect(field).toHaveValue('');
    const applied = screen.getByRole('list', { name: 'Applied discount codes' });
    await user.click(within(applied).getByRole('button', { name: 'Remove code WELCOME10' }));
    await waitFor(() => expect(summary).not.toHaveTextContent('WELCOME10'));
  });

  it('warns about lines that cannot be bought as they are', async () => {
    const commerce = createFakeCommerce({ stock: { var_m_sable: 1 } });
    const cartId = commerce.seedCart([{ variantId: 'var_m_sable', quantity: 3 }]);
    renderApp('/cart', { commerce, cartId });
    const line = await screen.findByRole('listitem', { name: 'Robe lin, M / Sable' });
    expect(line).toHaveTextContent('Only 1 left: lower the quantity to continue.');
    expect(screen.getByText(/Some items cannot be bought as they are/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Checkout' })).not.toBeInTheDocument();
  });

  it('forgets a cart id the API no longer knows and shows the empty cart', async () => {
    renderApp('/cart', { cartId: 'cart_gone' });
    expect(await screen.findByRole('heading', { name: 'Your cart is empty' })).toBeInTheDocument();
    expect(window.localStorage.getItem(cartIdStorageKey)).toBeNull();
  });

  it("claims the guest cart when a customer is signed in, and uses the customer's cart from then on", async () => {
    const commerce = createFakeCommerce();
    const cartId = commerce.seedCart([{ variantId: 'var_s_sable', quantity: 1 }]);
    const { api } = renderApp('/cart', { commerce, cartId, customer: sampleCustomer });
    await screen.findByRole('listitem', { name: 'Robe lin, S / Sable' });
    await waitFor(() => expect(api.requestsTo(`/store/carts/${cartId}/claim`)).toHaveLength(1));
    expect(window.localStorage.getItem(cartIdStorageKey)).toBe(cartId);
  });

  it("loads a signed-in customer's cart from their account when the browser has none", async () => {
    const commerce = createFakeCommerce();
    const cartId = commerce.seedCart([{ variantId: 'var_m_marine', quantity: 1 }], { customerId: 'cus_01' });
    commerce.setMyCart(cartId);
    renderApp('/cart', { commerce, customer: sampleCustomer });
    expect(await screen.findByRole('listitem', { name: 'Robe lin, M / Marine' })).toBeInTheDocument();
    expect(window.localStorage.getItem(cartIdStorageKey)).toBe(cartId);
  });

  it("forgets the customer's cart on this browser when they sign out", async () => {
    const commerce = createFakeCommerce();
    const cartId = commerce.seedCart([{ variantId: 'var_s_sable', quantity: 2 }], { customerId: 'cus_01' });
    renderApp('/cart', { commerce, cartId, customer: sampleCustomer });
    await screen.findByRole('listitem', { name: 'Robe lin, S / Sable' });
    await waitFor(() => expect(cartButton()).toHaveAccessibleName('Cart, 2 items'));
    act(() => accessTokenStore.clear());
    expect(await screen.findByRole('heading', { name: 'Your cart is empty' })).toBeInTheDocument();
    expect(window.localStorage.getItem(cartIdStorageKey)).toBeNull();
    expect(cartButton()).toHaveAccessibleName('Cart, 0 items');
  });
});
