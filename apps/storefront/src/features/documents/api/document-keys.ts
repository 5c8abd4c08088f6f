import { customerScopeKey } from '../../../lib/query-client';

/** Query and mutation keys of the documents feature; a customer's documents are forgotten at sign-out. */
export const documentKeys = {
  mine: [...customerScopeKey, 'documents'] as const,
  myOrder: (number: number) => [...documentKeys.mine, 'order', number] as const,
  mutation: (name: string) => ['documents', name] as const,
};
