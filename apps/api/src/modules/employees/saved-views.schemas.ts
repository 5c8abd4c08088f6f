import { z } from 'zod';

/** The lists a view can be saved for. */
export const savedViewLists = ['orders'] as const;
export type SavedViewList = (typeof savedViewLists)[number];

export const savedViewSchema = z
  .object({
    id: z.string(),
    list: z.enum(savedViewLists),
    name: z.string(),
    query: z.string().meta({
      description:
        'The list’s query string without `?` (`status=confirmed&sort=newest`), only the list’s known filters.',
    }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'SavedView' });
export type SavedView = z.infer<typeof savedViewSchema>;

export const savedViewListSchema = z
  .object({ items: z.array(savedViewSchema).meta({ description: 'By name.' }) })
  .meta({ id: 'SavedViewList' });

export const savedViewListQuerySchema = z.object({ list: z.enum(savedViewLists) });

export const newSavedViewSchema = z
  .strictObject({
    list: z.enum(savedViewLists),
    name: z.string().trim().min(1, 'Name the view.').max(60, 'Use 60 characters or fewer.'),
    query: z
      .string()
      .trim()
      .max(1000, 'Use 1000 characters or fewer.')
      .refine((value) => !value.startsWith('?'), 'Leave out the leading "?".')
      .meta({
        description:
          'The list’s query string without `?`. Unknown keys (and `cursor`) are dropped; known ones must be ' +
          'valid for the list, else 400 on `query`.',
      }),
  })
  .meta({
    id: 'NewSavedView',
    examples: [
      { list: 'orders', name: 'À expédier', query: 'paymentStatus=paid&fulfillmentStatus=unfulfilled' },
    ],
  });
export type NewSavedView = z.infer<typeof newSavedViewSchema>;
