import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { apiKeyKeys } from './api-key-keys';

/** `GET /admin/api-keys` (permission `integrations:manage`): every key, revoked ones included; never secrets. */
export function listApiKeys(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/api-keys', { signal }));
}

export type ApiKey = Awaited<ReturnType<typeof listApiKeys>>['items'][number];

export function apiKeyListQueryOptions() {
  return queryOptions({
    queryKey: apiKeyKeys.list(),
    queryFn: ({ signal }) => listApiKeys(signal),
  });
}

export function useApiKeyList() {
  return useQuery(apiKeyListQueryOptions());
}
