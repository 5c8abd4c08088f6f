import type { QueryClient } from '@tanstack/react-query';
import type { Thread } from './get-thread';
import { threadKeys } from './thread-keys';

/** After a reply or a change: the answer is the thread's new state; the inbox and order panels refresh. */
export async function storeUpdatedThread(queryClient: QueryClient, thread: Thread): Promise<void> {
  queryClient.setQueryData(threadKeys.detail(thread.id), thread);
  await queryClient.invalidateQueries({ queryKey: threadKeys.lists() });
}
