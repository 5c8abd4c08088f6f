import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { imageUploadBody } from '../../../lib/image-upload-body';
import { contentKeys } from './content-keys';

export interface ContentImageUpload {
  file: File;
  alt?: string;
}

/**
 * `POST /admin/content/media` (permission `content:write`), as `multipart/form-data`: stores a JPEG, PNG, WebP,
 * AVIF or GIF (up to 10 MB) for a logo, favicon or section; its `id` goes into the draft, which is saved
 * separately. 415 for SVG and other types; 413 when too big.
 */
export function uploadContentImage({ file, alt }: ContentImageUpload) {
  return unwrap(api.POST('/admin/content/media', imageUploadBody(file, alt)));
}

export type ContentImage = Awaited<ReturnType<typeof uploadContentImage>>;

export function uploadContentImageMutationOptions() {
  // Nothing to invalidate: the image is only used once a draft that names it is saved.
  return mutationOptions({ mutationKey: contentKeys.uploadImage(), mutationFn: uploadContentImage });
}

export function useUploadContentImage() {
  return useMutation(uploadContentImageMutationOptions());
}
