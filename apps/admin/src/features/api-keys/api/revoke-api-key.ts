import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { apiKeyKeys } from './api-key-keys';

/** `DELETE /admin/api-keys/:id` (permission `integrations:manage`, 204): the key stops working at once. */
export async function revokeApiKey(id: string): Promise<void> {
  await unwrap(api.DELETE('/admin/api-keys/{id}', { params: { path: { id } } }));
}

export function revokeApiKeyMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: apiKeyKeys.revoke(),
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation(revokeApiKeyMutationOptions(queryClient));
}
