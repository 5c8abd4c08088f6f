import { customerScopeKey } from '../../../lib/query-client';

/** Query and mutation keys of the address book; queries sit under the customer scope (forgotten at sign-out). */
export const addressKeys = {
  all: [...customerScopeKey, 'addresses'] as const,
  list: () => [...addressKeys.all, 'list'] as const,
  mutation: (name: string) => ['addresses', name] as const,
};
