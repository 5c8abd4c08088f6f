import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import {
  addProductImage,
  deleteProductImage,
  reorderProductImages,
  updateProductImage,
} from './product-images.service';
import { productImageSchema } from './products.schemas';

/** Largest accepted upload. */
export const maxImageBytes = 10 * 1024 * 1024;

const tags = ['Admin: catalog'];
const productParams = z.object({ id: z.string().min(1).max(64) });
const imageParams = productParams.extend({ imageId: z.string().min(1).max(64) });
const alt = z.string().trim().max(250, 'Use 250 characters or fewer.').nullable();
// Schemas with an id are built once per process (the OpenAPI registry is global).
const imageUpdateSchema = z.strictObject({ alt }).meta({ id: 'ProductImageUpdate' });
const imageOrderSchema = z
  .strictObject({ imageIds: z.array(z.string().max(64)).max(100) })
  .meta({ id: 'ImageOrder' });
const imageListSchema = z.object({ items: z.array(productImageSchema) }).meta({ id: 'ProductImageList' });

export const productImageRoutes: FastifyPluginAsyncZod = async (app) => {
  // Scoped to this plugin: only the upload route accepts multipart bodies.
  await app.register(multipart, {
    limits: { fileSize: maxImageBytes, files: 1, fields: 4, fieldSize: 1000, parts: 6 },
  });

  app.post(
    '/admin/products/:id/images',
    {
      config: {
        permission: 'catalog:write',
        openapiBody: {
          contentType: 'multipart/form-data',
          schema: {
            type: 'object',
            required: ['file'],
            properties: {
              file: {
                type: 'string',
                format: 'binary',
                description:
                  'JPEG, PNG, WebP, AVIF or GIF, at most 10 MB; the type is read from the content.',
              },
              alt: { type: 'string', maxLength: 250, description: 'Text alternative for screen readers.' },
            },
          },
        },
      },
      schema: {
        operationId: 'adminUploadProductImage',
        summary: "Upload an image to the end of a product's gallery",
        description:
          'Stores the image (re-encoded without metadata) and WebP renditions 320, 800 and 1600 px wide.',
        tags,
        security: adminSecurity,
        params: productParams,
        response: { 201: productImageSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError('unsupported_media_type', 'Send the image as multipart/form-data.');
      }
      let file: Buffer | undefined;
      let originalName: string | null = null;
      let altText: string | null = null;
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file') {
            part.file.resume();
            continue;
          }
          file = await part.toBuffer();
          originalName = part.filename ? part.filename.slice(0, 200) : null;
        } else if (part.fieldname === 'alt') {
          const parsed = alt.safeParse(typeof part.value === 'string' ? part.value : null);
          if (!parsed.success) {
            throw new AppError('validation_failed', 'The alt text is too long.', [
              { path: 'alt', message: 'Use 250 characters or fewer.' },
            ]);
          }
          altText = parsed.data || null;
        }
      }
      if (!file || file.length === 0) {
        throw new AppError('validation_failed', 'Attach an image.', [
          { path: 'file', message: 'Choose an image file.' },
        ]);
      }
      const image = await addProductImage(app.db, app.media, request.params.id, {
        file,
        alt: altText,
        originalName,
      });
      return reply.code(201).send(image);
    },
  );

  app.patch(
    '/admin/products/:id/images/:imageId',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminUpdateProductImage',
        summary: "Change an image's alt text",
        tags,
        security: adminSecurity,
        params: imageParams,
        body: imageUpdateSchema,
        response: { 200: productImageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updateProductImage(app.db, app.media, request.params.id, request.params.imageId, {
        alt: request.body.alt || null,
      }),
  );

  app.put(
    '/admin/products/:id/images/order',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminReorderProductImages',
        summary: "Reorder a product's images",
        description: 'List every image of the product once, in the new order; the first is the main image.',
        tags,
        security: adminSecurity,
        params: productParams,
        body: imageOrderSchema,
        response: { 200: imageListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      items: await reorderProductImages(app.db, app.media, request.params.id, request.body.imageIds),
    }),
  );

  app.delete(
    '/admin/products/:id/images/:imageId',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminDeleteProductImage',
        summary: 'Delete an image',
        tags,
        security: adminSecurity,
        params: imageParams,
        response: { 204: z.undefined(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteProductImage(app.db, app.media, request.params.id, request.params.imageId);
      return reply.code(204).send();
    },
  );
};
