import { customerScopeKey } from '../../../lib/query-client';

/**
 * Query and mutation keys of the account feature. Queries sit under the customer scope, so signing out
 * forgets them.
 */
export const accountKeys = {
  all: [...customerScopeKey, 'account'] as const,
  customer: () => [...accountKeys.all, 'me'] as const,
  mutation: (name: string) => ['account', name] as const,
};
