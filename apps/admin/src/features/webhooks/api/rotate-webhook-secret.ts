import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

/**
 * `POST /admin/webhooks/:id/rotate-secret` (permission `integrations:manage`): a new signing secret, in this
 * answer only. Until `previousSecretExpiresAt` (24 h) deliveries are signed with both secrets.
 */
export function rotateWebhookSecret(id: string) {
  return unwrap(api.POST('/admin/webhooks/{id}/rotate-secret', { params: { path: { id } } }));
}

export function rotateWebhookSecretMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: webhookKeys.rotateSecret(),
    mutationFn: rotateWebhookSecret,
    // The endpoint's secret hint changed; the new secret itself stays with the dialog that shows it once.
    onSuccess: (_rotated, id) => queryClient.invalidateQueries({ queryKey: webhookKeys.detail(id) }),
    gcTime: 0,
  });
}

export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation(rotateWebhookSecretMutationOptions(queryClient));
}
