import { type components, unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { apiKeyKeys } from './api-key-keys';

export type NewApiKey = components['schemas']['NewApiKey'];

/**
 * `POST /admin/api-keys` (permission `integrations:manage`): creates a key. The answer holds the secret, which
 * the API stores hashed and never returns again. 400 with field errors; 403 when asking for permissions the
 * caller does not hold.
 */
export function createApiKey(key: NewApiKey) {
  return unwrap(api.POST('/admin/api-keys', { body: key }));
}

export type CreatedApiKey = Awaited<ReturnType<typeof createApiKey>>;

export function createApiKeyMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: apiKeyKeys.create(),
    mutationFn: createApiKey,
    // Only the list is refreshed: the secret stays with the screen that shows it once, never in the cache.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
    // Forget the answer (and its secret) as soon as nobody shows it.
    gcTime: 0,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation(createApiKeyMutationOptions(queryClient));
}
