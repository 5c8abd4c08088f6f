import type { ReactNode } from 'react';
import { useSession } from '../features/account/session-context';
import { CartProvider } from '../features/cart/cart-context';
import type { CartIdStore } from '../features/cart/cart-id-store';

/**
 * The cart, told who is signed in: the cart feature claims the guest cart when a customer signs in and drops
 * the customer's cart id when they sign out (features do not reach into each other; the app connects them).
 */
export function CartSessionProvider({ store, children }: { store?: CartIdStore; children: ReactNode }) {
  const { session } = useSession();
  const customerId =
    session.status === 'signed-in' ? session.customer.id : session.status === 'signed-out' ? null : undefined;
  return (
    <CartProvider customerId={customerId} store={store}>
      {children}
    </CartProvider>
  );
}
