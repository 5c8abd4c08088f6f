import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { promotionKeys } from './promotion-keys';

export type NewPromotion = RequestBody<'/admin/promotions', 'post'>;

/**
 * `POST /admin/promotions` (permission `promotions:write`): creates a code or an automatic promotion. 400 with
 * field errors; 409 `discount_code_taken` when another promotion has the code.
 */
export function createPromotion(promotion: NewPromotion) {
  return unwrap(api.POST('/admin/promotions', { body: promotion }));
}

export function createPromotionMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: promotionKeys.create(),
    mutationFn: createPromotion,
    onSuccess: async (created) => {
      queryClient.setQueryData(promotionKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: promotionKeys.lists() });
    },
  });
}

export function useCreatePromotion() {
  const queryClient = useQueryClient();
  return useMutation(createPromotionMutationOptions(queryClient));
}
