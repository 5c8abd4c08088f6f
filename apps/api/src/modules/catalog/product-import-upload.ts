import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/app-error';

/** Largest import file accepted. */
export const maxImportBytes = 50 * 1024 * 1024;

/**
 * An uploaded file spooled to a temporary file (never held in memory). Serialises as its size and SHA-256
 * only, so that the idempotency fingerprint of a request is the same for the same file.
 */
export class SpooledUpload {
  constructor(
    readonly path: string,
    readonly byteSize: number,
    readonly sha256: string,
  ) {}

  toJSON(): { byteSize: number; sha256: string } {
    return { byteSize: this.byteSize, sha256: this.sha256 };
  }

  /** Removes the temporary file and its folder. */
  async remove(): Promise<void> {
    await rm(join(this.path, '..'), { recursive: true, force: true });
  }
}

/** Streams a request body to a temporary file; over `maxBytes` it stops with 413 `payload_too_large`. */
export async function spoolUpload(body: Readable, maxBytes = maxImportBytes): Promise<SpooledUpload> {
  const folder = await mkdtemp(join(tmpdir(), 'comptoir-import-'));
  const path = join(folder, 'upload.csv');
  const hash = createHash('sha256');
  let size = 0;
  try {
    await pipeline(
      body,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > maxBytes) {
            throw new AppError(
              'payload_too_large',
              `Import files are limited to ${maxBytes / 1024 / 1024} MB.`,
            );
          }
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(path),
    );
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return new SpooledUpload(path, size, hash.digest('hex'));
}
