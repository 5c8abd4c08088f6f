import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../shared/app-error';

/** Largest accepted image upload. */
export const maxImageBytes = 10 * 1024 * 1024;

/** Multipart limits for image uploads (one file, an alt text). */
export const imageUploadLimits = { fileSize: maxImageBytes, files: 1, fields: 4, fieldSize: 1000, parts: 6 };

const altSchema = z.string().trim().max(250);

/** The request body of an image upload, for the OpenAPI document (`config.openapiBody`). */
export const imageUploadBody = {
  contentType: 'multipart/form-data',
  schema: {
    type: 'object',
    required: ['file'],
    properties: {
      file: {
        type: 'string',
        format: 'binary',
        description: 'JPEG, PNG, WebP, AVIF or GIF, at most 10 MB; the type is read from the content.',
      },
      alt: { type: 'string', maxLength: 250, description: 'Text alternative for screen readers.' },
    },
  },
};

/**
 * Reads a multipart image upload: the `file` part (into memory, at most 10 MB: 413 above) and an optional
 * `alt` field. Not multipart: 415; no file: 400 on `file`; alt too long: 400 on `alt`.
 */
export async function readImageUpload(
  request: FastifyRequest,
): Promise<{ file: Buffer; alt: string | null; originalName: string | null }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Send the image as multipart/form-data.');
  }
  let file: Buffer | undefined;
  let originalName: string | null = null;
  let alt: string | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') {
        part.file.resume();
        continue;
      }
      file = await part.toBuffer();
      originalName = part.filename ? part.filename.slice(0, 200) : null;
    } else if (part.fieldname === 'alt') {
      const parsed = altSchema.safeParse(typeof part.value === 'string' ? part.value : '');
      if (!parsed.success) {
        throw new AppError('validation_failed', 'The alt text is too long.', [
          { path: 'alt', message: 'Use 250 characters or fewer.' },
        ]);
      }
      alt = parsed.data || null;
    }
  }
  if (!file || file.length === 0) {
    throw new AppError('validation_failed', 'Attach an image.', [
      { path: 'file', message: 'Choose an image file.' },
    ]);
  }
  return { file, alt, originalName };
}
