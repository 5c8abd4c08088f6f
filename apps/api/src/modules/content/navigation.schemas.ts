import { z } from 'zod';
import { contentLinkSchema } from './content-links';

export const menuKeys = ['header', 'footer'] as const;
export type MenuKey = (typeof menuKeys)[number];

const itemFields = {
  id: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, - and _.')
    .meta({ description: 'Chosen by the client; unique in the menu.' }),
  label: z.string().trim().min(1, 'Write the label.').max(60, 'Use 60 characters or fewer.'),
  link: contentLinkSchema,
};

const childItemSchema = z.strictObject({
  ...itemFields,
  children: z
    .array(z.unknown())
    .max(0, 'Menus have two levels: a sub-item cannot have items of its own.')
    .default([]),
});

export const menuItemSchema = z
  .strictObject({
    ...itemFields,
    children: z.array(childItemSchema).max(30, 'Use at most 30 items in a sub-menu.').default([]),
  })
  .meta({ id: 'MenuItem', description: 'A menu entry; `children` make a second (last) level.' });

export type MenuItem = z.infer<typeof menuItemSchema>;

export const menuUpdateSchema = z
  .strictObject({
    items: z.array(menuItemSchema).max(30, 'Use at most 30 items in a menu.'),
    version: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: 'The version you read; a stale one is refused with 409 version_conflict.' }),
  })
  .meta({
    id: 'MenuUpdate',
    examples: [
      {
        items: [
          {
            id: 'shop',
            label: 'Shop',
            link: { type: 'category', categoryId: 'cat_01JD8Z3K6Q9W2X4Y5Z6A7B8C9E' },
            children: [
              {
                id: 'towels',
                label: 'Towels',
                link: { type: 'category', categoryId: 'cat_01JD8Z3K6Q9W2X4Y5Z6A7B8C9F' },
                children: [],
              },
            ],
          },
          {
            id: 'about',
            label: 'Our story',
            link: { type: 'page', pageId: 'page_01JD8Z3K6Q9W2X4Y5Z6A7B8C9G' },
            children: [],
          },
        ],
        version: 5,
      },
    ],
  });

const adminChildSchema = z.object({
  id: z.string(),
  label: z.string(),
  link: contentLinkSchema,
  children: z.array(z.never()),
  target: z.object({ title: z.string() }).nullable().meta({
    description: 'What the link points at; null when it no longer exists (hidden on the storefront).',
  }),
});

const adminMenuItemSchema = adminChildSchema
  .extend({ children: z.array(adminChildSchema) })
  .meta({ id: 'AdminMenuItem' });

export const adminMenuSchema = z
  .object({
    key: z.enum(menuKeys),
    items: z.array(adminMenuItemSchema),
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'AdminMenu' });

export type AdminMenu = z.infer<typeof adminMenuSchema>;

export const adminNavigationSchema = z
  .object({ menus: z.array(adminMenuSchema) })
  .meta({ id: 'AdminNavigation' });

const storeChildSchema = z.object({
  label: z.string(),
  href: z.string(),
  external: z.boolean(),
  children: z.array(z.never()),
});

const storeMenuItemSchema = storeChildSchema
  .extend({ children: z.array(storeChildSchema) })
  .meta({ id: 'StoreMenuItem' });

export const storeNavigationSchema = z
  .object({ header: z.array(storeMenuItemSchema), footer: z.array(storeMenuItemSchema) })
  .meta({ id: 'StoreNavigation' });

export type StoreNavigation = z.infer<typeof storeNavigationSchema>;
export type StoreMenuItem = z.infer<typeof storeMenuItemSchema>;

export const legalSettingsSchema = z
  .object({
    termsPageId: z.string().nullable(),
    privacyPageId: z.string().nullable(),
    requireTermsAcceptance: z.boolean(),
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'LegalSettings' });

export type LegalSettings = z.infer<typeof legalSettingsSchema>;

export const legalUpdateSchema = z
  .strictObject({
    termsPageId: z.string().max(40).nullable(),
    privacyPageId: z.string().max(40).nullable(),
    requireTermsAcceptance: z.boolean(),
    version: z.number().int().nonnegative().optional(),
  })
  .meta({
    id: 'LegalUpdate',
    examples: [
      {
        termsPageId: 'page_01JD8Z3K6Q9W2X4Y5Z6A7B8C9H',
        privacyPageId: 'page_01JD8Z3K6Q9W2X4Y5Z6A7B8C9J',
        requireTermsAcceptance: true,
        version: 1,
      },
    ],
  });
