import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { webhookKeys } from './webhook-keys';

export type WebhookChanges = RequestBody<'/admin/webhooks/{id}', 'patch'>;

/**
 * `PATCH /admin/webhooks/:id` (permission `integrations:manage`): changes an endpoint (pausing it too).
 * `version` must be the one read, else 409 `version_conflict`; 422 `webhook_url_not_allowed` on `url`.
 */
export function updateWebhook({ id, changes }: { id: string; changes: WebhookChanges }) {
  return unwrap(api.PATCH('/admin/webhooks/{id}', { params: { path: { id } }, body: changes }));
}

export function updateWebhookMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: webhookKeys.update(),
    mutationFn: updateWebhook,
    onSuccess: async (saved) => {
      // The answer is the new state (with its new version): show it at once, then refresh the list.
      queryClient.setQueryData(webhookKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: webhookKeys.lists() });
    },
  });
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation(updateWebhookMutationOptions(queryClient));
}
