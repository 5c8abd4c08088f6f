import { buttonClassName, EmptyState, ErrorState, LoadingState } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { describeError } from '../../../lib/describe-error';
import type { Cart } from '../api/cart-types';
import type { CartContextValue } from '../cart-context';

export interface CartStatesProps {
  /** The cart as `useCart()` gives it. */
  state: Pick<CartContextValue, 'cart' | 'isLoading' | 'error' | 'refetch'>;
  /** Said under "Your cart is empty". */
  emptyDescription: string;
  /** What to show of a cart with lines. */
  children: (cart: Cart) => ReactNode;
}

/** A page over the cart: loading, error (with retry) and empty states, then `children` with the cart. */
export function CartStates({ state, emptyDescription, children }: CartStatesProps) {
  const { cart, isLoading, error, refetch } = state;
  if (isLoading) return <LoadingState label="Loading your cart…" />;
  if (error) {
    return (
      <ErrorState
        title="Your cart could not be loaded"
        description={describeError(error)}
        onRetry={refetch}
      />
    );
  }
  if (!cart || cart.items.length === 0) {
    return (
      <EmptyState
        title="Your cart is empty"
        description={emptyDescription}
        action={
          <Link to="/" className={buttonClassName()}>
            Continue shopping
          </Link>
        }
      />
    );
  }
  return <>{children(cart)}</>;
}
