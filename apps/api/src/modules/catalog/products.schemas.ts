import { z } from 'zod';
import { handleSchema } from '../../shared/handles';
import { pageSchema } from '../../shared/pagination';

const money = z
  .number()
  .int('Use whole minor units (cents).')
  .min(0, 'Use a price of zero or more.')
  .max(100_000_000);
const optionName = z.string().trim().min(1, 'Enter the option name.').max(40, 'Use 40 characters or fewer.');
const optionValue = z.string().trim().min(1, 'Enter a value.').max(60, 'Use 60 characters or fewer.');

export const productImageSchema = z
  .object({
    id: z.string(),
    url: z.string().meta({ description: 'The original (re-encoded without metadata).' }),
    alt: z.string().nullable(),
    width: z.number().int(),
    height: z.number().int(),
    position: z.number().int(),
    thumbnails: z
      .object({ small: z.string(), medium: z.string(), large: z.string() })
      .meta({ description: 'WebP renditions 320, 800 and 1600 px wide (never upscaled).' }),
  })
  .meta({ id: 'ProductImage' });

export const variantInputSchema = z.strictObject({
  sku: z.string().trim().min(1, 'Enter a SKU.').max(64, 'Use 64 characters or fewer.'),
  options: z
    .record(optionName, optionValue)
    .default({})
    .meta({ description: '`{ "Size": "M" }`: one value per option.' }),
  price: money.meta({ description: 'Integer minor units of the store currency.' }),
  compareAtPrice: money.nullable().optional(),
  weightGrams: z.number().int().min(0).max(1_000_000).nullable().optional(),
  barcode: z.string().trim().max(64).nullable().optional(),
  taxClass: z.string().trim().min(1).max(40).optional(),
  trackInventory: z.boolean().optional(),
  allowBackorder: z.boolean().optional(),
  stockOnHand: z.number().int().min(0).max(10_000_000).optional(),
});

const productFields = {
  title: z.string().trim().min(1, 'Enter a title.').max(200, 'Use 200 characters or fewer.'),
  handle: handleSchema.optional().meta({ description: 'Derived from the title when absent.' }),
  description: z.string().max(50_000).nullable().optional(),
  status: z.enum(['draft', 'active', 'archived']).optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(50).optional(),
  seoTitle: z.string().trim().max(70, 'Use 70 characters or fewer.').nullable().optional(),
  seoDescription: z.string().trim().max(160, 'Use 160 characters or fewer.').nullable().optional(),
  categoryIds: z.array(z.string().max(64)).max(50).optional(),
  features: z
    .array(z.strictObject({ name: optionName, value: z.string().trim().min(1).max(120) }))
    .max(50)
    // One value per feature name (the table's key): a repeated name is a 400, not a database error.
    .refine((features) => new Set(features.map((feature) => feature.name)).size === features.length, {
      message: 'Give each feature once.',
    })
    .optional(),
};

export const newProductSchema = z
  .strictObject({
    ...productFields,
    options: z
      .array(z.strictObject({ name: optionName, values: z.array(optionValue).min(1).max(100) }))
      .max(3, 'Use at most 3 options.')
      .default([]),
    variants: z.array(variantInputSchema).min(1, 'Add at least one variant.').max(300),
  })
  .meta({
    id: 'NewProduct',
    examples: [
      {
        title: 'Linen shirt',
        status: 'active',
        tags: ['linen', 'summer'],
        options: [{ name: 'Size', values: ['S', 'M'] }],
        variants: [
          { sku: 'SHIRT-LIN-S', options: { Size: 'S' }, price: 5900, stockOnHand: 12 },
          { sku: 'SHIRT-LIN-M', options: { Size: 'M' }, price: 5900, stockOnHand: 8 },
        ],
      },
    ],
  });

/** The editor's "variants matrix": the whole option set and variant list at once. */
export const variantsReplaceSchema = z
  .strictObject({
    version: z
      .number()
      .int()
      .positive()
      .meta({ description: 'The product version you edited; a stale one gets 409.' }),
    options: newProductSchema.shape.options,
    variants: z
      .array(
        variantInputSchema.extend({
          id: z
            .string()
            .max(64)
            .optional()
            .meta({ description: 'An existing variant to keep; absent: a new one.' }),
        }),
      )
      .min(1, 'Add at least one variant.')
      .max(300),
  })
  .meta({
    id: 'VariantsReplace',
    examples: [
      {
        version: 3,
        options: [{ name: 'Taille', values: ['S', 'M'] }],
        variants: [
          { id: 'var_01JD7ZQ3K8M2V9X4T6B1N5C0HF', sku: 'CHEM-LIN-S', options: { Taille: 'S' }, price: 5900 },
          { sku: 'CHEM-LIN-M', options: { Taille: 'M' }, price: 5900, stockOnHand: 8 },
        ],
      },
    ],
  });

export const variantPatchSchema = variantInputSchema
  .omit({ options: true })
  .partial()
  .extend({
    version: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: 'When sent, the product version you edited (409 when stale).' }),
  })
  .meta({ id: 'VariantUpdate', examples: [{ version: 5, price: 4500, compareAtPrice: 5900 }] });

export const bulkActionSchema = z
  .strictObject({
    ids: z.array(z.string().max(64)).min(1, 'Select at least one product.').max(500),
    action: z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('set_status'), status: z.enum(['draft', 'active', 'archived']) }),
      z.strictObject({ type: z.literal('delete') }),
      z.strictObject({
        type: z.literal('adjust_prices'),
        percent: z
          .number()
          .min(-90, 'Lower prices by at most 90%.')
          .max(1000)
          .multipleOf(0.01, 'Use at most 2 decimals.')
          .meta({ description: 'Change of every variant price (and compare-at price), e.g. 10 or -12.5.' }),
      }),
    ]),
  })
  .meta({
    id: 'ProductBulkAction',
    examples: [
      {
        ids: ['prod_01JD7ZQ3K8M2V9X4T6B1N5C0HF', 'prod_01JD7ZQ3K8M2V9X4T6B1N5C0HG'],
        action: { type: 'set_status', status: 'archived' },
      },
      {
        ids: [
          'prod_01JD7ZQ3K8M2V9X4T6B1N5C0HF',
          'prod_01JD7ZQ3K8M2V9X4T6B1N5C0HG',
          'prod_01JD7ZQ3K8M2V9X4T6B1N5C0HJ',
        ],
        action: { type: 'adjust_prices', percent: -15 },
      },
    ],
  });

export const productUpdateSchema = z
  .strictObject(productFields)
  .partial()
  .extend({
    version: z
      .number()
      .int()
      .positive()
      .meta({ description: 'The version you edited; a stale one gets 409.' }),
  })
  .meta({
    id: 'ProductUpdate',
    examples: [
      {
        version: 4,
        status: 'active',
        tags: ['lin', 'été'],
        seoTitle: 'Chemise en lin lavé',
        categoryIds: ['cat_01JD7ZQ3K8M2V9X4T6B1N5C0HF'],
        features: [{ name: 'Matière', value: '100 % lin' }],
      },
    ],
  });

const variantSchema = z
  .object({
    id: z.string(),
    sku: z.string(),
    title: z.string(),
    options: z.record(z.string(), z.string()),
    price: z.number().int(),
    compareAtPrice: z.number().int().nullable(),
    weightGrams: z.number().int().nullable(),
    barcode: z.string().nullable(),
    taxClass: z.string(),
    trackInventory: z.boolean(),
    allowBackorder: z.boolean(),
    stockOnHand: z.number().int(),
  })
  .meta({ id: 'AdminVariant' });

export const adminProductSchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    status: z.enum(['draft', 'active', 'archived']),
    tags: z.array(z.string()),
    seoTitle: z.string().nullable(),
    seoDescription: z.string().nullable(),
    currency: z.string(),
    options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
    variants: z.array(variantSchema),
    categoryIds: z.array(z.string()),
    features: z.array(z.object({ name: z.string(), value: z.string() })),
    images: z.array(productImageSchema),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'AdminProduct' });

const moneySchema = z.object({ amount: z.number().int(), currency: z.string() });

export const storeProductSchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    seoTitle: z.string().nullable(),
    seoDescription: z.string().nullable(),
    options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
    features: z.array(z.object({ name: z.string(), value: z.string() })),
    variants: z.array(
      z.object({
        id: z.string(),
        sku: z.string(),
        title: z.string(),
        options: z.record(z.string(), z.string()),
        price: moneySchema,
        compareAtPrice: moneySchema.optional(),
        available: z.boolean(),
      }),
    ),
    price: z.object({ min: moneySchema, max: moneySchema }),
    images: z.array(productImageSchema),
    breadcrumb: z
      .array(z.object({ handle: z.string(), name: z.string() }))
      .meta({ description: "Root to the product's deepest category; empty when uncategorised." }),
  })
  .meta({ id: 'StoreProduct' });

export const adminProductSummarySchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    status: z.enum(['draft', 'active', 'archived']),
    variantCount: z.number().int(),
    stockOnHand: z.number().int(),
    price: z.object({ min: moneySchema, max: moneySchema }).nullable(),
    image: productImageSchema.nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'AdminProductSummary' });
export const adminProductPageSchema = pageSchema(adminProductSummarySchema, 'AdminProductPage');

export type NewProduct = z.infer<typeof newProductSchema>;
export type VariantInput = z.infer<typeof variantInputSchema>;
export type VariantsReplace = z.infer<typeof variantsReplaceSchema>;
export type VariantPatch = z.infer<typeof variantPatchSchema>;
export type BulkAction = z.infer<typeof bulkActionSchema>['action'];
export type ProductUpdate = z.infer<typeof productUpdateSchema>;
export type AdminProduct = z.infer<typeof adminProductSchema>;
export type StoreProduct = z.infer<typeof storeProductSchema>;
export type AdminProductSummary = z.infer<typeof adminProductSummarySchema>;
