import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { promotionKeys } from './promotion-keys';

/** `GET /admin/promotions/:id` (permission `promotions:write`): the promotion with its usage; 404 when unknown. */
export function getPromotion(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/promotions/{id}', { params: { path: { id } }, signal }));
}

export function promotionQueryOptions(id: string) {
  return queryOptions({
    queryKey: promotionKeys.detail(id),
    queryFn: ({ signal }) => getPromotion(id, signal),
    // The form edits this data: never swap it under the employee on window focus. A stale `version` is caught by
    // the API (409 version_conflict) anyway.
    refetchOnWindowFocus: false,
  });
}

export function usePromotion(id: string) {
  return useQuery(promotionQueryOptions(id));
}
