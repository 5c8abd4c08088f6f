import { z } from 'zod';

export const defaultLowStockThreshold = 5;

export const inventoryItemSchema = z
  .object({
    variantId: z.string(),
    productId: z.string(),
    productTitle: z.string(),
    sku: z.string(),
    options: z.record(z.string(), z.string()),
    trackInventory: z.boolean(),
    stockOnHand: z.number().int(),
    lowStockThreshold: z
      .number()
      .int()
      .meta({ description: `The variant's threshold, or the store default (${defaultLowStockThreshold}).` }),
    lowStock: z.boolean().meta({ description: 'Tracked and at or below the threshold.' }),
  })
  .meta({ id: 'InventoryItem' });

export const inventoryListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().meta({ description: 'SKU or product title.' }),
  lowStock: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: 'Only tracked variants at or below their threshold.' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export const stockMovementSchema = z
  .object({
    id: z.number().int(),
    delta: z.number().int(),
    stockAfter: z.number().int(),
    reason: z.enum(['initial', 'received', 'sold', 'returned', 'adjusted', 'damaged', 'cancelled']),
    note: z.string().nullable(),
    orderId: z.string().nullable(),
    actor: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'StockMovement' });

export const stockAdjustmentSchema = z
  .strictObject({
    reason: z.enum(['received', 'adjusted', 'damaged', 'returned']),
    note: z.string().trim().max(500, 'Use 500 characters or fewer.').optional(),
    items: z
      .array(
        z
          .strictObject({
            variantId: z.string().min(1).max(64),
            delta: z
              .number()
              .int()
              .min(-1_000_000)
              .max(1_000_000)
              .optional()
              .meta({ description: 'Units to add (or remove, negative).' }),
            setTo: z
              .number()
              .int()
              .min(0)
              .max(10_000_000)
              .optional()
              .meta({ description: 'The counted stock (a stock take).' }),
          })
          .refine((item) => (item.delta === undefined) !== (item.setTo === undefined), {
            message: 'Give either delta or setTo.',
          }),
      )
      .min(1, 'Adjust at least one variant.')
      .max(500),
  })
  .meta({
    id: 'StockAdjustment',
    examples: [
      {
        reason: 'received',
        note: 'Delivery note 2026-118',
        items: [
          { variantId: 'var_01JD7ZQ3K8M2V9X4T6B1N5C0HF', delta: 24 },
          { variantId: 'var_01JD7ZQ3K8M2V9X4T6B1N5C0HG', setTo: 10 },
        ],
      },
    ],
  });
export type StockAdjustment = z.infer<typeof stockAdjustmentSchema>;
export type InventoryItem = z.infer<typeof inventoryItemSchema>;

export const lowStockThresholdUpdateSchema = z
  .strictObject({
    lowStockThreshold: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .nullable()
      .meta({ description: 'Null: the store default.' }),
  })
  .meta({ id: 'LowStockThresholdUpdate', examples: [{ lowStockThreshold: 5 }] });
