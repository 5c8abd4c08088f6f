import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

/**
 * `POST /admin/content/preview` (permission `content:write`): a storefront address, valid for an hour, that
 * shows the unpublished branding and homepage drafts (`url`). Nothing is cached: each preview is a new link.
 */
export function createContentPreview() {
  return unwrap(api.POST('/admin/content/preview', { body: {} }));
}

export type ContentPreview = Awaited<ReturnType<typeof createContentPreview>>;

export function createContentPreviewMutationOptions() {
  return mutationOptions({ mutationKey: contentKeys.preview(), mutationFn: createContentPreview });
}

export function useCreateContentPreview() {
  return useMutation(createContentPreviewMutationOptions());
}
