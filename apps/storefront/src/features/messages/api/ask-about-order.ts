import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { messageKeys } from './message-keys';
import type { OrderQuestion, Thread } from './message-types';

export interface OrderQuestionRequest {
  orderNumber: number;
  question: OrderQuestion;
}

/**
 * `POST /store/me/orders/:number/threads` (signed in): opens a conversation about one of the customer's
 * orders and emails an acknowledgement. 400 `validation_failed` (`subject`, `message`); 404 for someone
 * else's order; 429 when rate limited.
 */
export async function askAboutOrder({ orderNumber, question }: OrderQuestionRequest): Promise<Thread> {
  return unwrap(
    api.POST('/store/me/orders/{number}/threads', {
      params: { path: { number: orderNumber } },
      body: question,
    }),
  );
}

export function askAboutOrderMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: messageKeys.mutation('ask-about-order'),
    mutationFn: askAboutOrder,
    onSuccess: (thread) => {
      queryClient.setQueryData(messageKeys.myThread(thread.id), thread);
      void queryClient.invalidateQueries({ queryKey: messageKeys.myList() });
    },
  });
}

export function useAskAboutOrder() {
  const queryClient = useQueryClient();
  return useMutation(askAboutOrderMutationOptions(queryClient));
}
