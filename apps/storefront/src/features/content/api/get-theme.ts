import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { isExpiredPreviewError, markPreviewExpired, usePreviewToken } from '../preview-mode';
import { contentKeys } from './content-keys';
import type { StoreTheme } from './content-types';

/**
 * `GET /store/content/theme`: logo, favicon, colours, fonts, social links, the announcement while scheduled and
 * the legal pages (with whether checkout asks to accept the terms). With `preview`, the unpublished draft;
 * 401 when that token expired.
 */
export function getTheme(preview: string | null, signal?: AbortSignal): Promise<StoreTheme> {
  return unwrap(api.GET('/store/content/theme', { params: { query: preview ? { preview } : {} }, signal }));
}

export function themeQueryOptions(preview: string | null) {
  return queryOptions({
    queryKey: contentKeys.theme(preview),
    queryFn: async ({ signal }) => {
      try {
        return await getTheme(preview, signal);
      } catch (error) {
        if (!preview || !isExpiredPreviewError(error)) throw error;
        // An expired preview link still shows the store: its published theme, with the bar saying why.
        markPreviewExpired(preview);
        return getTheme(null, signal);
      }
    },
    // A draft changes while the merchant previews it: read it again whenever the tab comes back.
    ...(preview ? { staleTime: 0 } : {}),
  });
}

/** The store's branding (the draft while previewing); the layout, the footer and checkout share one request. */
export function useTheme() {
  return useQuery(themeQueryOptions(usePreviewToken()));
}
