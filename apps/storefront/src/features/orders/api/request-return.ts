import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orderKeys } from './order-keys';
import type { NewReturn, Order, OrderAccess } from './order-types';

export interface ReturnRequest {
  number: number;
  access: OrderAccess;
  request: NewReturn;
}

/**
 * `POST /store/me/orders/:number/returns` (signed in) or `POST /store/orders/:number/returns?token=` (guest
 * link): asks to return delivered items; answers the order with its new return. 422 `return_not_allowed`
 * (the detail says why: not delivered yet, window closed) with `errors` on `items.N.quantity`; 400
 * `validation_failed`; 404 for someone else's order or a wrong token.
 */
export async function requestReturn({ number, access, request }: ReturnRequest): Promise<Order> {
  if (access.kind === 'guest') {
    return unwrap(
      api.POST('/store/orders/{number}/returns', {
        params: { path: { number }, query: { token: access.token } },
        body: request,
      }),
    );
  }
  return unwrap(
    api.POST('/store/me/orders/{number}/returns', { params: { path: { number } }, body: request }),
  );
}

/** The query key an order is cached under, for the way the customer reached it. */
export function orderQueryKey(number: number, access: OrderAccess) {
  return access.kind === 'guest' ? orderKeys.byToken(number, access.token) : orderKeys.myOrder(number);
}

export function requestReturnMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: orderKeys.mutation('request-return'),
    mutationFn: requestReturn,
    onSuccess: (order, { access }) => {
      // The answer is the whole order with its returns and updated returnable quantities: show it at once.
      queryClient.setQueryData(orderQueryKey(order.number, access), order);
      if (access.kind === 'mine') void queryClient.invalidateQueries({ queryKey: orderKeys.myList() });
    },
  });
}

export function useRequestReturn() {
  const queryClient = useQueryClient();
  return useMutation(requestReturnMutationOptions(queryClient));
}
