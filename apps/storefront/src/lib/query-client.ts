import { ApiError } from '@comptoir/sdk';
import { QueryClient } from '@tanstack/react-query';

const maxRetries = 2;

/** Statuses worth asking again: network failure (the SDK reports status 0), timeout, rate limit, server error. */
function isTransient(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

/** Retries transient failures a couple of times; a 4xx answer will not change by asking again. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && !isTransient(error.status)) return false;
  return failureCount < maxRetries;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Store settings change rarely; a minute of freshness avoids refetching on every navigation.
        staleTime: 60_000,
        retry: shouldRetryQuery,
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
