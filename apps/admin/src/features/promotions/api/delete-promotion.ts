import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { promotionKeys } from './promotion-keys';

/**
 * `DELETE /admin/promotions/:id` (permission `promotions:write`): deletes a promotion; orders that used it keep
 * their discount as placed.
 */
export function deletePromotion(id: string) {
  return unwrap(api.DELETE('/admin/promotions/{id}', { params: { path: { id } } }));
}

export function deletePromotionMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: promotionKeys.delete(),
    mutationFn: deletePromotion,
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: promotionKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: promotionKeys.lists() });
    },
  });
}

export function useDeletePromotion() {
  const queryClient = useQueryClient();
  return useMutation(deletePromotionMutationOptions(queryClient));
}
