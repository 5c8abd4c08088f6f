import { z } from 'zod';
import { moneySchema } from '../../shared/money';
import { productImageSchema } from '../catalog/products.schemas';
import { postalAddressFields, postalAddressSchema } from '../customers/customers.schemas';

export const cartAddressInputSchema = z.strictObject(postalAddressFields).meta({ id: 'NewAddress' });
const cartAddressSchema = postalAddressSchema;

const money = moneySchema;

export const cartSchema = z
  .object({
    id: z.string().meta({ description: 'An unguessable token: keep it private, it is the key to the cart.' }),
    email: z.string().nullable(),
    currency: z.string(),
    shippingAddress: cartAddressSchema.nullable(),
    billingAddress: cartAddressSchema.nullable(),
    items: z.array(
      z.object({
        id: z.string(),
        variantId: z.string(),
        productId: z.string(),
        productHandle: z.string(),
        title: z.string(),
        variantTitle: z.string(),
        sku: z.string(),
        quantity: z.number().int(),
        unitPrice: money.meta({ description: "The variant's current price." }),
        lineTotal: money,
        purchasable: z.boolean().meta({
          description: 'False when the product is off sale or the stock no longer covers the quantity.',
        }),
        availableQuantity: z.number().int().nullable().meta({ description: 'Null: no stock limit.' }),
        image: productImageSchema.nullable(),
      }),
    ),
    discounts: z.array(z.object({ code: z.string() })),
    totals: z.object({ subtotal: money, discount: money, shipping: money, tax: money, total: money }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Cart' });

const quantity = z
  .number()
  .int('Use a whole number.')
  .min(1, 'Use 1 or more (remove the item to drop it).')
  .max(999, 'At most 999.');

export const newCartSchema = z
  .strictObject({ email: z.email('Enter a valid email address.').max(254).optional() })
  .meta({ id: 'NewCart' });
export const cartUpdateSchema = z
  .strictObject({
    email: z.email('Enter a valid email address.').max(254).nullable().optional(),
    shippingAddress: cartAddressInputSchema.nullable().optional(),
    billingAddress: cartAddressInputSchema
      .nullable()
      .optional()
      .meta({ description: 'Null or absent at checkout: the shipping address.' }),
  })
  .meta({ id: 'CartUpdate' });
export type CartUpdate = z.infer<typeof cartUpdateSchema>;
export const newCartItemSchema = z
  .strictObject({ variantId: z.string().min(1).max(64), quantity })
  .meta({ id: 'NewCartItem' });
export const cartItemUpdateSchema = z.strictObject({ quantity }).meta({ id: 'CartItemUpdate' });

export type Cart = z.infer<typeof cartSchema>;
