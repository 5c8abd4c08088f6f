import { buffer } from 'node:stream/consumers';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { maxImageBytes } from '../media/image-upload';
import type { MediaStorage } from '../media/media-storage';
import { imageUrls } from '../media/stored-images';
import { checkWebhookUrl, getFromAddresses, type Resolver } from '../webhooks';
import { addProductImage } from './product-images.service';

/** The image URLs of a product this import created. */
export interface ImagesToFetch {
  productId: string;
  line: number;
  urls: string[];
}

/** How long one image download may take. */
const imageTimeoutMs = 15_000;

/** The bytes of a picture already in the store's catalog, named by its media path (as the export writes it). */
async function readStoredImage(db: Database, media: MediaStorage, path: string): Promise<Buffer | string> {
  const base = media.urlOf('');
  const key = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\/+/, '');
  // Only the catalog's own pictures (their originals), never any other file of the media folder.
  const folder = key.slice(0, Math.max(0, key.lastIndexOf('/')));
  const known = await db.execute<{ content_type: string }>(
    sql`select content_type from product_images where storage_key = ${folder} limit 1`,
  );
  const contentType = known.rows[0]?.content_type;
  if (!contentType || imageUrls(media, folder, contentType).url !== media.urlOf(key)) {
    return 'No picture of the catalog has this path.';
  }
  const stored = await media.read(key);
  if (!stored) return 'The picture could not be read from the media storage.';
  if (stored.size > maxImageBytes) return 'The picture is larger than 10 MB.';
  return buffer(stored.body);
}

/**
 * Adds a picture to a product through the image pipeline, from an http(s) URL — downloaded through the
 * webhooks' SSRF guard (public addresses only unless allowed, the connection pinned to the checked addresses,
 * no redirects, 10 MB at most) — or from a path of a picture already in the store's catalog (`/media/…`, as the
 * export writes it with local media), copied. Returns why it failed, or null.
 */
export async function addImageFromUrl(
  db: Database,
  images: ImportImageDeps,
  productId: string,
  raw: string,
): Promise<string | null> {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    try {
      const file = await readStoredImage(db, images.media, raw);
      if (typeof file === 'string') return file;
      const name = raw.split('/').at(-1) || null;
      await addProductImage(db, images.media, productId, { file, alt: null, originalName: name });
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  const check = await checkWebhookUrl(raw, {
    allowPrivateNetworks: images.allowPrivateNetworks,
    ...(images.resolve ? { resolve: images.resolve } : {}),
  });
  if (!check.ok) return check.reason;
  try {
    const response = await getFromAddresses({
      url: check.url,
      addresses: check.addresses,
      timeoutMs: imageTimeoutMs,
      maxBytes: maxImageBytes,
    });
    if (response.statusCode !== 200) return `The server answered ${response.statusCode}.`;
    const name = check.url.pathname.split('/').at(-1) || null;
    await addProductImage(db, images.media, productId, {
      file: response.body,
      alt: null,
      originalName: name ? name.slice(0, 200) : null,
    });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** What fetching `image_urls` needs. */
export interface ImportImageDeps {
  media: MediaStorage;
  /** As for webhooks: let image URLs name private addresses (development, tests). */
  allowPrivateNetworks: boolean;
  /** DNS resolution (tests may answer for made-up hosts). */
  resolve?: Resolver;
}
