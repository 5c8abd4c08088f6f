import { ApiError, unwrap } from '@comptoir/sdk';
import { api } from '../../../lib/api-client';
import type { Cart } from './cart-types';

/** `GET /store/me/cart`: the signed-in customer's latest open cart, or null when they have none (404). */
export async function getMyCart(): Promise<Cart | null> {
  try {
    const cart = await unwrap(api.GET('/store/me/cart'));
    return cart.status === 'completed' ? null : cart;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
