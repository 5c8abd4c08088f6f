import type { DbOrTx } from '../../db/client';
import { newId } from '../../shared/ids';
import { processImage, type renditionWidths } from '../media/image-processing';
import type { MediaStorage } from '../media/media-storage';
import { findContentImages, insertContentImage } from './content.repository';
import type { ContentImageRow } from './content.tables';
import type { ContentImage } from './theme.schemas';

/** The public shape of a stored content image: URLs of the original and of each WebP rendition. */
export function toContentImage(storage: MediaStorage, row: ContentImageRow): ContentImage {
  const extension = row.contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'bin';
  const thumbnail = (name: keyof typeof renditionWidths) => storage.urlOf(`${row.storageKey}/${name}.webp`);
  return {
    id: row.id,
    url: storage.urlOf(`${row.storageKey}/original.${extension}`),
    alt: row.alt,
    width: row.width,
    height: row.height,
    thumbnails: { small: thumbnail('small'), medium: thumbnail('medium'), large: thumbnail('large') },
  };
}

/**
 * Stores an uploaded picture for the storefront's content (logo, favicon, banners). The content decides the
 * type: raster images only (an SVG could carry script), else `unsupported_media_type`.
 */
export async function uploadContentImage(
  db: DbOrTx,
  storage: MediaStorage,
  upload: { file: Buffer; alt: string | null },
): Promise<ContentImage> {
  const image = await processImage(upload.file);
  const id = newId('contentImage');
  const storageKey = `content/${id}`;
  await Promise.all([
    storage.put(`${storageKey}/original.${image.extension}`, image.original, image.contentType),
    ...Object.entries(image.renditions).map(([name, buffer]) =>
      storage.put(`${storageKey}/${name}.webp`, buffer, 'image/webp'),
    ),
  ]);
  const row = await insertContentImage(db, {
    id,
    storageKey,
    contentType: image.contentType,
    width: image.width,
    height: image.height,
    byteSize: image.original.length,
    alt: upload.alt,
  });
  return toContentImage(storage, row);
}

/** Content images by id, public shape. */
export async function loadContentImages(
  db: DbOrTx,
  storage: MediaStorage,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, ContentImage>> {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  const rows = await findContentImages(db, wanted);
  return new Map(rows.map((row) => [row.id, toContentImage(storage, row)]));
}
