import { ApiError } from '@comptoir/sdk';

/** The cart was checked out already (409 `cart_completed`): the browser must start a new one. */
export function isCompletedCartError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'cart_completed';
}

/** A 404: the cart (or, for a line change, the line) no longer exists for this visitor. */
export function isNotFoundError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
