import { LoadingState, PageHeader } from '@comptoir/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../features/account/session-context';
import { useAddresses } from '../../features/addresses/api/list-addresses';
import type { PlacedOrder } from '../../features/cart/api/cart-types';
import { type CheckoutLegal, CheckoutPage } from '../../features/cart/components/checkout/checkout-page';
import { useTheme } from '../../features/content/api/get-theme';
import { orderKeys } from '../../features/orders/api/order-keys';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * Checkout, for guests and signed-in customers alike; a customer's email and default shipping address fill
 * the first steps. Once the order is placed, its confirmation opens with the order's token (which works with or
 * without an account), replacing checkout in the history so Back does not return to a finished checkout.
 * The store's theme says whether the terms must be accepted, and where the terms and privacy pages are.
 */
export function CheckoutRoute() {
  const { data: settings } = useStoreSettings();
  const { session } = useSession();
  const signedIn = session.status === 'signed-in';
  const addresses = useAddresses({ enabled: signedIn });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: theme } = useTheme();
  useDocumentTitle(['Checkout', settings?.name]);

  const pagePath = (page: { handle: string } | null | undefined) =>
    page ? `/pages/${encodeURIComponent(page.handle)}` : null;
  const legal: CheckoutLegal | undefined = theme
    ? {
        termsRequired: theme.legal.requireTermsAcceptance,
        termsPath: pagePath(theme.legal.terms),
        privacyPath: pagePath(theme.legal.privacy),
      }
    : undefined;

  const saved = signedIn ? addresses.data?.items : undefined;
  const suggestedAddress = saved?.find((address) => address.isDefaultShipping) ?? saved?.[0] ?? null;

  function showConfirmation(order: PlacedOrder) {
    // The new order belongs in the customer's order history.
    void queryClient.invalidateQueries({ queryKey: orderKeys.mine });
    const path = order.guestToken
      ? `/orders/${order.number}?token=${encodeURIComponent(order.guestToken)}`
      : `/account/orders/${order.number}`;
    void navigate(path, { replace: true, state: { justPlaced: true } });
  }

  return (
    <>
      <PageHeader title="Checkout" />
      {session.status === 'loading' ? (
        // Restoring a session: wait, so a signed-in customer's details fill the form from the start.
        <LoadingState label="Loading checkout…" />
      ) : (
        <CheckoutPage
          // A signed-in customer's saved address arrives after the page: start the form once it is known.
          key={signedIn && addresses.isPending ? 'waiting' : 'ready'}
          customerEmail={signedIn ? session.customer.email : undefined}
          suggestedAddress={suggestedAddress}
          defaultCountry={settings?.defaultCountry}
          onOrderPlaced={showConfirmation}
          legal={legal}
        />
      )}
    </>
  );
}
