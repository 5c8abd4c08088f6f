import { shouldRetryApiRequest } from '@comptoir/sdk';
import { QueryClient } from '@tanstack/react-query';

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
