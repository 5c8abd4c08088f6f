import { shouldRetryApiRequest } from '@comptoir/sdk';
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Back-office data is refetched after 30 s; mutations invalidate what they change right away.
      queries: { staleTime: 30_000, retry: shouldRetryApiRequest },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
