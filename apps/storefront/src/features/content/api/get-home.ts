import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { isExpiredPreviewError, markPreviewExpired, usePreviewToken } from '../preview-mode';
import { contentKeys } from './content-keys';
import type { StoreHome } from './content-types';

/**
 * `GET /store/content/home`: the homepage sections scheduled now, resolved (images, links, category tiles,
 * product cards, sanitised HTML); `published: false` until a homepage is first published. With `preview`,
 * the draft; 401 when that token expired.
 */
export function getHome(preview: string | null, signal?: AbortSignal): Promise<StoreHome> {
  return unwrap(api.GET('/store/content/home', { params: { query: preview ? { preview } : {} }, signal }));
}

export function homeQueryOptions(preview: string | null) {
  return queryOptions({
    queryKey: contentKeys.home(preview),
    queryFn: async ({ signal }) => {
      try {
        return await getHome(preview, signal);
      } catch (error) {
        if (!preview || !isExpiredPreviewError(error)) throw error;
        // An expired preview link shows the published homepage, with the bar saying why.
        markPreviewExpired(preview);
        return getHome(null, signal);
      }
    },
    ...(preview ? { staleTime: 0 } : {}),
  });
}

/** The homepage sections (the draft while previewing). */
export function useHome() {
  return useQuery(homeQueryOptions(usePreviewToken()));
}
