import { customerScopeKey } from '../../../lib/query-client';

/**
 * Query and mutation keys of the messages feature. The customer's conversations sit under the customer scope
 * (forgotten at sign-out); one opened with its emailed link is keyed by id and token.
 */
export const messageKeys = {
  mine: [...customerScopeKey, 'threads'] as const,
  myList: () => [...messageKeys.mine, 'list'] as const,
  myThread: (id: string) => [...messageKeys.mine, 'detail', id] as const,
  byToken: (id: string, token: string) => ['threads', 'by-token', id, token] as const,
  mutation: (name: string) => ['messages', name] as const,
};
