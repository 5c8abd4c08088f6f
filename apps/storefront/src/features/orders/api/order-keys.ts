import { customerScopeKey } from '../../../lib/query-client';

/**
 * Query keys of the orders feature. The customer's own orders sit under the customer scope (forgotten at
 * sign-out); an order opened with its token (the confirmation link) is keyed by number and token.
 */
export const orderKeys = {
  mine: [...customerScopeKey, 'orders'] as const,
  myList: () => [...orderKeys.mine, 'list'] as const,
  myOrder: (number: number) => [...orderKeys.mine, 'detail', number] as const,
  byToken: (number: number, token: string) => ['orders', 'by-token', number, token] as const,
  mutation: (name: string) => ['orders', name] as const,
};
