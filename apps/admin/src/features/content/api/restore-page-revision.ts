import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';
import { refreshAfterPageChange } from './update-page';

export interface RevisionRestore {
  pageId: string;
  revisionId: string;
  /** The page version on screen: a page changed since is refused with 409 `version_conflict`. */
  version: number;
  /** The revision's own version, for the confirmation shown afterwards (not sent). */
  restoredVersion?: number;
}

/**
 * `POST /admin/content/pages/:id/revisions/:revisionId/restore` (permission `content:write`): the revision's
 * title, handle, Markdown, SEO fields and status become the page's, as a new version and revision. 409
 * `version_conflict` for a stale version, `conflict` on `handle` when another page took it since.
 */
export function restorePageRevision({ pageId, revisionId, version }: RevisionRestore) {
  return unwrap(
    api.POST('/admin/content/pages/{id}/revisions/{revisionId}/restore', {
      params: { path: { id: pageId, revisionId } },
      body: { version },
    }),
  );
}

export function restorePageRevisionMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: contentKeys.restoreRevision(),
    mutationFn: restorePageRevision,
    onSuccess: (page) => refreshAfterPageChange(queryClient, page),
  });
}

export function useRestorePageRevision() {
  const queryClient = useQueryClient();
  return useMutation(restorePageRevisionMutationOptions(queryClient));
}
