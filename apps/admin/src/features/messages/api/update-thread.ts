import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { storeUpdatedThread } from './thread-cache';
import { threadKeys } from './thread-keys';

export type ThreadUpdate = RequestBody<'/admin/threads/{id}', 'patch'>;

/**
 * `PATCH /admin/threads/:id` (permission `customers:write`): sets the status and/or the assignee (`null`
 * unassigns); nothing is emailed. An unknown or inactive employee is a 400 on `assigneeId`.
 */
export function updateThread({ id, ...changes }: ThreadUpdate & { id: string }) {
  return unwrap(api.PATCH('/admin/threads/{id}', { params: { path: { id } }, body: changes }));
}

export function updateThreadMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: threadKeys.action('update'),
    mutationFn: updateThread,
    onSuccess: (thread) => storeUpdatedThread(queryClient, thread),
  });
}

export function useUpdateThread() {
  const queryClient = useQueryClient();
  return useMutation(updateThreadMutationOptions(queryClient));
}
