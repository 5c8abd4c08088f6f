import { z } from 'zod';
import { moneySchema } from '../../shared/money';
import { countryCodeSchema } from '../../shared/regions';

/** An amount typed by an employee: whole minor units of the store currency (490 = 4.90 EUR). */
const minorUnits = z
  .number()
  .int('Use whole minor units (cents).')
  .min(0, 'Use 0 or more.')
  .max(100_000_000, 'This amount is too large.');
const name = z.string().trim().min(1, 'Enter a name.').max(120, 'Use 120 characters or fewer.');

/** One tax rate's share of a cart's or an order's tax. */
export const taxLineSchema = z
  .object({
    name: z.string(),
    rate: z.number().int().meta({ description: 'Basis points: 2000 = 20 %.' }),
    amount: moneySchema,
  })
  .meta({ id: 'TaxLine' });

// ——— Shipping ———

const weightBandSchema = z.object({ upToGrams: z.number().int(), price: moneySchema });
export const shippingMethodSchema = z
  .object({
    id: z.string(),
    zoneId: z.string(),
    name: z.string(),
    kind: z.enum(['flat', 'weight']),
    price: moneySchema.meta({ description: 'The flat price (kind `flat`).' }),
    weightBands: z.array(weightBandSchema).meta({
      description: 'Kind `weight`: the first band whose `upToGrams` covers the cart weight sets the price.',
    }),
    freeOver: moneySchema
      .nullable()
      .meta({ description: 'Free when the subtotal after discounts reaches this amount.' }),
    estimate: z.string().nullable(),
    active: z.boolean(),
    position: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ShippingMethod' });

export const shippingZoneSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    countries: z.array(z.string()),
    methods: z.array(shippingMethodSchema),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ShippingZone' });

const countries = z
  .array(countryCodeSchema)
  .min(1, 'Choose at least one country.')
  .max(250)
  .transform((codes) => [...new Set(codes)]);

export const newShippingZoneSchema = z.strictObject({ name, countries }).meta({
  id: 'NewShippingZone',
  examples: [{ name: 'France métropolitaine et Monaco', countries: ['FR', 'MC'] }],
});
export const shippingZoneUpdateSchema = z
  .strictObject({ name: name.optional(), countries: countries.optional() })
  .meta({ id: 'ShippingZoneUpdate', examples: [{ countries: ['FR', 'MC', 'BE', 'LU'] }] });

const weightBandsInput = z
  .array(
    z.strictObject({
      upToGrams: z.number().int('Use whole grams.').min(1, 'Use 1 g or more.').max(10_000_000),
      price: minorUnits,
    }),
  )
  .max(50)
  .refine(
    (bands) =>
      bands.every((band, index) => index === 0 || band.upToGrams > (bands[index - 1]?.upToGrams ?? 0)),
    'List the bands from the lightest to the heaviest, each heavier than the one before.',
  );

const methodFields = {
  name,
  kind: z.enum(['flat', 'weight']),
  price: minorUnits.meta({ description: 'Minor units (kind `flat`).' }),
  weightBands: weightBandsInput,
  freeOver: minorUnits.nullable().meta({ description: 'Minor units, or null.' }),
  estimate: z.string().trim().max(120, 'Use 120 characters or fewer.').nullable(),
  active: z.boolean(),
  position: z.number().int().min(0).max(10_000),
};

export const newShippingMethodSchema = z
  .strictObject({
    ...methodFields,
    price: methodFields.price.default(0),
    weightBands: methodFields.weightBands.default([]),
    freeOver: methodFields.freeOver.default(null),
    estimate: methodFields.estimate.default(null),
    active: methodFields.active.default(true),
    position: methodFields.position.optional(),
  })
  .superRefine((method, context) => {
    if (method.kind === 'weight' && method.weightBands.length === 0)
      context.addIssue({ code: 'custom', path: ['weightBands'], message: 'Add at least one weight band.' });
  })
  .meta({
    id: 'NewShippingMethod',
    examples: [
      {
        name: 'Colissimo domicile',
        kind: 'flat',
        price: 690,
        weightBands: [],
        freeOver: 6000,
        estimate: '2 à 3 jours ouvrés',
        active: true,
        position: 0,
      },
      {
        name: 'Colissimo au poids',
        kind: 'weight',
        price: 0,
        weightBands: [
          { upToGrams: 1000, price: 590 },
          { upToGrams: 5000, price: 990 },
          { upToGrams: 30000, price: 1990 },
        ],
        freeOver: null,
        estimate: '2 à 4 jours ouvrés',
        active: true,
        position: 1,
      },
    ],
  });

export const shippingMethodUpdateSchema = z
  .strictObject({
    name: methodFields.name.optional(),
    kind: methodFields.kind.optional(),
    price: methodFields.price.optional(),
    weightBands: methodFields.weightBands.optional(),
    freeOver: methodFields.freeOver.optional(),
    estimate: methodFields.estimate.optional(),
    active: methodFields.active.optional(),
    position: methodFields.position.optional(),
  })
  .meta({ id: 'ShippingMethodUpdate', examples: [{ price: 790, freeOver: 8000 }] });

export type ShippingZone = z.infer<typeof shippingZoneSchema>;
export type ShippingMethod = z.infer<typeof shippingMethodSchema>;
export type NewShippingMethod = z.infer<typeof newShippingMethodSchema>;
export type ShippingMethodUpdate = z.infer<typeof shippingMethodUpdateSchema>;

// ——— Taxes ———

export const taxRateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    taxClass: z.string(),
    rate: z.number().int().meta({ description: 'Basis points: 2000 = 20 %.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'TaxRate' });

const taxRateFields = {
  name,
  country: countryCodeSchema,
  region: z
    .string()
    .trim()
    .max(10, 'Use a region code such as CA or 2A.')
    .nullable()
    .meta({ description: 'Region code within the country (as in addresses); null: the whole country.' }),
  taxClass: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{1,40}$/, 'Use lower-case letters, digits, - or _ (for example standard).'),
  rate: z
    .number()
    .int('Use basis points (2000 = 20 %).')
    .min(0, 'Use 0 or more.')
    .max(10_000, 'At most 100 %.'),
};
export const newTaxRateSchema = z
  .strictObject({ ...taxRateFields, region: taxRateFields.region.default(null) })
  .meta({
    id: 'NewTaxRate',
    examples: [{ name: 'TVA 5,5 %', country: 'FR', region: null, taxClass: 'reduced', rate: 550 }],
  });
export const taxRateUpdateSchema = z
  .strictObject({
    name: taxRateFields.name.optional(),
    country: taxRateFields.country.optional(),
    region: taxRateFields.region.optional(),
    taxClass: taxRateFields.taxClass.optional(),
    rate: taxRateFields.rate.optional(),
  })
  .meta({ id: 'TaxRateUpdate', examples: [{ name: 'TVA 20 %', rate: 2000 }] });
export type TaxRate = z.infer<typeof taxRateSchema>;
export type NewTaxRate = z.infer<typeof newTaxRateSchema>;
export type TaxRateUpdate = z.infer<typeof taxRateUpdateSchema>;

// ——— Promotions ———

export const promotionKindSchema = z.enum(['percentage', 'fixed_amount', 'free_shipping', 'buy_x_get_y']);

export const promotionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    code: z
      .string()
      .nullable()
      .meta({ description: 'Null: applied automatically when its conditions hold.' }),
    kind: promotionKindSchema,
    value: z.number().int().meta({
      description: 'percentage: basis points (1000 = 10 %); fixed_amount: minor units; otherwise 0.',
    }),
    buyQuantity: z.number().int().nullable(),
    getQuantity: z.number().int().nullable(),
    conditions: z.object({
      minSubtotal: moneySchema.nullable(),
      productIds: z.array(z.string()),
      categoryIds: z.array(z.string()),
      firstOrderOnly: z.boolean(),
      customerIds: z.array(z.string()),
    }),
    startsAt: z.iso.datetime().nullable(),
    endsAt: z.iso.datetime().nullable(),
    usageLimit: z.number().int().nullable(),
    perCustomerLimit: z.number().int().nullable(),
    usageCount: z.number().int(),
    combinable: z.boolean(),
    active: z.boolean(),
    status: z
      .enum(['active', 'scheduled', 'expired', 'inactive'])
      .meta({ description: 'Derived: inactive (switched off or used up), scheduled, expired or active.' }),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Promotion' });

const ids = z.array(z.string().min(1).max(64)).max(500);
const promotionFields = {
  name,
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{3,40}$/, 'Use 3 to 40 letters, digits, - or _.')
    .transform((code) => code.toUpperCase())
    .nullable(),
  kind: promotionKindSchema,
  value: z.number().int().min(0).max(100_000_000),
  buyQuantity: z.number().int().min(1).max(100).nullable(),
  getQuantity: z.number().int().min(1).max(100).nullable(),
  conditions: z.strictObject({
    minSubtotal: minorUnits.nullable().default(null),
    productIds: ids.default([]),
    categoryIds: ids.default([]),
    firstOrderOnly: z.boolean().default(false),
    customerIds: ids.default([]),
  }),
  startsAt: z.iso.datetime({ offset: true }).nullable(),
  endsAt: z.iso.datetime({ offset: true }).nullable(),
  usageLimit: z.number().int().min(1).max(100_000_000).nullable(),
  perCustomerLimit: z.number().int().min(1).max(1_000_000).nullable(),
  combinable: z.boolean(),
  active: z.boolean(),
};

type PromotionShape = {
  kind?: z.infer<typeof promotionKindSchema> | undefined;
  value?: number | undefined;
  buyQuantity?: number | null | undefined;
  getQuantity?: number | null | undefined;
  startsAt?: string | null | undefined;
  endsAt?: string | null | undefined;
};

/** Field rules that depend on the kind (checked on the merged promotion for updates too). */
export function promotionIssues(promotion: PromotionShape): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (promotion.kind === 'percentage' && ((promotion.value ?? 0) < 1 || (promotion.value ?? 0) > 10_000))
    issues.push({ path: 'value', message: 'Use a percentage between 0.01 % and 100 % (1 to 10000).' });
  if (promotion.kind === 'fixed_amount' && (promotion.value ?? 0) < 1)
    issues.push({ path: 'value', message: 'Enter the amount taken off.' });
  if (promotion.kind === 'buy_x_get_y') {
    if (!promotion.buyQuantity) issues.push({ path: 'buyQuantity', message: 'Enter how many to buy.' });
    if (!promotion.getQuantity) issues.push({ path: 'getQuantity', message: 'Enter how many are free.' });
  }
  if (promotion.startsAt && promotion.endsAt && promotion.endsAt <= promotion.startsAt)
    issues.push({ path: 'endsAt', message: 'End after the start.' });
  return issues;
}

export const newPromotionSchema = z
  .strictObject({
    ...promotionFields,
    code: promotionFields.code.default(null),
    value: promotionFields.value.default(0),
    buyQuantity: promotionFields.buyQuantity.default(null),
    getQuantity: promotionFields.getQuantity.default(null),
    conditions: promotionFields.conditions.default({
      minSubtotal: null,
      productIds: [],
      categoryIds: [],
      firstOrderOnly: false,
      customerIds: [],
    }),
    startsAt: promotionFields.startsAt.default(null),
    endsAt: promotionFields.endsAt.default(null),
    usageLimit: promotionFields.usageLimit.default(null),
    perCustomerLimit: promotionFields.perCustomerLimit.default(null),
    combinable: promotionFields.combinable.default(true),
    active: promotionFields.active.default(true),
  })
  .superRefine((promotion, context) => {
    for (const issue of promotionIssues(promotion))
      context.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  })
  .meta({
    id: 'NewPromotion',
    examples: [
      {
        name: 'Bienvenue -10 %',
        code: 'BIENVENUE10',
        kind: 'percentage',
        value: 1000,
        buyQuantity: null,
        getQuantity: null,
        conditions: {
          minSubtotal: null,
          productIds: [],
          categoryIds: [],
          firstOrderOnly: true,
          customerIds: [],
        },
        startsAt: null,
        endsAt: null,
        usageLimit: null,
        perCustomerLimit: 1,
        combinable: false,
        active: true,
      },
      {
        name: 'Livraison offerte dès 60 €',
        code: null,
        kind: 'free_shipping',
        value: 0,
        buyQuantity: null,
        getQuantity: null,
        conditions: {
          minSubtotal: 6000,
          productIds: [],
          categoryIds: [],
          firstOrderOnly: false,
          customerIds: [],
        },
        startsAt: '2026-12-01T00:00:00+01:00',
        endsAt: '2026-12-24T23:59:59+01:00',
        usageLimit: null,
        perCustomerLimit: null,
        combinable: true,
        active: true,
      },
    ],
  });

export const promotionUpdateSchema = z
  .strictObject({
    name: promotionFields.name.optional(),
    code: promotionFields.code.optional(),
    kind: promotionFields.kind.optional(),
    value: promotionFields.value.optional(),
    buyQuantity: promotionFields.buyQuantity.optional(),
    getQuantity: promotionFields.getQuantity.optional(),
    conditions: promotionFields.conditions.optional(),
    startsAt: promotionFields.startsAt.optional(),
    endsAt: promotionFields.endsAt.optional(),
    usageLimit: promotionFields.usageLimit.optional(),
    perCustomerLimit: promotionFields.perCustomerLimit.optional(),
    combinable: promotionFields.combinable.optional(),
    active: promotionFields.active.optional(),
    version: z.number().int().positive().optional(),
  })
  .meta({
    id: 'PromotionUpdate',
    examples: [{ version: 2, endsAt: '2026-12-31T23:59:59+01:00', usageLimit: 500 }],
  });

export const promotionListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(['active', 'scheduled', 'expired', 'inactive']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export type Promotion = z.infer<typeof promotionSchema>;
export type NewPromotion = z.infer<typeof newPromotionSchema>;
export type PromotionUpdate = z.infer<typeof promotionUpdateSchema>;
