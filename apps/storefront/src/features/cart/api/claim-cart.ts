import { unwrap } from '@comptoir/sdk';
import { api } from '../../../lib/api-client';
import type { Cart } from './cart-types';

/**
 * `POST /store/carts/:id/claim` (signed in): merges a guest cart into the customer's latest cart (or makes it
 * theirs) and answers the resulting cart, whose id replaces the guest one. A cart that is already theirs comes
 * back as is; 404 for another customer's cart or one that is gone.
 */
export async function claimCart(id: string): Promise<Cart> {
  return unwrap(api.POST('/store/carts/{id}/claim', { params: { path: { id } } }));
}
