/** Storefront content answers of the fake API, shaped as the content contract says. */
import type { components, Employee } from '@comptoir/sdk';
import { sampleEmployee } from './render-app';

type AdminTheme = components['schemas']['AdminTheme'];
type AdminHome = components['schemas']['AdminHome'];
type AdminMenu = components['schemas']['AdminMenu'];
type ContentImage = components['schemas']['ContentImage'];
type Page = components['schemas']['Page'];
type PageSummary = components['schemas']['PageSummary'];
type PageRevision = components['schemas']['PageRevision'];
type LegalSettings = components['schemas']['LegalSettings'];

/** A content editor: the storefront's content and the catalog (to pick categories and products). */
export const contentEditor: Employee = {
  ...sampleEmployee,
  id: 'emp_03',
  email: 'content@example.com',
  firstName: 'Rosa',
  lastName: 'Parks',
  role: 'content_editor',
  roleName: 'Content editor',
  permissions: ['content:write', 'catalog:read'],
};

export function contentImage(id = 'cimg_1'): ContentImage {
  return {
    id,
    url: `/media/content/${id}.png`,
    alt: null,
    width: 800,
    height: 400,
    thumbnails: {
      small: `/media/content/${id}-320.webp`,
      medium: `/media/content/${id}-800.webp`,
      large: `/media/content/${id}-1600.webp`,
    },
  };
}

export const fontPairs: AdminTheme['fontPairs'] = [
  {
    key: 'system',
    label: 'System (the device’s own interface font)',
    heading: 'system-ui, sans-serif',
    body: 'system-ui, sans-serif',
  },
  {
    key: 'classic',
    label: 'Classic (serif headings, sans-serif text)',
    heading: 'Georgia, serif',
    body: 'system-ui, sans-serif',
  },
];

const themeDraft: AdminTheme['draft'] = {
  logoImageId: null,
  faviconImageId: null,
  logo: null,
  favicon: null,
  colors: { primary: '#1d4ed8', onPrimary: '#ffffff', accent: '#111827', onAccent: '#ffffff' },
  fontPair: 'system',
  socialLinks: [{ network: 'instagram', url: 'https://instagram.com/maison' }],
  announcement: null,
};

/** The branding: a draft with one social link, published once, no changes since. */
export function adminTheme(overrides: Partial<AdminTheme> = {}): AdminTheme {
  return {
    draft: themeDraft,
    published: themeDraft,
    publishedAt: '2026-11-20T09:00:00.000Z',
    hasUnpublishedChanges: false,
    version: 3,
    updatedAt: '2026-11-20T09:00:00.000Z',
    fontPairs,
    ...overrides,
  };
}

/** The homepage draft: a hero and a text section, never published. */
export function adminHome(overrides: Partial<AdminHome> = {}): AdminHome {
  return {
    draft: [
      {
        id: 'sec_hero',
        type: 'hero',
        heading: 'Winter linen is here',
        text: null,
        imageId: null,
        cta: null,
        startsAt: null,
        endsAt: null,
      },
      {
        id: 'sec_text',
        type: 'rich_text',
        heading: 'Our story',
        markdown: 'Made in Normandy.',
        startsAt: '2099-01-01T00:00:00.000Z',
        endsAt: null,
      },
    ],
    published: null,
    publishedAt: null,
    hasUnpublishedChanges: true,
    version: 2,
    updatedAt: '2026-11-20T09:00:00.000Z',
    images: [],
    ...overrides,
  };
}

/** The header menu: "Shop" (a category, its target deleted) — and an empty footer. */
export function adminNavigation(): { menus: AdminMenu[] } {
  return {
    menus: [
      {
        key: 'header',
        items: [
          {
            id: 'nav_shop',
            label: 'Shop',
            link: { type: 'category', categoryId: 'cat_gone' },
            children: [],
            target: null,
          },
        ],
        version: 4,
        updatedAt: '2026-11-20T09:00:00.000Z',
      },
      { key: 'footer', items: [], version: 1, updatedAt: '2026-11-20T09:00:00.000Z' },
    ],
  };
}

export function contentPage(overrides: Partial<Page> = {}): Page {
  return {
    id: 'page_1',
    handle: 'about',
    title: 'About us',
    markdown: '# About us\n\nA small shop in Lyon.',
    html: '<h1>About us</h1>\n<p>A small shop in Lyon.</p>',
    seoTitle: null,
    seoDescription: null,
    status: 'draft',
    publishedAt: null,
    version: 3,
    createdAt: '2026-11-18T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

export function pageSummary(page: Page = contentPage()): PageSummary {
  const { id, handle, title, status, updatedAt, publishedAt } = page;
  return { id, handle, title, status, updatedAt, publishedAt };
}

export function pageRevisions(): { items: PageRevision[] } {
  return {
    items: [
      {
        id: 'prev_3',
        version: 3,
        title: 'About us',
        status: 'draft',
        createdAt: '2026-11-20T09:00:00.000Z',
        createdBy: { id: 'emp_03', name: 'Rosa Parks' },
      },
      {
        id: 'prev_1',
        version: 1,
        title: 'About',
        status: 'draft',
        createdAt: '2026-11-18T09:00:00.000Z',
        createdBy: null,
      },
    ],
  };
}

export function legalSettings(overrides: Partial<LegalSettings> = {}): LegalSettings {
  return {
    termsPageId: null,
    privacyPageId: null,
    requireTermsAcceptance: false,
    version: 1,
    updatedAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}
