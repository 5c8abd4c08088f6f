import { z } from 'zod';
import { moneySchema } from '../../shared/money';
import { productImageSchema } from '../catalog/products.schemas';
import { checkPostalCode, postalAddressFields, postalAddressSchema } from '../customers/customers.schemas';
import { taxLineSchema } from '../pricing';

export const cartAddressInputSchema = z
  .strictObject(postalAddressFields)
  .superRefine(checkPostalCode)
  .meta({ id: 'NewAddress' });
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
        lineTotal: money.meta({ description: 'unitPrice × quantity, before discounts.' }),
        discount: money.meta({ description: "This line's share of the discounts." }),
        tax: money.meta({
          description: 'Tax on the line after its discount (included or added, see taxIncluded).',
        }),
        taxRate: z.number().int().meta({ description: 'Basis points: 2000 = 20 %.' }),
        purchasable: z.boolean().meta({
          description: 'False when the product is off sale or the stock no longer covers the quantity.',
        }),
        availableQuantity: z.number().int().nullable().meta({ description: 'Null: no stock limit.' }),
        image: productImageSchema.nullable(),
      }),
    ),
    shippingMethodId: z.string().nullable().meta({
      description: 'The chosen shipping method; null when none is chosen or it does not serve the address.',
    }),
    discounts: z.array(
      z.object({
        code: z.string().nullable().meta({ description: 'Null: an automatic promotion.' }),
        name: z.string(),
        amount: money,
        freeShipping: z.boolean(),
        message: z
          .string()
          .nullable()
          .meta({ description: 'Why a code in the cart does not apply now (its amount is then 0).' }),
      }),
    ),
    totals: z.object({ subtotal: money, discount: money, shipping: money, tax: money, total: money }).meta({
      description:
        'total = subtotal − discount + shipping (+ tax when taxIncluded is false). Shipping is 0 until a method is chosen.',
    }),
    taxIncluded: z
      .boolean()
      .meta({ description: 'Whether prices and totals include tax (a store setting).' }),
    taxLines: z.array(taxLineSchema),
    status: z.enum(['open', 'completed']).meta({ description: 'completed: the cart became an order.' }),
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
  .meta({ id: 'NewCart', examples: [{ email: 'lea.dubois@example.com' }] });
export const cartUpdateSchema = z
  .strictObject({
    email: z.email('Enter a valid email address.').max(254).nullable().optional(),
    shippingAddress: cartAddressInputSchema.nullable().optional(),
    billingAddress: cartAddressInputSchema
      .nullable()
      .optional()
      .meta({ description: 'Null or absent at checkout: the shipping address.' }),
    shippingMethodId: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .optional()
      .meta({ description: 'One of GET /store/carts/{id}/shipping-options for the shipping address.' }),
  })
  .meta({
    id: 'CartUpdate',
    examples: [
      {
        email: 'lea.dubois@example.com',
        shippingAddress: {
          firstName: 'Léa',
          lastName: 'Dubois',
          company: null,
          line1: '12 rue des Tanneurs',
          line2: null,
          city: 'Lyon',
          postalCode: '69002',
          region: null,
          country: 'FR',
          phone: null,
        },
        billingAddress: null,
        shippingMethodId: 'shm_01JD7ZQ3K8M2V9X4T6B1N5C0HF',
      },
    ],
  });
export type CartUpdate = z.infer<typeof cartUpdateSchema>;
export const newCartItemSchema = z
  .strictObject({ variantId: z.string().min(1).max(64), quantity })
  .meta({ id: 'NewCartItem', examples: [{ variantId: 'var_01JD7ZQ3K8M2V9X4T6B1N5C0HF', quantity: 2 }] });
export const cartItemUpdateSchema = z
  .strictObject({ quantity })
  .meta({ id: 'CartItemUpdate', examples: [{ quantity: 3 }] });

export type Cart = z.infer<typeof cartSchema>;

export const discountCodeInputSchema = z
  .strictObject({
    code: z
      .string()
      .trim()
      .min(1, 'Enter a discount code.')
      .max(40, 'Discount codes are at most 40 characters.')
      .transform((code) => code.toUpperCase()),
  })
  .meta({ id: 'DiscountCodeInput', examples: [{ code: 'BIENVENUE10' }] });

export const shippingOptionListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        price: money.meta({ description: 'For this cart (0 when it qualifies for free shipping).' }),
        estimate: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ShippingOptionList' });
export type ShippingOptionList = z.infer<typeof shippingOptionListSchema>;
