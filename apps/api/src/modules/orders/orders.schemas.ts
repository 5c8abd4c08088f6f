import { z } from 'zod';
import { moneySchema } from '../../shared/money';
import { postalAddressSchema } from '../customers/customers.schemas';
import { taxLineSchema } from '../pricing';
import { fulfillmentStatuses, orderStatuses, paymentStatuses } from './orders.tables';
import { orderReturnSchema } from './returns.schemas';

const money = moneySchema;

export const orderSchema = z
  .object({
    id: z.string(),
    number: z.number().int().meta({ description: 'The human order number, shown as #1001.' }),
    email: z.string(),
    status: z.enum(orderStatuses),
    paymentStatus: z.enum(paymentStatuses),
    fulfillmentStatus: z.enum(fulfillmentStatuses),
    currency: z.string(),
    items: z.array(
      z.object({
        id: z.string(),
        variantId: z.string().nullable(),
        productId: z.string().nullable(),
        productHandle: z.string().nullable(),
        title: z.string(),
        variantTitle: z.string(),
        sku: z.string(),
        quantity: z.number().int(),
        unitPrice: money,
        discount: money,
        tax: money,
        taxRate: z.number().int(),
        total: money.meta({ description: 'unitPrice × quantity − discount (+ tax when prices exclude it).' }),
        image: z.string().nullable().meta({ description: 'URL of the product picture when ordered.' }),
        returnableQuantity: z.number().int().meta({
          description: 'Units the customer may still ask to return now (delivered, within the window).',
        }),
      }),
    ),
    shippingAddress: postalAddressSchema,
    billingAddress: postalAddressSchema,
    shippingMethod: z
      .object({ id: z.string(), name: z.string(), estimate: z.string().nullable() })
      .nullable(),
    discounts: z.array(z.object({ code: z.string().nullable(), name: z.string(), amount: money })),
    totals: z.object({ subtotal: money, discount: money, shipping: money, tax: money, total: money }),
    taxIncluded: z.boolean(),
    taxLines: z.array(taxLineSchema),
    payment: z
      .object({
        provider: z.string(),
        status: z.enum(['pending', 'authorized', 'captured', 'voided', 'refunded']),
        cardBrand: z.string().nullable(),
        cardLast4: z.string().nullable(),
        instructions: z.string().nullable(),
      })
      .nullable(),
    shipments: z.array(
      z.object({
        id: z.string(),
        carrier: z.string(),
        trackingNumber: z.string().nullable(),
        trackingUrl: z.string().nullable(),
        status: z.enum(['shipped', 'delivered']),
        items: z.array(z.object({ lineId: z.string(), quantity: z.number().int() })),
        shippedAt: z.iso.datetime(),
        deliveredAt: z.iso.datetime().nullable(),
      }),
    ),
    returns: z.array(orderReturnSchema),
    returnableUntil: z.iso.datetime().nullable().meta({
      description: 'End of the return window (last delivery + the store’s window); null before delivery.',
    }),
    termsAcceptedAt: z.iso.datetime().nullable().meta({
      description: 'When the customer accepted the terms at checkout (null: the store did not ask).',
    }),
    placedAt: z.iso.datetime(),
    guestToken: z
      .string()
      .optional()
      .meta({
        description:
          'Lets whoever holds it read this order at GET /store/orders/{number}?token=… (sent in the checkout ' +
          'response and the confirmation email).',
      }),
  })
  .meta({ id: 'Order' });

export type Order = z.infer<typeof orderSchema>;
