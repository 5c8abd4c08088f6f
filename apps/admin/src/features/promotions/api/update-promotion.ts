import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { promotionKeys } from './promotion-keys';

export type PromotionChanges = RequestBody<'/admin/promotions/{id}', 'patch'>;

/**
 * `PATCH /admin/promotions/:id` (permission `promotions:write`): changes a promotion. `version` must be the one
 * read, else 409 `version_conflict` (someone else saved first); 409 `discount_code_taken`; 400 field errors.
 */
export function updatePromotion({ id, changes }: { id: string; changes: PromotionChanges }) {
  return unwrap(api.PATCH('/admin/promotions/{id}', { params: { path: { id } }, body: changes }));
}

export function updatePromotionMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: promotionKeys.update(),
    mutationFn: updatePromotion,
    onSuccess: async (saved) => {
      // The answer is the new state (with its new version): show it at once, then refresh the lists.
      queryClient.setQueryData(promotionKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: promotionKeys.lists() });
    },
  });
}

export function useUpdatePromotion() {
  const queryClient = useQueryClient();
  return useMutation(updatePromotionMutationOptions(queryClient));
}
