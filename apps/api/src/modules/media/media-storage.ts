import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { createS3MediaStorage, type S3MediaOptions } from './s3-media-storage';

/**
 * Where uploaded files live. Keys are relative, slash-separated paths (`products/med_01…/800.webp`);
 * `urlOf` gives the public URL a browser fetches. The local folder is the default; an S3-compatible bucket
 * behind a CDN is the production option (same interface, `MEDIA_BASE_URL` pointing at the bucket's URL).
 */
export interface MediaStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** A stored file, or undefined. Only storages served by the API itself (local) need it. */
  read(key: string): Promise<{ body: Readable; size: number; modified: Date } | undefined>;
  /** Removes every file under `prefix/`. */
  removeFolder(prefix: string): Promise<void>;
  urlOf(key: string): string;
}

const keyPattern = /^[a-z0-9_-]+(?:\/[A-Za-z0-9_.-]+)*$/;

/** Files under a folder on the server's disk (`MEDIA_DIR`), served by `GET /media/*`. */
export function createLocalMediaStorage(options: { dir: string; baseUrl: string }): MediaStorage {
  const root = resolve(options.dir);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  // Keys come from the server, but a key that would escape the folder is refused all the same.
  const pathOf = (key: string): string | undefined => {
    if (!keyPattern.test(key) || key.split('/').some((part) => part === '..' || part === '.'))
      return undefined;
    const path = resolve(root, key);
    return path.startsWith(root + sep) ? path : undefined;
  };
  return {
    async put(key, body) {
      const path = pathOf(key);
      if (!path) throw new Error(`Invalid media key: ${key}`);
      await mkdir(dirname(path), { recursive: true });
      // Written aside then renamed: a reader never sees half a file.
      const partial = `${path}.${process.pid}.partial`;
      await writeFile(partial, body);
      await rename(partial, path);
    },
    async read(key) {
      const path = pathOf(key);
      if (!path) return undefined;
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) return undefined;
      return { body: createReadStream(path), size: info.size, modified: info.mtime };
    },
    async removeFolder(prefix) {
      const path = pathOf(prefix);
      if (path) await rm(path, { recursive: true, force: true });
    },
    urlOf: (key) => `${baseUrl}/${key}`,
  };
}

/** The storage the configuration names: the S3 bucket when `media.s3` is set, the local folder otherwise. */
export function createMediaStorage(media: {
  dir: string;
  baseUrl: string;
  s3?: Omit<S3MediaOptions, 'baseUrl'> | undefined;
}): MediaStorage {
  return media.s3
    ? createS3MediaStorage({ ...media.s3, baseUrl: media.baseUrl })
    : createLocalMediaStorage(media);
}
