import type { Readable } from 'node:stream';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { MediaStorage } from './media-storage';

export interface S3MediaOptions {
  bucket: string;
  region: string;
  /** An S3-compatible endpoint (MinIO, R2, Scaleway…); AWS when absent. */
  endpoint?: string | undefined;
  forcePathStyle: boolean;
  /** Explicit keys; absent: the AWS default chain (environment, instance role…). */
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** Public URL of the bucket (or the CDN in front of it), or `/media` to serve files through the API. */
  baseUrl: string;
}

/**
 * Media in an S3-compatible bucket: the production option when several API instances run. Files are
 * written with a one-year immutable Cache-Control (keys are never reused); `read` lets `GET /media/*` serve
 * a private bucket through the API when `baseUrl` is `/media`.
 */
export function createS3MediaStorage(options: S3MediaOptions): MediaStorage {
  const client = new S3Client({
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const Bucket = options.bucket;
  return {
    async put(key, body, contentType) {
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          CacheControl: 'public, max-age=31536000, immutable',
        }),
      );
    },
    async read(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return undefined;
        return {
          body: object.Body as Readable,
          size: object.ContentLength ?? 0,
          modified: object.LastModified ?? new Date(0),
        };
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
        throw error;
      }
    },
    async removeFolder(prefix) {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: `${prefix}/`, ContinuationToken: token }),
        );
        const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
        if (keys.length > 0)
          await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys } }));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
    urlOf: (key) => `${baseUrl}/${key}`,
  };
}
