import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { threadQueryKey } from './get-thread';
import { messageKeys } from './message-keys';
import type { Thread, ThreadAccess } from './message-types';

export interface ThreadReply {
  id: string;
  access: ThreadAccess;
  body: string;
}

/**
 * `POST /store/me/threads/:id/messages` (signed in) or `POST /store/threads/:id/messages?token=` (guest
 * link): adds the customer's message; the conversation is `open` again (waiting for the store), even if it
 * was closed. 400 `validation_failed` with an error on `body`; 404; 429 (guest link) when rate limited.
 */
export async function replyToThread({ id, access, body }: ThreadReply): Promise<Thread> {
  if (access.kind === 'guest') {
    return unwrap(
      api.POST('/store/threads/{id}/messages', {
        params: { path: { id }, query: { token: access.token } },
        body: { body },
      }),
    );
  }
  return unwrap(api.POST('/store/me/threads/{id}/messages', { params: { path: { id } }, body: { body } }));
}

export function replyToThreadMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: messageKeys.mutation('reply'),
    mutationFn: replyToThread,
    onSuccess: (thread, { access }) => {
      // The answer is the whole conversation with the new message: show it at once.
      queryClient.setQueryData(threadQueryKey(thread.id, access), thread);
      if (access.kind === 'mine') void queryClient.invalidateQueries({ queryKey: messageKeys.myList() });
    },
  });
}

export function useReplyToThread() {
  const queryClient = useQueryClient();
  return useMutation(replyToThreadMutationOptions(queryClient));
}
