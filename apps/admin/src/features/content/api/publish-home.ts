import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

/**
 * `POST /admin/content/home/publish` (permission `content:write`): the draft sections become what customers
 * see. A draft changed since `version` (or never saved) is refused with 409.
 */
export function publishHome(version: number) {
  return unwrap(api.POST('/admin/content/home/publish', { body: { version } }));
}

export function publishHomeMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: contentKeys.publishHome(),
    mutationFn: publishHome,
    onSuccess: (home) => queryClient.setQueryData(contentKeys.home(), home),
  });
}

export function usePublishHome() {
  const queryClient = useQueryClient();
  return useMutation(publishHomeMutationOptions(queryClient));
}
