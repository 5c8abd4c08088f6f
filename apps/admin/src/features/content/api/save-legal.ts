import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { contentKeys } from './content-keys';

export type LegalUpdate = RequestBody<'/admin/content/legal', 'put'>;

/**
 * `PUT /admin/content/legal` (permission `content:write`): chooses the terms and privacy pages; takes effect at
 * once. Requiring acceptance needs a terms page. 400 for unknown pages; 409 `version_conflict`.
 */
export function saveLegal(update: LegalUpdate) {
  return unwrap(api.PUT('/admin/content/legal', { body: update }));
}

export function saveLegalMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: contentKeys.saveLegal(),
    mutationFn: saveLegal,
    onSuccess: (legal) => queryClient.setQueryData(contentKeys.legal(), legal),
  });
}

export function useSaveLegal() {
  const queryClient = useQueryClient();
  return useMutation(saveLegalMutationOptions(queryClient));
}
