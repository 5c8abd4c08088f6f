import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

/**
 * `GET /admin/content/legal` (permission `content:write`): which pages are the terms and the privacy policy,
 * and whether checkout asks customers to accept the terms.
 */
export function getLegal(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/content/legal', { signal }));
}

export type LegalSettings = Awaited<ReturnType<typeof getLegal>>;

export function legalQueryOptions() {
  return queryOptions({
    queryKey: contentKeys.legal(),
    queryFn: ({ signal }) => getLegal(signal),
    refetchOnWindowFocus: false,
  });
}

export function useLegal() {
  return useQuery(legalQueryOptions());
}
