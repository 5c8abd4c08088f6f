import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { messageKeys } from './message-keys';
import type { Thread, ThreadAccess } from './message-types';

/**
 * `GET /store/me/threads/:id` (signed in) or `GET /store/threads/:id?token=` (the link emailed to a guest): a
 * conversation with its messages, oldest first. 404 for someone else's conversation, an unknown id or a wrong
 * token.
 */
export async function getThread(id: string, access: ThreadAccess, signal?: AbortSignal): Promise<Thread> {
  if (access.kind === 'guest') {
    return unwrap(
      api.GET('/store/threads/{id}', { params: { path: { id }, query: { token: access.token } }, signal }),
    );
  }
  return unwrap(api.GET('/store/me/threads/{id}', { params: { path: { id } }, signal }));
}

/** The query key a conversation is cached under, for the way the customer reached it. */
export function threadQueryKey(id: string, access: ThreadAccess) {
  return access.kind === 'guest' ? messageKeys.byToken(id, access.token) : messageKeys.myThread(id);
}

export function threadQueryOptions(id: string, access: ThreadAccess) {
  return queryOptions({
    queryKey: threadQueryKey(id, access),
    queryFn: ({ signal }) => getThread(id, access, signal),
  });
}

export function useThread(id: string, access: ThreadAccess, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...threadQueryOptions(id, access), enabled });
}
