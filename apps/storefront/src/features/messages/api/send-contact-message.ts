import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { messageKeys } from './message-keys';
import type { ContactRequest, Thread } from './message-types';

/**
 * `POST /store/contact` (guest or signed in): opens a conversation and emails an acknowledgement with its
 * link. Signed in, the account's email and name are used and `orderNumber` may name one of the customer's
 * orders; a guest gives `email` and `name`. 400 `validation_failed` with field errors (`email`, `name`,
 * `subject`, `message`, `orderNumber`); 429 when rate limited. The answer never carries a guest's token.
 */
export async function sendContactMessage(request: ContactRequest): Promise<Thread> {
  return unwrap(api.POST('/store/contact', { body: request }));
}

export function sendContactMessageMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: messageKeys.mutation('contact'),
    mutationFn: sendContactMessage,
    // A signed-in customer's new conversation joins their messages.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.myList() }),
  });
}

export function useSendContactMessage() {
  const queryClient = useQueryClient();
  return useMutation(sendContactMessageMutationOptions(queryClient));
}
