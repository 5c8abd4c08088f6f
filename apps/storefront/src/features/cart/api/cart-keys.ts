/**
 * Query and mutation keys of the cart feature. A cart is reached by its id (a guest's key to it), so carts are
 * not under the customer scope: the cart provider drops the id itself when a customer signs out.
 */
export const cartKeys = {
  all: ['cart'] as const,
  detail: (id: string) => [...cartKeys.all, 'detail', id] as const,
  shippingOptions: (id: string) => [...cartKeys.all, 'shipping-options', id] as const,
  mutation: (name: string) => ['cart', 'mutation', name] as const,
};
