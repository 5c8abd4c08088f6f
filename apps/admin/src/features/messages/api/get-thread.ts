import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { threadKeys } from './thread-keys';

/**
 * `GET /admin/threads/:id` (permission `customers:read`): the conversation with its messages, oldest first;
 * 404 when unknown.
 */
export function getThread(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/threads/{id}', { params: { path: { id } }, signal }));
}

export type Thread = Awaited<ReturnType<typeof getThread>>;
export type ThreadMessage = Thread['messages'][number];

export function threadQueryOptions(id: string) {
  return queryOptions({
    queryKey: threadKeys.detail(id),
    queryFn: ({ signal }) => getThread(id, signal),
  });
}

export function useThread(id: string) {
  return useQuery(threadQueryOptions(id));
}
