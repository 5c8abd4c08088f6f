import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { imageUploadBody, imageUploadLimits, readImageUpload } from '../media/image-upload';
import {
  addProductImage,
  deleteProductImage,
  reorderProductImages,
  updateProductImage,
} from './product-images.service';
import { productImageSchema } from './products.schemas';

const tags = ['Admin: catalog'];
const productParams = z.object({ id: z.string().min(1).max(64) });
const imageParams = productParams.extend({ imageId: z.string().min(1).max(64) });
const alt = z.string().trim().max(250, 'Use 250 characters or fewer.').nullable();
// Schemas with an id are built once per process (the OpenAPI registry is global).
const imageUpdateSchema = z
  .strictObject({ alt })
  .meta({ id: 'ProductImageUpdate', examples: [{ alt: 'Chemise en lin blanc, vue de face' }] });
const imageOrderSchema = z.strictObject({ imageIds: z.array(z.string().max(64)).max(100) }).meta({
  id: 'ImageOrder',
  examples: [
    {
      imageIds: [
        'img_01JD7ZQ3K8M2V9X4T6B1N5C0HF',
        'img_01JD7ZQ3K8M2V9X4T6B1N5C0HG',
        'img_01JD7ZQ3K8M2V9X4T6B1N5C0HJ',
      ],
    },
  ],
});
const imageListSchema = z.object({ items: z.array(productImageSchema) }).meta({ id: 'ProductImageList' });

export const productImageRoutes: FastifyPluginAsyncZod = async (app) => {
  // Scoped to this plugin: only the upload route accepts multipart bodies.
  await app.register(multipart, { limits: imageUploadLimits });

  app.post(
    '/admin/products/:id/images',
    {
      config: {
        permission: 'catalog:write',
        openapiBody: imageUploadBody,
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
      const upload = await readImageUpload(request);
      const image = await addProductImage(app.db, app.media, request.params.id, upload);
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
        description:
          "Sets the alt text (empty or `null` clears it). The product's `updatedAt` moves and " +
          "`product.updated` is emitted, but not its `version`. 404 for an image that is not the product's.",
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
        description:
          'Removes the image from the gallery; its files are deleted once no other product (a duplicate) ' +
          "uses them. The product's `updatedAt` moves and `product.updated` is emitted, but not its " +
          "`version`. 404 for an image that is not the product's.",
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
