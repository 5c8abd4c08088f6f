import { newId } from '../../shared/ids';
import { processImage, type RenditionName, renditionWidths } from './image-processing';
import type { MediaStorage } from './media-storage';

const extensions: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
};

/** URLs of a stored image's original and renditions. */
export function imageUrls(storage: MediaStorage, storageKey: string, contentType: string) {
  return {
    url: storage.urlOf(`${storageKey}/original.${extensions[contentType] ?? 'bin'}`),
    thumbnails: Object.fromEntries(
      Object.keys(renditionWidths).map((name) => [name, storage.urlOf(`${storageKey}/${name}.webp`)]),
    ) as Record<RenditionName, string>,
  };
}

/**
 * Stores the files of an uploaded image (original re-encoded + WebP renditions) under a new key in `folder`
 * (`products`, `content`); returns the fields its row keeps. Throws `unsupported_media_type` for anything that
 * is not a supported raster image.
 */
export async function storeImageFiles(storage: MediaStorage, input: Buffer, folder = 'products') {
  const image = await processImage(input);
  const storageKey = `${folder}/${newId('media')}`;
  await Promise.all([
    storage.put(`${storageKey}/original.${image.extension}`, image.original, image.contentType),
    ...Object.entries(image.renditions).map(([name, buffer]) =>
      storage.put(`${storageKey}/${name}.webp`, buffer, 'image/webp'),
    ),
  ]);
  return {
    storageKey,
    contentType: image.contentType,
    byteSize: image.original.length,
    width: image.width,
    height: image.height,
  };
}
