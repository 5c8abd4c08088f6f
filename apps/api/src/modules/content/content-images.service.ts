import type { DbOrTx } from '../../db/client';
import { newId } from '../../shared/ids';
import type { MediaStorage } from '../media/media-storage';
import { imageUrls, storeImageFiles } from '../media/stored-images';
import { findContentImages, insertContentImage } from './content.repository';
import type { ContentImageRow } from './content.tables';
import type { ContentImage } from './theme.schemas';

/** The public shape of a stored content image: URLs of the original and of each WebP rendition. */
export function toContentImage(storage: MediaStorage, row: ContentImageRow): ContentImage {
  return {
    id: row.id,
    ...imageUrls(storage, row.storageKey, row.contentType),
    alt: row.alt,
    width: row.width,
    height: row.height,
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
  const files = await storeImageFiles(storage, upload.file, 'content');
  const row = await insertContentImage(db, { id: newId('contentImage'), ...files, alt: upload.alt });
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
