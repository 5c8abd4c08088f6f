import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adaAddress, createFakeCommerce } from '../test/fake-commerce';
import { brandedTheme } from '../test/fake-content';
import { renderApp } from '../test/render-app';

type User = ReturnType<typeof userEvent.setup>;

const requiringTheme = { ...brandedTheme, legal: { ...brandedTheme.legal, requireTermsAcceptance: true } };

function seededCart(requireTermsAcceptance: boolean) {
  const commerce = createFakeCommerce({ requireTermsAcceptance });
  const cartId = commerce.seedCart([{ variantId: 'var_m_sable', quantity: 1 }], {
    email: 'ada@example.com',
    shippingAddress: adaAddress,
    shippingMethodId: 'ship_fr_colissimo',
  });
  return { commerce, cartId };
}

/** The cart has contact, address and shipping: pay by bank transfer and open the review. */
async function reachReview(user: User) {
  await user.click(await screen.findByRole('radio', { name: 'Bank transfer' }));
  await user.click(screen.getByRole('button', { name: 'Review your order' }));
  return screen.findByRole('button', { name: /^Place order/ });
}

const checkoutBodies = (calls: { method: string; url: URL; body: unknown }[]) =>
  calls
    .filter((call) => call.method === 'POST' && call.url.pathname.endsWith('/checkout'))
    .map((call) => call.body as { acceptTerms?: boolean });

describe('checkout terms', () => {
  it('requires the terms to be accepted when the store asks, then sends acceptTerms', async () => {
    const user = userEvent.setup();
    const { commerce, cartId } = seededCart(true);
    const { api, router } = renderApp('/checkout', { commerce, cartId, content: { theme: requiringTheme } });
    const placeOrder = await reachReview(user);
    const review = screen.getByRole('region', { name: /Review and place order/ });
    const accept = within(review).getByRole('checkbox', {
      name: /I have read and accept the terms and conditions/,
    });
    const termsLink = within(review).getByRole('link', { name: /terms and conditions/ });
    expect(termsLink).toHaveAttribute('href', '/pages/terms');
    expect(termsLink).toHaveAttribute('target', '_blank');
    expect(accept).not.toBeChecked();
    expect(accept).toBeRequired();

    await user.click(placeOrder);
    expect(accept).toHaveAccessibleDescription('Accept the terms and conditions to place your order.');
    expect(accept).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(accept).toHaveFocus());
    expect(checkoutBodies(api.calls)).toHaveLength(0);

    await user.click(accept);
    expect(accept).not.toHaveAttribute('aria-invalid');
    await user.click(placeOrder);
    await waitFor(() => expect(router.state.location.pathname).toBe('/orders/1001'));
    expect(checkoutBodies(api.calls)).toEqual([expect.objectContaining({ acceptTerms: true })]);
    expect(commerce.orders[0]?.termsAcceptedAt).not.toBeNull();
  });

  it("shows the API's refusal on the check box when the store asks without the theme saying so", async () => {
    const user = userEvent.setup();
    const { commerce, cartId } = seededCart(true);
    const { api } = renderApp('/checkout', { commerce, cartId, content: { theme: brandedTheme } });
    const placeOrder = await reachReview(user);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(placeOrder);

    const accept = await screen.findByRole('checkbox', { name: /I have read and accept/ });
    expect(accept).toHaveAccessibleDescription('Accept the terms and conditions to place your order.');
    await waitFor(() => expect(accept).toHaveFocus());
    // The refusal is on the check box only, not repeated as a general failure.
    expect(screen.queryByText('Your order was not placed')).not.toBeInTheDocument();
    expect(checkoutBodies(api.calls)).toEqual([expect.objectContaining({ acceptTerms: false })]);
  });

  it('asks nothing more when the store does not require it', async () => {
    const user = userEvent.setup();
    const { commerce, cartId } = seededCart(false);
    const { api, router } = renderApp('/checkout', { commerce, cartId, content: { theme: brandedTheme } });
    const placeOrder = await reachReview(user);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(placeOrder);
    await waitFor(() => expect(router.state.location.pathname).toBe('/orders/1001'));
    expect(checkoutBodies(api.calls)).toEqual([expect.objectContaining({ acceptTerms: false })]);
  });

  it('links the privacy page next to the email field', async () => {
    const commerce = createFakeCommerce();
    const cartId = commerce.seedCart([{ variantId: 'var_m_sable', quantity: 1 }]);
    renderApp('/checkout', { commerce, cartId, content: { theme: brandedTheme } });
    const form = await screen.findByRole('form', { name: 'Contact' });
    expect(await within(form).findByRole('link', { name: /privacy policy/ })).toHaveAttribute(
      'href',
      '/pages/privacy',
    );
  });
});
