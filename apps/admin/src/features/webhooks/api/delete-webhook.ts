import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { webhookKeys } from './webhook-keys';

/** `DELETE /admin/webhooks/:id` (permission `integrations:manage`, 204): the endpoint and its deliveries go. */
export async function deleteWebhook(id: string): Promise<void> {
  await unwrap(api.DELETE('/admin/webhooks/{id}', { params: { path: { id } } }));
}

export function deleteWebhookMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: webhookKeys.delete(),
    mutationFn: deleteWebhook,
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: webhookKeys.detail(id) });
      queryClient.removeQueries({ queryKey: webhookKeys.deliveryLists(id) });
      await queryClient.invalidateQueries({ queryKey: webhookKeys.lists() });
    },
  });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation(deleteWebhookMutationOptions(queryClient));
}
