import { z } from 'zod';
import { moneySchema } from '../../shared/money';

const day = z.iso.date().meta({ description: 'A day in the store’s time zone (YYYY-MM-DD).' });

export const statsRangeQuerySchema = z
  .object({
    from: day,
    to: day.meta({ description: 'The last day included.' }),
  })
  .refine((range) => range.from <= range.to, { message: '`to` must not be before `from`.', path: ['to'] })
  .refine((range) => Date.parse(range.to) - Date.parse(range.from) <= 3 * 366 * 86_400_000, {
    message: 'Ask for at most three years at a time.',
    path: ['to'],
  });

export const salesSeriesQuerySchema = z
  .object({
    from: day,
    to: day,
    interval: z.enum(['day', 'week', 'month']).default('day'),
  })
  .refine((range) => range.from <= range.to, { message: '`to` must not be before `from`.', path: ['to'] })
  .refine((range) => Date.parse(range.to) - Date.parse(range.from) <= 3 * 366 * 86_400_000, {
    message: 'Ask for at most three years at a time.',
    path: ['to'],
  });

export const bestSellersQuerySchema = z
  .object({
    from: day,
    to: day,
    by: z.enum(['units', 'revenue']).default('revenue'),
    limit: z.coerce.number().int().min(1).max(100).default(10),
  })
  .refine((range) => range.from <= range.to, { message: '`to` must not be before `from`.', path: ['to'] });

const kpisSchema = z
  .object({
    orders: z.number().int().meta({ description: 'Orders placed in the range, cancelled ones left out.' }),
    grossRevenue: moneySchema.meta({
      description: 'What those orders came to (taxes and shipping included).',
    }),
    refunds: moneySchema.meta({ description: 'Refunded in the range on orders that were not cancelled.' }),
    netRevenue: moneySchema.meta({ description: 'Gross revenue minus refunds.' }),
    tax: moneySchema,
    shipping: moneySchema,
    averageOrderValue: moneySchema.meta({
      description: 'Gross revenue ÷ orders, rounded half away from zero.',
    }),
    itemsSold: z.number().int(),
    newCustomers: z
      .number()
      .int()
      .meta({ description: 'Shoppers (account or guest email) whose first order is in the range.' }),
    returningCustomers: z.number().int().meta({ description: 'Shoppers who had ordered before the range.' }),
    carts: z.number().int().meta({
      description: 'Carts created in the range, including those since deleted by the stale-cart purge.',
    }),
    conversionRate: z
      .number()
      .meta({ description: 'Orders ÷ carts created in the range (0 to 1, four decimals); 0 without carts.' }),
    abandonedCarts: z.object({
      count: z.number().int(),
      value: moneySchema.meta({
        description:
          'Their items at today’s prices (carts deleted by the stale-cart purge: at the prices of that day).',
      }),
    }),
  })
  .meta({ id: 'StatsKpis' });

export const statsSummarySchema = z
  .object({
    timezone: z.string(),
    current: z.object({ from: z.iso.date(), to: z.iso.date(), kpis: kpisSchema }),
    previous: z.object({
      from: z.iso.date(),
      to: z.iso.date(),
      kpis: kpisSchema.meta({
        description: 'The same figures for the period of the same length just before.',
      }),
    }),
  })
  .meta({ id: 'StatsSummary' });

export const salesSeriesSchema = z
  .object({
    timezone: z.string(),
    interval: z.enum(['day', 'week', 'month']),
    points: z.array(
      z.object({
        period: z.iso.date().meta({ description: 'First day of the day, week (Monday) or month.' }),
        orders: z.number().int(),
        grossRevenue: moneySchema,
        itemsSold: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'SalesSeries' });

export const bestSellersSchema = z
  .object({
    items: z.array(
      z.object({
        productId: z.string().nullable().meta({ description: 'Null when the product was deleted since.' }),
        title: z.string(),
        units: z.number().int(),
        revenue: moneySchema,
      }),
    ),
  })
  .meta({ id: 'BestSellers' });

export type StatsRange = { from: string; to: string };
export type StatsSummary = z.infer<typeof statsSummarySchema>;
export type SalesSeries = z.infer<typeof salesSeriesSchema>;
export type BestSellers = z.infer<typeof bestSellersSchema>;

export const breakdownQuerySchema = z
  .object({ from: day, to: day, limit: z.coerce.number().int().min(1).max(200).default(20) })
  .refine((range) => range.from <= range.to, { message: '`to` must not be before `from`.', path: ['to'] });

export const breakdownSchema = z
  .object({
    items: z.array(
      z.object({
        key: z.string().nullable().meta({ description: 'Category id or country code.' }),
        label: z.string(),
        orders: z.number().int(),
        units: z.number().int(),
        revenue: moneySchema,
      }),
    ),
  })
  .meta({ id: 'StatsBreakdown' });

export const discountReportSchema = z
  .object({
    items: z.array(
      z.object({
        code: z.string().nullable().meta({ description: 'Null for an automatic promotion.' }),
        name: z.string(),
        orders: z.number().int(),
        discount: moneySchema.meta({ description: 'What the promotion took off those orders.' }),
        revenue: moneySchema.meta({ description: 'What those orders came to.' }),
      }),
    ),
  })
  .meta({ id: 'DiscountReport' });

export const topCustomersQuerySchema = z.object({
  by: z.enum(['value', 'orders']).default('value'),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

export const topCustomersSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        email: z.string(),
        orders: z.number().int(),
        lifetimeValue: moneySchema.meta({
          description: 'All their orders, cancelled left out, refunds taken off.',
        }),
        lastOrderAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'TopCustomers' });

export type Breakdown = z.infer<typeof breakdownSchema>;
export type DiscountReport = z.infer<typeof discountReportSchema>;
export type TopCustomers = z.infer<typeof topCustomersSchema>;
