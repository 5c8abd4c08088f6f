import { unwrap } from '@comptoir/sdk';
import { api } from '../../../lib/api-client';
import type { Cart } from './cart-types';

export interface NewCartItem {
  variantId: string;
  quantity: number;
}

/**
 * `POST /store/carts/:id/items`: adds to the variant's line (or starts one). 409 `insufficient_stock` naming
 * what is left; 400 when the variant is not for sale or the quantity is out of range; 404 unknown cart;
 * 409 `cart_completed` for a cart already checked out.
 */
export async function addCartItem(cartId: string, item: NewCartItem): Promise<Cart> {
  return unwrap(api.POST('/store/carts/{id}/items', { params: { path: { id: cartId } }, body: item }));
}
