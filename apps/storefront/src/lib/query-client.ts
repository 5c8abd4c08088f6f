import { shouldRetryApiRequest } from '@comptoir/sdk';
import { QueryClient } from '@tanstack/react-query';

/**
 * The root of every query key that belongs to the signed-in customer (profile, addresses, orders): the session
 * removes everything under it when the customer signs out, so the next person on this browser sees none of it.
 */
export const customerScopeKey = ['customer'] as const;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Store settings change rarely; a minute of freshness avoids refetching on every navigation.
      queries: { staleTime: 60_000, retry: shouldRetryApiRequest },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
