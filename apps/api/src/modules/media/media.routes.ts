import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { problemResponses } from '../../shared/problem';

const contentTypes: Record<string, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  avif: 'image/avif',
};

/**
 * Serves the local media folder. File names are never reused (a new upload gets a new key), so responses
 * are cacheable for a year and immutable; ETag/Last-Modified answer revalidations with 304.
 */
export const mediaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/media/*',
    {
      schema: {
        operationId: 'getMedia',
        summary: 'An uploaded file (product images and their renditions)',
        description:
          'Serves an uploaded image (`webp`, `jpg`, `png`, `gif` or `avif`) by its key. File names are ' +
          'never reused, so responses are cacheable for a year and immutable; `If-None-Match` with the ' +
          '`ETag` answers 304. 404 for an unknown file or extension. No authentication.',
        tags: ['Media'],
        params: z.object({ '*': z.string().max(300) }),
        response: {
          200: z.any().meta({ description: 'The file.' }),
          304: z.undefined(),
          ...problemResponses(404),
        },
      },
    },
    async (request, reply) => {
      const key = request.params['*'];
      const extension = key.slice(key.lastIndexOf('.') + 1);
      const contentType = contentTypes[extension];
      const file = contentType ? await app.media.read(key) : undefined;
      if (!file || !contentType) throw new AppError('not_found', 'No such file.');
      const etag = `"${file.size.toString(36)}-${file.modified.getTime().toString(36)}"`;
      reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('etag', etag)
        .header('last-modified', file.modified.toUTCString())
        .header('x-content-type-options', 'nosniff');
      if (request.headers['if-none-match'] === etag) {
        file.body.destroy();
        return reply.code(304).send();
      }
      return reply.type(contentType).header('content-length', file.size).send(file.body);
    },
  );
};
