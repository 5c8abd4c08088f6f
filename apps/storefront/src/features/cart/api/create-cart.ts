import { unwrap } from '@comptoir/sdk';
import { api } from '../../../lib/api-client';
import type { Cart } from './cart-types';

/**
 * `POST /store/carts` (201): a new empty cart in the store currency; a signed-in customer's (Bearer) is theirs
 * alone. Called by the cart provider when the first item is added.
 */
export async function createCart(): Promise<Cart> {
  return unwrap(api.POST('/store/carts', { body: {} }));
}
