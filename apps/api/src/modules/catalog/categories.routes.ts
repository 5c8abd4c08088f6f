import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { handleSchema } from '../../shared/handles';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { imageUploadBody, imageUploadLimits, readImageUpload } from '../media/image-upload';
import { imageUrls } from '../media/stored-images';
import {
  type Category,
  type CategoryNode,
  categoryPath,
  createCategory,
  deleteCategory,
  getCategoryTree,
  removeCategoryImage,
  setCategoryImage,
  updateCategory,
  updateCategoryImageAlt,
} from './categories.service';

const categoryImageSchema = z
  .object({
    url: z.string(),
    alt: z.string().nullable(),
    width: z.number().int(),
    height: z.number().int(),
    thumbnails: z.object({ small: z.string(), medium: z.string(), large: z.string() }),
  })
  .meta({ id: 'CategoryImage' });
const categoryFields = {
  id: z.string(),
  parentId: z.string().nullable(),
  handle: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  position: z.number().int(),
  image: categoryImageSchema.nullable(),
};
const categorySchema = z.object({ ...categoryFields, version: z.number().int() }).meta({ id: 'Category' });

type Node = z.infer<typeof categorySchema> & { children: Node[] };
const categoryNodeSchema: z.ZodType<Node> = z
  .object({
    ...categoryFields,
    version: z.number().int(),
    get children() {
      return z.array(categoryNodeSchema);
    },
  })
  .meta({ id: 'CategoryNode' });
// One object (not an intersection with the node): in JSON Schema an allOf of two closed objects accepts nothing.
const storeCategorySchema = z
  .object({
    ...categoryFields,
    version: z.number().int(),
    get children() {
      return z.array(categoryNodeSchema);
    },
    breadcrumb: z
      .array(z.object({ handle: z.string(), name: z.string() }))
      .meta({ description: 'From the root to this category.' }),
  })
  .meta({ id: 'StoreCategory' });
const categoryTreeSchema = z.object({ items: z.array(categoryNodeSchema) }).meta({ id: 'CategoryTree' });

const name = z.string().trim().min(1, 'Enter a name.').max(120, 'Use 120 characters or fewer.');
const description = z.string().trim().max(5000, 'Use 5000 characters or fewer.').nullable();
const newCategorySchema = z
  .strictObject({
    name,
    handle: handleSchema.optional().meta({ description: 'Derived from the name when absent.' }),
    description: description.optional(),
    parentId: z.string().max(64).nullable().optional(),
    position: z.number().int().min(0).max(100_000).optional(),
  })
  .meta({
    id: 'NewCategory',
    examples: [
      {
        name: 'Linge de table',
        handle: 'linge-de-table',
        parentId: 'cat_01JD7ZQ3K8M2V9X4T6B1N5C0HF',
        position: 1,
      },
    ],
  });
const categoryUpdateSchema = z
  .strictObject({
    version: z
      .number()
      .int()
      .positive()
      .meta({ description: 'The version you edited; a stale one gets 409.' }),
    name: name.optional(),
    handle: handleSchema.optional(),
    description: description.optional(),
    parentId: z
      .string()
      .max(64)
      .nullable()
      .optional()
      .meta({ description: 'Move under this category (null: top level).' }),
    position: z.number().int().min(0).max(100_000).optional(),
  })
  .meta({ id: 'CategoryUpdate', examples: [{ version: 3, name: 'Linge de lit', position: 2 }] });
const params = z.object({ id: z.string().min(1).max(64) });
const categoryImageUpdateSchema = z
  .strictObject({ alt: z.string().trim().max(250, 'Use 250 characters or fewer.').nullable() })
  .meta({ id: 'CategoryImageUpdate', examples: [{ alt: 'Coussins en lin lavé sur un canapé' }] });
const handleParams = z.object({ handle: z.string().min(1).max(100) });

function findByHandle(nodes: CategoryNode[], handle: string): CategoryNode | undefined {
  for (const node of nodes) {
    if (node.handle === handle) return node;
    const found = findByHandle(node.children, handle);
    if (found) return found;
  }
  return undefined;
}

type PublicCategory = Omit<Category, 'image'> & { image: z.infer<typeof categoryImageSchema> | null };
type PublicNode = PublicCategory & { children: PublicNode[] };

export const categoryRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: imageUploadLimits });

  /** A category as answered: its picture as public URLs. */
  function present(category: Category): PublicCategory {
    const { image, ...rest } = category;
    return {
      ...rest,
      image: image
        ? {
            ...imageUrls(app.media, image.storageKey, image.contentType),
            alt: image.alt,
            width: image.width,
            height: image.height,
          }
        : null,
    };
  }
  const presentTree = (nodes: CategoryNode[]): PublicNode[] =>
    nodes.map((node) => ({ ...present(node), children: presentTree(node.children) }));

  const adminTags = ['Admin: catalog'];
  app.get(
    '/admin/categories',
    {
      config: { permission: 'catalog:read' },
      schema: {
        operationId: 'adminListCategories',
        summary: 'The category tree',
        description:
          'Every category as a tree of root categories with nested `children`, siblings ordered by ' +
          "`position` then name, each with its picture's URLs and its `version`.",
        tags: adminTags,
        security: adminSecurity,
        response: { 200: categoryTreeSchema, ...problemResponses(401, 403) },
      },
    },
    async () => ({ items: presentTree(await getCategoryTree(app.db)) }),
  );

  app.post(
    '/admin/categories',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminCreateCategory',
        summary: 'Create a category',
        description:
          'The `handle` is derived from the name when absent; without `position` the category goes last ' +
          'among its siblings. 409 `conflict` for a handle already in use; 400 `validation_failed` for an ' +
          'unknown `parentId`.',
        tags: adminTags,
        security: adminSecurity,
        body: newCategorySchema,
        response: { 201: categorySchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(present(await createCategory(app.db, request.body))),
  );

  app.patch(
    '/admin/categories/:id',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminUpdateCategory',
        summary: 'Change, move or reorder a category',
        description:
          'Partial update at the `version` you read (else 409 `version_conflict`). Moving (`parentId`, ' +
          '`null` for the top level) or reordering (`position`) renumbers the siblings in both branches; a ' +
          'move under the category itself or one of its descendants is 400 `validation_failed`. 409 ' +
          '`conflict` for a handle already in use; 404 for an unknown category.',
        tags: adminTags,
        security: adminSecurity,
        params,
        body: categoryUpdateSchema,
        response: { 200: categorySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => present(await updateCategory(app.db, request.params.id, request.body)),
  );

  app.put(
    '/admin/categories/:id/image',
    {
      config: { permission: 'catalog:write', openapiBody: imageUploadBody },
      schema: {
        operationId: 'adminSetCategoryImage',
        summary: "Set or replace a category's picture",
        description: 'Multipart upload (`file`, optional `alt`), judged by content like product images.',
        tags: adminTags,
        security: adminSecurity,
        params,
        response: { 200: categorySchema, ...problemResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => {
      const upload = await readImageUpload(request);
      return present(await setCategoryImage(app.db, app.media, request.params.id, upload));
    },
  );

  app.patch(
    '/admin/categories/:id/image',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminUpdateCategoryImage',
        summary: "Change the alt text of a category's picture",
        description:
          'Sets the alt text (`null` or empty clears it). 404 for an unknown category or one without a ' +
          'picture.',
        tags: adminTags,
        security: adminSecurity,
        params,
        body: categoryImageUpdateSchema,
        response: { 200: categorySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      present(await updateCategoryImageAlt(app.db, request.params.id, request.body.alt || null)),
  );

  app.delete(
    '/admin/categories/:id/image',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminRemoveCategoryImage',
        summary: "Remove a category's picture",
        description:
          'Removes the picture and deletes its files; the answer is the category without `image`. Removing ' +
          'the picture of a category that has none is not an error. 404 for an unknown category.',
        tags: adminTags,
        security: adminSecurity,
        params,
        response: { 200: categorySchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => present(await removeCategoryImage(app.db, app.media, request.params.id)),
  );

  app.delete(
    '/admin/categories/:id',
    {
      config: { permission: 'catalog:write' },
      schema: {
        operationId: 'adminDeleteCategory',
        summary: 'Delete a category without sub-categories',
        description:
          'Deletes the category and detaches its products (the products stay). 409 `conflict` while it has ' +
          'sub-categories: move or delete them first. 404 for an unknown category.',
        tags: adminTags,
        security: adminSecurity,
        params,
        response: { 204: z.undefined(), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteCategory(app.db, request.params.id);
      return reply.code(204).send();
    },
  );

  const storeTags = ['Store: catalog'];
  app.get(
    '/store/categories',
    {
      schema: {
        operationId: 'storeListCategories',
        summary: 'The category tree',
        description:
          'Every category as a tree of root categories with nested `children`, siblings ordered by ' +
          "`position` then name, each with its picture's URLs. No authentication.",
        tags: storeTags,
        response: { 200: categoryTreeSchema },
      },
    },
    async () => ({ items: presentTree(await getCategoryTree(app.db)) }),
  );

  app.get(
    '/store/categories/:handle',
    {
      schema: {
        operationId: 'storeGetCategory',
        summary: 'A category with its sub-categories and its breadcrumb',
        description:
          'The category with the given `handle` at any depth, with its nested sub-categories and its ' +
          '`breadcrumb` from the root. 404 for an unknown handle. No authentication.',
        tags: storeTags,
        params: handleParams,
        response: { 200: storeCategorySchema, ...problemResponses(404) },
      },
    },
    async (request) => {
      const tree = await getCategoryTree(app.db);
      const node = findByHandle(tree, request.params.handle);
      if (!node) throw new AppError('not_found', 'No such category.');
      const breadcrumb = categoryPath(tree, node.id).map((item) => ({
        handle: item.handle,
        name: item.name,
      }));
      return { ...present(node), children: presentTree(node.children), breadcrumb };
    },
  );
};
