import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { storeUpdatedThread } from './thread-cache';
import { threadKeys } from './thread-keys';

export interface ThreadReply {
  id: string;
  /** 1–5000 characters, sent to the customer by email. */
  body: string;
  /** The thread's status after the reply: waiting for the customer (`pending`) or `closed`. */
  status: 'pending' | 'closed';
  /** A new one per click (`crypto.randomUUID()`): a retried request never sends the reply twice. */
  idempotencyKey: string;
}

/**
 * `POST /admin/threads/:id/messages` (permission `customers:write`): replies to the customer (emailed with a
 * link to the conversation) and sets the status. 400 field errors on `body`; 404 unknown thread.
 */
export function replyToThread({ id, body, status, idempotencyKey }: ThreadReply) {
  return unwrap(
    api.POST('/admin/threads/{id}/messages', {
      params: { path: { id }, header: { 'idempotency-key': idempotencyKey } },
      body: { body, status },
    }),
  );
}

export function replyToThreadMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: threadKeys.action('reply'),
    mutationFn: replyToThread,
    onSuccess: (thread) => storeUpdatedThread(queryClient, thread),
  });
}

export function useReplyToThread() {
  const queryClient = useQueryClient();
  return useMutation(replyToThreadMutationOptions(queryClient));
}
