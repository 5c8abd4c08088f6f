import { z } from 'zod';
import { contentLinkSchema, resolvedLinkSchema } from './content-links';

/** Font pairs a store can choose: stacks of fonts installed on customers' devices (nothing downloaded). */
export const fontPairs = [
  {
    key: 'system',
    label: 'System (the device’s own interface font)',
    heading: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    body: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  {
    key: 'classic',
    label: 'Classic (serif headings, sans-serif text)',
    heading: 'Georgia, "Times New Roman", Times, serif',
    body: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  },
  {
    key: 'modern',
    label: 'Modern (geometric sans-serif)',
    heading: '"Avenir Next", Avenir, "Century Gothic", "Trebuchet MS", sans-serif',
    body: '"Helvetica Neue", Helvetica, Arial, sans-serif',
  },
  {
    key: 'editorial',
    label: 'Editorial (serif throughout)',
    heading: '"Palatino Linotype", Palatino, "Book Antiqua", Georgia, serif',
    body: 'Georgia, Cambria, "Times New Roman", serif',
  },
  {
    key: 'rounded',
    label: 'Rounded (friendly sans-serif)',
    heading: '"Trebuchet MS", "Lucida Grande", "Segoe UI", sans-serif',
    body: 'Verdana, "Segoe UI", Tahoma, sans-serif',
  },
] as const;

export type FontPairKey = (typeof fontPairs)[number]['key'];
const fontPairKeys = fontPairs.map((pair) => pair.key) as [FontPairKey, ...FontPairKey[]];

export const fontPairSchema = z
  .object({ key: z.enum(fontPairKeys), label: z.string(), heading: z.string(), body: z.string() })
  .meta({ id: 'FontPair', description: 'Heading and body font stacks (CSS `font-family` values).' });

/** A colour `#rrggbb` (either case in requests; stored and answered in lower case). */
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour written #rrggbb, such as #1d4ed8.');

export const socialNetworks = [
  'facebook',
  'instagram',
  'x',
  'tiktok',
  'youtube',
  'pinterest',
  'linkedin',
] as const;

const isoTime = z.iso.datetime({
  offset: true,
  message: 'Use a date and time such as 2026-12-01T09:00:00Z.',
});

export const announcementSchema = z
  .strictObject({
    text: z.string().trim().min(1, 'Write the announcement.').max(200, 'Use 200 characters or fewer.'),
    link: contentLinkSchema.nullable().default(null),
    startsAt: isoTime.nullable().default(null).meta({ description: 'Shown from then on (null: at once).' }),
    endsAt: isoTime.nullable().default(null).meta({ description: 'Hidden from then on (null: no end).' }),
  })
  .meta({ id: 'Announcement', description: 'The bar above the storefront header.' });

/** A draft of the store's branding, as the back-office saves it. */
export const themeDraftSchema = z
  .strictObject({
    logoImageId: z.string().max(40).nullable().meta({
      description: 'A `ContentImage` id (upload with POST /admin/content/media); null: the store name.',
    }),
    faviconImageId: z.string().max(40).nullable().meta({ description: 'A square `ContentImage` id.' }),
    colors: z.strictObject({
      primary: hexColour.meta({ description: 'Buttons and links.' }),
      onPrimary: hexColour.meta({
        description: 'Text on primary buttons: at least 4.5:1 against `primary`.',
      }),
      accent: hexColour.meta({ description: 'The announcement bar and highlights.' }),
      onAccent: hexColour.meta({
        description: 'Text on the accent colour: at least 4.5:1 against `accent`.',
      }),
    }),
    fontPair: z.enum(fontPairKeys),
    socialLinks: z
      .array(
        z.strictObject({
          network: z.enum(socialNetworks),
          url: z.url({ protocol: /^https$/, message: 'Use an address starting with https://.' }).max(500),
        }),
      )
      .max(10, 'Add at most 10 social links.'),
    announcement: announcementSchema.nullable(),
  })
  .meta({ id: 'ThemeDraft' });

export type ThemeDraft = z.infer<typeof themeDraftSchema>;

export const themeUpdateSchema = themeDraftSchema
  .extend({
    version: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: 'The version you read; a stale one is refused with 409 version_conflict.' }),
  })
  .meta({
    id: 'ThemeUpdate',
    examples: [
      {
        logoImageId: 'cimg_01JD8Z3K6Q9W2X4Y5Z6A7B8C9D',
        faviconImageId: null,
        colors: { primary: '#1d4ed8', onPrimary: '#ffffff', accent: '#fde68a', onAccent: '#1f2937' },
        fontPair: 'classic',
        socialLinks: [{ network: 'instagram', url: 'https://instagram.com/maison.example' }],
        announcement: {
          text: 'Free delivery from 50 € until Sunday',
          link: { type: 'url', url: '/pages/delivery' },
          startsAt: '2026-12-01T00:00:00Z',
          endsAt: '2026-12-07T23:00:00Z',
        },
        version: 3,
      },
    ],
  });

export const contentImageSchema = z
  .object({
    id: z.string(),
    url: z.string().meta({ description: 'The original (re-encoded without metadata).' }),
    alt: z.string().nullable(),
    width: z.number().int(),
    height: z.number().int(),
    thumbnails: z
      .object({ small: z.string(), medium: z.string(), large: z.string() })
      .meta({ description: 'WebP renditions 320, 800 and 1600 px wide (never upscaled).' }),
  })
  .meta({ id: 'ContentImage' });

export type ContentImage = z.infer<typeof contentImageSchema>;

const themeViewSchema = themeDraftSchema
  .extend({ logo: contentImageSchema.nullable(), favicon: contentImageSchema.nullable() })
  .meta({ id: 'ThemeView' });

export type ThemeView = z.infer<typeof themeViewSchema>;

const publishedFields = {
  publishedAt: z.iso.datetime().nullable(),
  hasUnpublishedChanges: z.boolean(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
};

export const adminThemeSchema = z
  .object({
    draft: themeViewSchema,
    published: themeViewSchema
      .nullable()
      .meta({ description: 'What customers see; null before the first publish.' }),
    ...publishedFields,
    fontPairs: z.array(fontPairSchema),
  })
  .meta({ id: 'AdminTheme' });

export type AdminTheme = z.infer<typeof adminThemeSchema>;

export const publishSchema = z
  .strictObject({
    version: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: 'The draft version you previewed; a newer draft is refused with 409.' }),
  })
  .meta({ id: 'ContentPublish', examples: [{ version: 4 }] });

const pageRefSchema = z.object({ handle: z.string(), title: z.string() }).nullable();

export const storeThemeSchema = z
  .object({
    logo: contentImageSchema.nullable(),
    favicon: contentImageSchema.nullable(),
    colors: z.object({
      primary: z.string(),
      onPrimary: z.string(),
      accent: z.string(),
      onAccent: z.string(),
      link: z.string().meta({ description: 'Links on white: the primary colour, darkened when too light.' }),
    }),
    fonts: z.object({ heading: z.string(), body: z.string() }),
    socialLinks: z.array(z.object({ network: z.enum(socialNetworks), url: z.string() })),
    announcement: z
      .object({ text: z.string(), link: resolvedLinkSchema.nullable() })
      .nullable()
      .meta({ description: 'Present only while scheduled.' }),
    legal: z.object({
      terms: pageRefSchema,
      privacy: pageRefSchema,
      requireTermsAcceptance: z.boolean(),
    }),
  })
  .meta({ id: 'StoreTheme' });

export type StoreTheme = z.infer<typeof storeThemeSchema>;

/** The theme of a store that has never published one: Comptoir's own colours. */
export const defaultTheme: ThemeDraft = {
  logoImageId: null,
  faviconImageId: null,
  colors: { primary: '#1d4ed8', onPrimary: '#ffffff', accent: '#111827', onAccent: '#ffffff' },
  fontPair: 'system',
  socialLinks: [],
  announcement: null,
};
