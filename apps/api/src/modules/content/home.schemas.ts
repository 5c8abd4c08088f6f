import { z } from 'zod';
import { productCardSchema } from '../catalog';
import { contentLinkSchema, resolvedLinkSchema } from './content-links';
import { contentImageSchema } from './theme.schemas';

const isoTime = z.iso.datetime({
  offset: true,
  message: 'Use a date and time such as 2026-12-01T09:00:00Z.',
});
const heading = z.string().trim().max(120, 'Use 120 characters or fewer.').nullable().default(null);

/** Fields every section has: its id in the list and its schedule. */
const sectionBase = {
  id: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, - and _.')
    .meta({ description: 'Chosen by the client (e.g. `sec_hero1`); unique in the list.' }),
  startsAt: isoTime.nullable().default(null).meta({ description: 'Shown from then on (null: at once).' }),
  endsAt: isoTime.nullable().default(null).meta({ description: 'Hidden from then on (null: no end).' }),
};

const idList = (max: number, noun: string) =>
  z
    .array(z.string().min(1).max(40))
    .min(1, `Choose at least one ${noun}.`)
    .max(max, `Choose at most ${max} ${noun}s.`);

/** One homepage section as the back-office writes it. */
export const homeSectionSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      ...sectionBase,
      type: z.literal('hero'),
      heading: z.string().trim().min(1, 'Write a heading.').max(120, 'Use 120 characters or fewer.'),
      text: z.string().trim().max(300, 'Use 300 characters or fewer.').nullable().default(null),
      imageId: z.string().max(40).nullable().default(null),
      cta: z
        .strictObject({
          label: z.string().trim().min(1, 'Write the button label.').max(40, 'Use 40 characters or fewer.'),
          link: contentLinkSchema,
        })
        .nullable()
        .default(null),
    }),
    z.strictObject({
      ...sectionBase,
      type: z.literal('featured_categories'),
      heading,
      categoryIds: idList(12, 'category'),
    }),
    z.strictObject({
      ...sectionBase,
      type: z.literal('featured_products'),
      heading,
      productIds: idList(24, 'product'),
    }),
    z.strictObject({
      ...sectionBase,
      type: z.literal('category_products'),
      heading,
      categoryId: z.string().min(1).max(40),
      limit: z.number().int().min(1).max(24, 'Show at most 24 products.').default(8),
    }),
    z.strictObject({
      ...sectionBase,
      type: z.literal('promo_banner'),
      text: z.string().trim().min(1, 'Write the banner text.').max(200, 'Use 200 characters or fewer.'),
      imageId: z.string().max(40).nullable().default(null),
      link: contentLinkSchema.nullable().default(null),
    }),
    z.strictObject({
      ...sectionBase,
      type: z.literal('rich_text'),
      heading,
      markdown: z.string().max(20_000, 'Use 20 000 characters or fewer.'),
    }),
  ])
  .meta({ id: 'HomeSection' });

export type HomeSection = z.infer<typeof homeSectionSchema>;

export const homeUpdateSchema = z
  .strictObject({
    sections: z.array(homeSectionSchema).max(20, 'Use at most 20 sections.'),
    version: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: 'The version you read; a stale one is refused with 409 version_conflict.' }),
  })
  .meta({
    id: 'HomeUpdate',
    examples: [
      {
        sections: [
          {
            id: 'sec_hero',
            type: 'hero',
            heading: 'Winter linen is here',
            text: 'Warm, breathable, made in Normandy.',
            imageId: 'cimg_01JD8Z3K6Q9W2X4Y5Z6A7B8C9D',
            cta: {
              label: 'Shop bedding',
              link: { type: 'category', categoryId: 'cat_01JD8Z3K6Q9W2X4Y5Z6A7B8C9E' },
            },
            startsAt: null,
            endsAt: null,
          },
          {
            id: 'sec_sale',
            type: 'promo_banner',
            text: '−20 % on towels this weekend',
            imageId: null,
            link: { type: 'url', url: '/categories/towels' },
            startsAt: '2026-12-05T00:00:00Z',
            endsAt: '2026-12-07T23:00:00Z',
          },
        ],
        version: 2,
      },
    ],
  });

export const adminHomeSchema = z
  .object({
    draft: z.array(homeSectionSchema),
    published: z
      .array(homeSectionSchema)
      .nullable()
      .meta({ description: 'What customers see; null before the first publish.' }),
    publishedAt: z.iso.datetime().nullable(),
    hasUnpublishedChanges: z.boolean(),
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
    images: z
      .array(contentImageSchema)
      .meta({ description: 'The images the draft and published sections use (`imageId`).' }),
  })
  .meta({ id: 'AdminHome' });

export type AdminHome = z.infer<typeof adminHomeSchema>;

const storeSectionBase = { id: z.string() };

export const storeHomeSectionSchema = z
  .discriminatedUnion('type', [
    z.object({
      ...storeSectionBase,
      type: z.literal('hero'),
      heading: z.string(),
      text: z.string().nullable(),
      image: contentImageSchema.nullable(),
      cta: z.object({ label: z.string(), href: z.string(), external: z.boolean() }).nullable(),
    }),
    z.object({
      ...storeSectionBase,
      type: z.literal('featured_categories'),
      heading: z.string().nullable(),
      categories: z.array(z.object({ id: z.string(), handle: z.string(), name: z.string() })),
    }),
    z.object({
      ...storeSectionBase,
      type: z.enum(['featured_products', 'category_products']),
      heading: z.string().nullable(),
      products: z.array(productCardSchema),
    }),
    z.object({
      ...storeSectionBase,
      type: z.literal('promo_banner'),
      text: z.string(),
      image: contentImageSchema.nullable(),
      link: resolvedLinkSchema.nullable(),
    }),
    z.object({
      ...storeSectionBase,
      type: z.literal('rich_text'),
      heading: z.string().nullable(),
      html: z.string().meta({ description: 'Sanitised HTML (safe to insert).' }),
    }),
  ])
  .meta({ id: 'StoreHomeSection' });

export type StoreHomeSection = z.infer<typeof storeHomeSectionSchema>;

export const storeHomeSchema = z
  .object({
    published: z
      .boolean()
      .meta({ description: 'False until the homepage is first published: storefronts show their own.' }),
    sections: z.array(storeHomeSectionSchema),
  })
  .meta({ id: 'StoreHome' });

export type StoreHome = z.infer<typeof storeHomeSchema>;
