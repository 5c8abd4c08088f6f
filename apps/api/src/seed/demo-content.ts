import type { Database } from '../db/client';
import { createPage, saveLegalSettings, saveMenu } from '../modules/content';

const pages = [
  {
    key: 'about',
    title: 'About us',
    markdown:
      '## A small shop with a big heart\n\nWe choose every product ourselves, from makers we have met. ' +
      'Questions? Write to us from the **Contact** page: a person answers within a working day.',
  },
  {
    key: 'delivery',
    title: 'Delivery',
    markdown:
      '## Delivery\n\n- **France:** 2–3 working days\n- **Europe:** 3–6 working days\n\n' +
      'You receive a tracking link by email as soon as your parcel leaves our workshop.',
  },
  {
    key: 'returns',
    title: 'Returns policy',
    markdown:
      '## Returns\n\nChanged your mind? Ask for a return from your account within the return window. ' +
      'Items must be unused and in their original packaging. We refund within 5 days of receiving them.',
  },
  {
    key: 'terms',
    title: 'Terms and conditions',
    markdown:
      '## Terms and conditions of sale\n\n1. Prices include VAT.\n2. Orders are confirmed by email.\n' +
      '3. You may withdraw within 14 days of delivery.\n\n_This is a demo text: replace it with your own._',
  },
  {
    key: 'privacy',
    title: 'Privacy policy',
    markdown:
      '## Privacy\n\nWe keep the data needed to deliver your orders and never sell it. ' +
      'Ask us at any time for a copy or for its deletion.\n\n_This is a demo text: replace it with your own._',
  },
] as const;

/**
 * The demo store's pages (about, delivery, returns, terms, privacy), published, in the footer menu, with the
 * terms and privacy pages chosen. Acceptance of the terms at checkout stays off (a merchant's decision), and the
 * homepage stays the storefront's built-in one until someone publishes sections.
 */
export async function seedDemoContent(db: Database): Promise<void> {
  const ids: Record<string, string> = {};
  for (const page of pages) {
    const created = await createPage(
      { db, employeeId: null },
      { title: page.title, markdown: page.markdown, status: 'published' },
    );
    ids[page.key] = created.id;
  }
  const link = (key: string) => ({ type: 'page' as const, pageId: ids[key] ?? '' });
  await saveMenu(
    db,
    'footer',
    {
      items: [
        {
          id: 'shop',
          label: 'Our shop',
          link: link('about'),
          children: [
            { id: 'about', label: 'About us', link: link('about'), children: [] },
            { id: 'contact', label: 'Contact', link: { type: 'url', url: '/contact' }, children: [] },
          ],
        },
        {
          id: 'help',
          label: 'Customer care',
          link: link('delivery'),
          children: [
            { id: 'delivery', label: 'Delivery', link: link('delivery'), children: [] },
            { id: 'returns', label: 'Returns', link: link('returns'), children: [] },
          ],
        },
      ],
    },
    null,
  );
  await saveLegalSettings(
    db,
    { termsPageId: ids.terms ?? null, privacyPageId: ids.privacy ?? null, requireTermsAcceptance: false },
    null,
  );
}
