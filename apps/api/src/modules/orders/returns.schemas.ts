import { z } from 'zod';
import { moneySchema } from '../../shared/money';
import { listQueryFields } from '../../shared/pagination';
import { returnStatuses } from './returns.tables';

export const returnReasons = [
  'damaged',
  'wrong_item',
  'not_as_described',
  'does_not_fit',
  'changed_mind',
  'other',
] as const;

const returnLineSchema = z.object({
  lineId: z.string(),
  title: z.string().meta({ description: 'Product and variant, as ordered.' }),
  sku: z.string(),
  quantity: z.number().int(),
  value: moneySchema.meta({ description: 'What these units were paid (their share of the line total).' }),
});

/** A return as its customer sees it. */
export const orderReturnSchema = z
  .object({
    id: z.string(),
    number: z.string().meta({ description: 'R-1001' }),
    status: z.enum(returnStatuses).meta({
      description:
        'requested → approved (send the items back) → received → refunded; or refused (see refusalReason).',
    }),
    items: z.array(returnLineSchema),
    reason: z.enum(returnReasons),
    comment: z.string().nullable(),
    refusalReason: z.string().nullable(),
    refundedAmount: moneySchema.nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'OrderReturn' });

export const adminReturnSchema = orderReturnSchema
  .extend({
    order: z.object({
      id: z.string(),
      number: z.number().int(),
      email: z.string(),
      customerName: z.string(),
    }),
    customerId: z.string().nullable(),
    allowedActions: z.array(z.enum(['approve', 'refuse', 'receive', 'refund'])),
    refundable: moneySchema.meta({
      description:
        'What a refund of this return would give back by default: the items’ value, capped by what is left.',
    }),
  })
  .meta({ id: 'AdminReturn' });

export const newReturnSchema = z
  .strictObject({
    items: z
      .array(
        z.strictObject({
          lineId: z.string().min(1).max(64),
          quantity: z.number().int().min(1, 'Return at least one item.').max(10_000),
        }),
      )
      .min(1, 'Choose the items to return.')
      .max(200)
      .refine((items) => new Set(items.map((item) => item.lineId)).size === items.length, 'Each line once.'),
    reason: z.enum(returnReasons),
    comment: z.string().trim().max(1000, 'Use 1000 characters or fewer.').optional(),
  })
  .meta({
    id: 'NewReturn',
    examples: [
      {
        items: [{ lineId: 'oline_01JD7ZQ3K8M2V9X4T6B1N5C0HF', quantity: 1 }],
        reason: 'does_not_fit',
        comment: 'Taille M trop grande, je souhaite un remboursement.',
      },
    ],
  });

export const refuseReturnSchema = z
  .strictObject({
    reason: z.string().trim().min(1, 'Tell the customer why.').max(500, 'Use 500 characters or fewer.'),
  })
  .meta({ id: 'RefuseReturn', examples: [{ reason: 'Article porté et lavé, non éligible au retour.' }] });

export const refundReturnSchema = z
  .strictObject({
    restock: z
      .boolean()
      .default(true)
      .meta({ description: 'Put the returned items back in stock (default).' }),
    amount: z.number().int().min(1).max(2_000_000_000).optional().meta({
      description: 'Minor units; absent: the value of the returned items (capped by what is left).',
    }),
  })
  .meta({ id: 'RefundReturn', examples: [{ restock: true }, { restock: false, amount: 2500 }] });

export const adminReturnListQuerySchema = z.object({
  ...listQueryFields,
  status: z.enum(returnStatuses).optional(),
  q: z.string().trim().max(200).optional().meta({ description: 'Return or order number, or email.' }),
});

export type NewReturn = z.infer<typeof newReturnSchema>;
export type OrderReturn = z.infer<typeof orderReturnSchema>;
export type AdminReturn = z.infer<typeof adminReturnSchema>;
export type RefundReturn = z.infer<typeof refundReturnSchema>;
export type AdminReturnListQuery = z.infer<typeof adminReturnListQuerySchema>;
