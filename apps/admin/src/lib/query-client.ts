import { shouldRetryApiRequest } from '@comptoir/sdk';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isTwoFactorRequired } from './describe-error';
import { twoFactorRequirement } from './two-factor-requirement';

function noticeTwoFactorRequirement(error: unknown) {
  if (isTwoFactorRequired(error)) twoFactorRequirement.report();
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // Any screen refused because the store requires two-factor authentication: the layout says what to do.
    queryCache: new QueryCache({ onError: noticeTwoFactorRequirement }),
    mutationCache: new MutationCache({ onError: noticeTwoFactorRequirement }),
    defaultOptions: {
      // Back-office data is refetched after 30 s; mutations invalidate what they change right away.
      queries: { staleTime: 30_000, retry: shouldRetryApiRequest },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
