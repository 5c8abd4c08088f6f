import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cartIdStorageKey } from '../features/cart/cart-id-store';
import { createFakeCommerce } from '../test/fake-commerce';
import { renderApp, sampleAddress, sampleCustomer } from '../test/render-app';

type User = ReturnType<typeof userEvent.setup>;

function seededCart() {
  const commerce = createFakeCommerce();
  const cartId = commerce.seedCart([{ variantId: 'var_m_sable', quantity: 1 }]);
  return { commerce, cartId };
}

const step = (name: string) => screen.getByRole('region', { name: new RegExp(name) });

async function fillAddress(user: User, { postalCode = '75011', country = 'FR' } = {}) {
  const form = screen.getByRole('form', { name: 'Shipping address' });
  await user.type(within(form).getByLabelText('First name'), 'Ada');
  await user.type(within(form).getByLabelText('Last name'), 'Lovelace');
  await user.type(within(form).getByLabelText('Address line 1'), '12 rue des Lilas');
  await user.type(within(form).getByLabelText('City'), 'Paris');
  await user.selectOptions(within(form).getByLabelText('Country'), country);
  await user.type(within(form).getByLabelText('Postal code'), postalCode);
}

async function fillCard(user: User, number: string) {
  const form = screen.getByRole('form', { name: 'Payment' });
  const field = within(form).getByLabelText('Card number');
  await user.clear(field);
  await user.type(field, number);
  const expiry = within(form).getByLabelText('Expiry date');
  await user.clear(expiry);
  await user.type(expiry, '12/34');
  const cvc = within(form).getByLabelText('Security code');
  await user.clear(cvc);
  await user.type(cvc, '123');
}

/** Contact, address and shipping, as a guest in France. */
async function reachPayment(user: User) {
  await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
  await user.click(screen.getByRole('button', { name: 'Continue to shipping address' }));
  await screen.findByRole('form', { name: 'Shipping address' });
  await fillAddress(user);
  await user.click(screen.getByRole('button', { name: 'Continue to shipping method' }));
  await user.click(await screen.findByRole('radio', { name: /Colissimo/ }));
  await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
  await screen.findByRole('form', { name: 'Payment' });
}

describe('checkout', () => {
  it('checks each step before saving it, with postal codes checked per country', async () => {
    const user = userEvent.setup();
    const { commerce, cartId } = seededCart();
    const { api } = renderApp('/checkout', { commerce, cartId });
    expect(await screen.findByRole('heading', { level: 1, name: 'Checkout' })).toBeInTheDocument();
    const email = await screen.findByLabelText('Email');
    await user.click(screen.getByRole('button', { name: 'Continue to shipping address' }));
    expect(email).toHaveAccessibleDescription(/Enter your email address\./);
    expect(email).toHaveFocus();
    await user.type(email, 'ada@');
    await user.click(screen.getByRole('button', { name: 'Continue to shipping address' }));
    expect(email).toHaveAccessibleDescription(/Enter a valid email address/);
    expect(api.calls.filter((call) => call.method === 'PATCH')).toHaveLength(0);

    await user.type(email, 'example.com');
    await user.click(screen.getByRole('button', { name: 'Continue to shipping address' }));
    const form = await screen.findByRole('form', { name: 'Shipping address' });
    expect(step('Contact')).toHaveTextContent('ada@example.com');
    expect(within(form).getByLabelText('Country')).toHaveValue('FR');
    await waitFor(() => expect(screen.getByRole('heading', { name: /Shipping address/ })).toHaveFocus());

    await user.click(within(form).getByRole('button', { name: 'Continue to shipping method' }));
    expect(within(form).getByLabelText('City')).toHaveAccessibleDescription('Enter the city.');
    await fillAddress(user, { postalCode: '7501' });
    await user.click(within(form).getByRole('button', { name: 'Continue to shipping method' }));
    expect(within(form).getByLabelText('Postal code')).toHaveAccessibleDescription(
      'Enter a valid postal code, e.g. 75011.',
    );
    await user.type(within(form).getByLabelText('Postal code'), '1');
    await user.click(within(form).getByRole('button', { name: 'Continue to shipping method' }));

    const option = await screen.findByRole('radio', { name: /Colissimo/ });
    expect(option.closest('label')).toHaveTextContent('Colissimo2–3 business days€4.90');
    expect(commerce.cart(cartId)?.shippingAddress).toMatchObject({ postalCode: '75011', country: 'FR' });
    // The first method is chosen to begin with.
    expect(option).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
    await screen.findByRole('form', { name: 'Payment' });
    expect(step('Shipping method')).toHaveTextContent('Colissimo · €4.90 · 2–3 business days');
    const summary = screen.getByRole('complementary', { name: 'Order summary' });
    expect(summary).toHaveTextContent('Shipping€4.90');

    expect(
      screen.getByText(/4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review your order' }));
    expect(screen.getByLabelText('Card number')).toHaveAccessibleDescription('Enter the card number.');
    await user.type(screen.getByLabelText('Card number'), '4242 4242 4242 4241');
    await user.type(screen.getByLabelText('Expiry date'), '01/20');
    await user.type(screen.getByLabelText('Security code'), '12');
    await user.click(screen.getByRole('button', { name: 'Review your order' }));
    expect(screen.getByLabelText('Card number')).toHaveAccessibleDescription('Check the card number.');
    expect(screen.getByLabelText('Expiry date')).toHaveAccessibleDescription('MM/YY This card has expired.');
    expect(screen.getByLabelText('Security code')).toHaveAccessibleDescription(
      '3 digits on the back The security code is 3 or 4 digits.',
    );
  });

  it("shows the API's field errors on the address fields", async () => {
    const user = userEvent.setup();
    const { commerce, cartId } = seededCart();
    renderApp('/checkout', { commerce, cartId });
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue to shipping address' }));
    await screen.findByRole('form', { name: 'Shipping address' });
    await fillAddress(user, { postalCode: '00000' });
    await user.click(screen.getByRole('button', { name: 'Continue to shipping method' }));
    const postalCode = screen.getByLabelText('Postal code');
    await waitFor(() => expect(postalCode).toHaveAccessibleDescription('This postal code does not exist.'));
    expect(postalCode).toHaveFocus();
  });

  it('says so when nobody ships to the address', async () => {
    const user = userEvent.setup();
    const { commerce, cartId } = seededCart();
    renderApp('/checkout', { commerce, cartId });
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue to shipping address' }));
    await screen.findByRole('form', { name: 'Shipping address' });
    await fillAddress(user, { country: 'DE', postalCode: '10115' });
    await user.click(screen.getByRole('button', { name: 'Continue to shipping method' }));
    expect(await screen.findByText('We do not ship to Germany yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change the address' }));
    expect(await screen.findByRole('form', { name: 'Shipping address' })).toBeInTheDocument();
  });

  it('brings a declined card back to the payment step, then places the order with a new key', async () => {
    const user = userEvent.setup();
    const { commerce, cartId } = seededCart();
    const { router } = renderApp('/checkout', { commerce, cartId });
    await reachPayment(user);
    await fillCard(user, '4000 0000 0000 0002');
    await user.click(screen.getByRole('button', { name: 'Review your order' }));
    expect(step('Payment')).toHaveTextContent('Card •••• 0002');
    await user.click(await screen.findByRole('button', { name: /^Place order/ }));

    const payment = await screen.findByRole('form', { name: 'Payment' });
    expect(within(payment).getByRole('alert')).toHaveTextContent('Your card was declined. Try another card.');
    expect(within(payment).getByLabelText('Card number')).toHaveValue('4000 0000 0000 0002');
    expect(within(payment).getByLabelText('Card number')).toBeEnabled();
    // Nothing happened to the cart.
    expect(commerce.cart(cartId)?.status).toBe('open');
    expect(window.localStorage.getItem(cartIdStorageKey)).toBe(cartId);

    await fillCard(user, '4242 4242 4242 4242');
    await user.click(screen.getByRole('button', { name: 'Review your order' }));
    await user.click(await screen.findByRole('button', { name: /^Place order · €63.90/ }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/orders/1001'));
    expect(router.state.location.search).toMatch(/^\?token=tok_/);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thank you! Order #1001 is placed' }),
    ).toBeInTheDocument();
    expect(commerce.checkoutKeys).toHaveLength(2);
    expect(commerce.checkoutKeys[0]).not.toBe(commerce.checkoutKeys[1]);
    expect(commerce.checkoutKeys[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(window.localStorage.getItem(cartIdStorageKey)).toBeNull();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: /^Cart/ })).toHaveAccessibleName(
      'Cart, 0 items',
    );
  });

  it('retries a failed attempt with the same key, so an order is never placed twice', async () => {
    const user = userEvent.setup();
    const { commerce, cartId } = seededCart();
    const { router } = renderApp('/checkout', { commerce, cartId });
    await reachPayment(user);
    await fillCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Review your order' }));
    commerce.failNextCheckout(503);
    await user.click(await screen.findByRole('button', { name: /^Place order/ }));
    const review = screen.getByRole('region', { name: /Review and place order/ });
    expect(await within(review).findByRole('alert')).toHaveTextContent(
      'Your order was not placed' +
        'The store is having trouble right now. Please try again in a moment. Trying again is safe: you will not be charged twice.',
    );
    await user.click(within(review).getByRole('button', { name: /^Place order/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/orders/1001'));
    expect(commerce.checkoutKeys).toHaveLength(2);
    expect(commerce.checkoutKeys[1]).toBe(commerce.checkoutKeys[0]);
  });

  it('prefills a signed-in customer, and pays by bank transfer', async () => {
    const user = userEvent.setup();
    const { commerce, cartId } = seededCart();
    const { router } = renderApp('/checkout', {
      commerce,
      cartId,
      customer: sampleCustomer,
      addresses: [sampleAddress],
    });
    expect(await screen.findByLabelText('Email')).toHaveValue('ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue to shipping address' }));
    const form = await screen.findByRole('form', { name: 'Shipping address' });
    expect(within(form).getByLabelText('Address line 1')).toHaveValue('12 rue des Lilas');
    await user.click(within(form).getByRole('button', { name: 'Continue to shipping method' }));
    await user.click(await screen.findByRole('radio', { name: /Colissimo/ }));
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
    await user.click(await screen.findByRole('radio', { name: 'Bank transfer' }));
    await user.click(screen.getByRole('button', { name: 'Review your order' }));
    await user.click(await screen.findByRole('button', { name: /^Place order/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/orders/1001'));
    const transfer = await screen.findByText('Pay by bank transfer');
    expect(transfer.closest('[role="status"]')).toHaveTextContent('IBAN FR76');
  });

  it('shows the empty state without a cart', async () => {
    renderApp('/checkout');
    expect(await screen.findByRole('heading', { name: 'Your cart is empty' })).toBeInTheDocument();
  });
});
