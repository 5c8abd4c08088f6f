import { z } from 'zod';
import { moneySchema } from '../../shared/money';
import { orderOperations } from './order-states';
import { orderSchema } from './orders.schemas';
import { fulfillmentStatuses, orderStatuses, paymentStatuses } from './orders.tables';

export const adminOrderSummarySchema = z
  .object({
    id: z.string(),
    number: z.number().int(),
    email: z.string(),
    customerName: z.string(),
    customerId: z.string().nullable(),
    status: z.enum(orderStatuses),
    paymentStatus: z.enum(paymentStatuses),
    fulfillmentStatus: z.enum(fulfillmentStatuses),
    total: moneySchema,
    itemCount: z.number().int().meta({ description: 'Units ordered.' }),
    placedAt: z.iso.datetime(),
  })
  .meta({ id: 'AdminOrderSummary' });

export const orderEventSchema = z
  .object({
    id: z.string(),
    kind: z.string().meta({ description: 'placed, payment_captured, marked_paid, cancelled, note, …' }),
    message: z.string(),
    actor: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .meta({ description: 'Null: the system.' }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'OrderEvent' });

export const adminOrderSchema = orderSchema
  .omit({ guestToken: true })
  .extend({
    customerId: z.string().nullable(),
    events: z.array(orderEventSchema).meta({ description: 'The timeline, newest first.' }),
    allowedActions: z
      .array(z.enum(orderOperations))
      .meta({ description: 'What the order state machine allows now.' }),
    refunds: z.array(
      z.object({
        id: z.string(),
        amount: moneySchema,
        reason: z.string(),
        items: z.array(z.object({ lineId: z.string(), quantity: z.number().int() })),
        restocked: z.boolean(),
        createdAt: z.iso.datetime(),
      }),
    ),
    refundable: moneySchema.meta({ description: 'Captured and not refunded yet: the most a refund can be.' }),
  })
  .meta({ id: 'AdminOrder' });

const amount = z.coerce.number().int().min(0).max(2_000_000_000);
export const adminOrderListQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Order number (1001 or #1001), email or name.' }),
  status: z.enum(orderStatuses).optional(),
  paymentStatus: z.enum(paymentStatuses).optional(),
  fulfillmentStatus: z.enum(fulfillmentStatuses).optional(),
  placedFrom: z.iso.datetime({ offset: true }).optional(),
  placedTo: z.iso.datetime({ offset: true }).optional(),
  customerId: z.string().max(64).optional(),
  minTotal: amount.optional().meta({ description: 'Minor units.' }),
  maxTotal: amount.optional().meta({ description: 'Minor units.' }),
  sort: z.enum(['newest', 'oldest', 'total_desc', 'total_asc']).default('newest'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export type AdminOrderListQuery = z.infer<typeof adminOrderListQuerySchema>;
export const adminOrderExportQuerySchema = adminOrderListQuerySchema.omit({
  cursor: true,
  limit: true,
  sort: true,
});

export const cancelOrderSchema = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .min(1, 'Say why the order is cancelled.')
      .max(500, 'Use 500 characters or fewer.'),
    restock: z.boolean().default(true).meta({ description: 'Put the items back in stock (default true).' }),
  })
  .meta({
    id: 'OrderCancellation',
    examples: [{ reason: 'Rupture de stock chez le fournisseur', restock: true }],
  });
export const markPaidSchema = z
  .strictObject({ note: z.string().trim().max(500, 'Use 500 characters or fewer.').optional() })
  .meta({
    id: 'OrderPaymentReceived',
    examples: [{ note: 'Virement reçu le 18/11, référence COMMANDE 1042' }],
  });
export const orderNoteSchema = z
  .strictObject({
    text: z.string().trim().min(1, 'Write the note.').max(2000, 'Use 2000 characters or fewer.'),
  })
  .meta({
    id: 'NewOrderNote',
    examples: [{ text: 'Cliente prévenue par téléphone du retard de livraison.' }],
  });

export type AdminOrder = z.infer<typeof adminOrderSchema>;
export type AdminOrderSummary = z.infer<typeof adminOrderSummarySchema>;

export const newShipmentSchema = z
  .strictObject({
    carrier: z.string().trim().min(1, 'Enter the carrier.').max(60, 'Use 60 characters or fewer.'),
    trackingNumber: z.string().trim().max(100, 'Use 100 characters or fewer.').optional(),
    trackingUrl: z
      .url({ protocol: /^https?$/, error: 'Enter a web address starting with https://.' })
      .max(500)
      .optional(),
    items: z
      .array(
        z.strictObject({
          lineId: z.string().min(1).max(64),
          quantity: z.number().int().min(1, 'Ship at least 1.').max(100_000),
        }),
      )
      .min(1)
      .max(500)
      .optional()
      .meta({ description: 'The lines and quantities in this parcel; absent: everything not shipped yet.' }),
    notifyCustomer: z.boolean().default(true).meta({ description: 'Email the customer (default true).' }),
  })
  .meta({
    id: 'NewShipment',
    examples: [
      {
        carrier: 'Colissimo',
        trackingNumber: '6A12345678901',
        trackingUrl: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901',
        items: [{ lineId: 'oline_01JD7ZQ3K8M2V9X4T6B1N5C0HF', quantity: 1 }],
        notifyCustomer: true,
      },
    ],
  });
export type NewShipment = z.infer<typeof newShipmentSchema>;

export const newRefundSchema = z
  .strictObject({
    reason: z.string().trim().min(1, 'Say why you refund.').max(500, 'Use 500 characters or fewer.'),
    amount: z
      .number()
      .int('Use whole minor units (cents).')
      .min(1, 'Refund at least 1 cent.')
      .max(2_000_000_000)
      .optional()
      .meta({ description: 'Minor units. Absent: the value of `items`, or everything still refundable.' }),
    items: z
      .array(
        z.strictObject({
          lineId: z.string().min(1).max(64),
          quantity: z.number().int().min(1, 'Refund at least 1.').max(100_000),
        }),
      )
      .max(500)
      .optional()
      .meta({ description: 'The lines and quantities refunded (and restocked when `restock`).' }),
    restock: z.boolean().default(false).meta({ description: 'Put the refunded items back in stock.' }),
  })
  .meta({
    id: 'NewRefund',
    examples: [
      {
        reason: 'Arrived damaged',
        items: [{ lineId: 'oline_01JD7ZQ3K8M2V9X4T6B1N5C0HF', quantity: 1 }],
        restock: false,
      },
      { reason: 'Goodwill gesture', amount: 500, restock: false },
    ],
  });
export type NewRefund = z.infer<typeof newRefundSchema>;
