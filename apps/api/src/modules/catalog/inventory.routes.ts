import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentActor } from '../../plugins/admin-auth';
import { listQueryFields, pageSchema } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import {
  inventoryItemSchema,
  inventoryListQuerySchema,
  lowStockThresholdUpdateSchema,
  stockAdjustmentSchema,
  stockMovementSchema,
} from './inventory.schemas';
import { adjustStock, listInventory, listStockMovements, setLowStockThreshold } from './inventory.service';

const tags = ['Admin: inventory'];
const security = adminSecurity;
const variantParams = z.object({ variantId: z.string().min(1).max(64) });

/** Stock per variant, its ledger, adjustments (`inventory:write`, the warehouse role) and low-stock thresholds. */
export const inventoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/inventory',
    {
      config: { permission: 'catalog:read' },
      schema: {
        operationId: 'adminListInventory',
        summary: 'Stock per variant',
        description:
          'Every variant with its product, SKU, stock on hand and low-stock threshold, newest variants ' +
          'first, cursor-paginated with a `total`. `q` matches part of the SKU or product title; ' +
          '`lowStock=true` keeps only tracked variants at or below their threshold.',
        tags,
        security,
        querystring: inventoryListQuerySchema,
        response: {
          200: pageSchema(inventoryItemSchema, 'InventoryList'),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => listInventory(app.db, request.query),
  );

  app.post(
    '/admin/inventory/adjustments',
    {
      config: { permission: 'inventory:write' },
      schema: {
        operationId: 'adminAdjustStock',
        summary: 'Adjust stock (deliveries, stock takes, damage)',
        description:
          'All or nothing. Each item gives `delta` (units added, negative to remove) or `setTo` (the counted ' +
          'stock). A result below zero is 400 on the item. Every change is written to the stock ledger with the ' +
          'reason, the note and who made it.',
        tags,
        security,
        body: stockAdjustmentSchema,
        response: {
          200: z.object({ items: z.array(inventoryItemSchema) }).meta({ id: 'AdjustedInventory' }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const actor = currentActor(request);
      return { items: await adjustStock(app.db, request.body, { id: actor.id, name: actor.label }) };
    },
  );

  app.patch(
    '/admin/inventory/:variantId',
    {
      config: { permission: 'inventory:write' },
      schema: {
        operationId: 'adminSetLowStockThreshold',
        summary: "Set a variant's low-stock threshold",
        description:
          'Sets the stock level at or below which the variant counts as low (`null`: the store default) ' +
          'and answers its inventory line. Stock itself is not changed. 404 for an unknown variant.',
        tags,
        security,
        params: variantParams,
        body: lowStockThresholdUpdateSchema,
        response: { 200: inventoryItemSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => setLowStockThreshold(app.db, request.params.variantId, request.body.lowStockThreshold),
  );

  app.get(
    '/admin/inventory/:variantId/movements',
    {
      config: { permission: 'catalog:read' },
      schema: {
        operationId: 'adminListStockMovements',
        summary: "A variant's stock ledger, newest first",
        description:
          'Every stock change of the variant, cursor-paginated: the `delta`, the stock after it, the ' +
          'reason (`initial`, `received`, `sold`, `returned`, `adjusted`, `damaged`, `cancelled`), the ' +
          'note, the order involved and who made it. An unknown variant has an empty ledger.',
        tags,
        security,
        params: variantParams,
        querystring: z.object(listQueryFields),
        response: {
          200: z
            .object({ items: z.array(stockMovementSchema), nextCursor: z.string().nullable() })
            .meta({ id: 'StockMovementList' }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => listStockMovements(app.db, request.params.variantId, request.query),
  );
};
