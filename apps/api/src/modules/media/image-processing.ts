import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../shared/app-error';

/** Widths of the WebP renditions made of every image (never upscaled). */
export const renditionWidths = { small: 320, medium: 800, large: 1600 } as const;
export type RenditionName = keyof typeof renditionWidths;

const formats = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
  webp: { contentType: 'image/webp', extension: 'webp' },
  gif: { contentType: 'image/gif', extension: 'gif' },
  avif: { contentType: 'image/avif', extension: 'avif' },
} as const;
type Format = keyof typeof formats;

/** Images larger than this many pixels are refused before they are decoded (decompression bombs). */
const maxPixels = 40_000_000;

export interface ProcessedImage {
  contentType: string;
  extension: string;
  width: number;
  height: number;
  /** The upload re-encoded upright and without metadata (EXIF, GPS). */
  original: Buffer;
  renditions: Record<RenditionName, Buffer>;
}

const unsupported = () =>
  new AppError('unsupported_media_type', 'Upload a JPEG, PNG, WebP, AVIF or GIF image.', [
    { path: 'file', message: 'This file is not a supported image.' },
  ]);

function formatOf(metadata: Metadata): Format | undefined {
  if (metadata.format === 'heif') return metadata.compression === 'av1' ? 'avif' : undefined;
  return metadata.format && metadata.format in formats ? (metadata.format as Format) : undefined;
}

/**
 * Identifies an upload by its content (never its name or declared type), then makes the stored original and
 * the resized WebP renditions. Throws `unsupported_media_type` for anything that is not a supported image.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  const options = { limitInputPixels: maxPixels, failOn: 'error' } as const;
  let metadata: Metadata;
  try {
    metadata = await sharp(input, options).metadata();
  } catch {
    throw unsupported();
  }
  const format = formatOf(metadata);
  if (!format || !metadata.width || !metadata.height) throw unsupported();
  // EXIF orientations 5–8 turn the picture a quarter: the upright size swaps width and height.
  const turned = (metadata.orientation ?? 1) >= 5;
  const width = turned ? metadata.height : metadata.width;
  const height = turned ? metadata.width : metadata.height;
  try {
    const original =
      format === 'gif'
        ? input
        : await sharp(input, options).rotate().toFormat(format, { quality: 90 }).toBuffer();
    const entries = await Promise.all(
      Object.entries(renditionWidths).map(async ([name, target]) => {
        const buffer = await sharp(input, options)
          .rotate()
          .resize({ width: target, withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer();
        return [name, buffer] as const;
      }),
    );
    return {
      contentType: formats[format].contentType,
      extension: formats[format].extension,
      width,
      height,
      original,
      renditions: Object.fromEntries(entries) as Record<RenditionName, Buffer>,
    };
  } catch {
    // Headers parsed but the pixel data is corrupt.
    throw unsupported();
  }
}
