import type {
  ContentImage,
  StoreHome,
  StoreNavigation,
  StorePage,
  StoreTheme,
} from '../features/content/api/content-types';
import type { Answer, FakeRequest } from './fake-answers';
import { problem } from './fake-answers';

/*
 * The content API (branding, menus, homepage, CMS pages) behind the fake `fetch` of fake-api.ts. By default
 * it answers like a store that never published anything: the default theme, empty menus, `published: false`.
 */

/** The theme the API answers before one is published (Comptoir's colours, system fonts, no legal pages). */
export const defaultTheme: StoreTheme = {
  logo: null,
  favicon: null,
  colors: {
    primary: '#1d4ed8',
    onPrimary: '#ffffff',
    accent: '#111827',
    onAccent: '#ffffff',
    link: '#1d4ed8',
  },
  fonts: {
    heading: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    body: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  socialLinks: [],
  announcement: null,
  legal: { terms: null, privacy: null, requireTermsAcceptance: false },
};

/** An uploaded content picture as the API describes it (root-relative `/media` URLs). */
export function sampleContentImage(
  id: string,
  alt: string | null = null,
  width = 1600,
  height = 900,
): ContentImage {
  return {
    id,
    url: `/media/content/${id}.jpg`,
    alt,
    width,
    height,
    thumbnails: {
      small: `/media/content/${id}-320.webp`,
      medium: `/media/content/${id}-800.webp`,
      large: `/media/content/${id}-1600.webp`,
    },
  };
}

/** A branded store: logo, favicon, its own colours and fonts, an announcement, socials and legal pages. */
export const brandedTheme: StoreTheme = {
  logo: sampleContentImage('cimg_logo', null, 480, 120),
  favicon: sampleContentImage('cimg_favicon', null, 256, 256),
  colors: {
    primary: '#7c3aed',
    onPrimary: '#ffffff',
    accent: '#fde68a',
    onAccent: '#1f2937',
    link: '#6d28d9',
  },
  fonts: { heading: 'Georgia, "Times New Roman", Times, serif', body: 'system-ui, sans-serif' },
  socialLinks: [{ network: 'instagram', url: 'https://instagram.com/maison.example' }],
  announcement: {
    text: 'Free delivery from 50 € until Sunday',
    link: { href: '/pages/delivery', external: false },
  },
  legal: {
    terms: { handle: 'terms', title: 'Terms and conditions' },
    privacy: { handle: 'privacy', title: 'Privacy policy' },
    requireTermsAcceptance: false,
  },
};

export const emptyNavigation: StoreNavigation = { header: [], footer: [] };

export const sampleNavigation: StoreNavigation = {
  header: [
    {
      label: 'Women',
      href: '/categories/femme',
      external: false,
      children: [
        { label: 'Dresses', href: '/categories/robes-femme', external: false, children: [] },
        { label: 'Lookbook', href: 'https://lookbook.example.com', external: true, children: [] },
      ],
    },
    { label: 'Our story', href: '/pages/about-us', external: false, children: [] },
  ],
  footer: [
    {
      label: 'Help',
      href: '/pages/help',
      external: false,
      children: [
        { label: 'Delivery', href: '/pages/delivery', external: false, children: [] },
        { label: 'Returns', href: '/pages/returns', external: false, children: [] },
      ],
    },
    { label: 'Journal', href: 'https://journal.example.com', external: true, children: [] },
  ],
};

export const unpublishedHome: StoreHome = { published: false, sections: [] };

export interface FakeContent {
  theme?: StoreTheme | Error;
  navigation?: StoreNavigation | Error;
  home?: StoreHome | Error;
  /** Published pages by handle; others are 404. */
  pages?: Record<string, StorePage>;
  /** Answered for a valid preview token instead of `theme` / `home`. */
  draftTheme?: StoreTheme;
  draftHome?: StoreHome;
  /** The preview token the fake accepts; any other `preview` is 401 (expired). */
  previewToken?: string;
}

const unavailable = (): Answer => problem(503, 'service_unavailable', 'Unavailable');

/** Creates the fake content API. */
export function createFakeContent(content: FakeContent = {}) {
  const {
    theme = defaultTheme,
    navigation = emptyNavigation,
    home = unpublishedHome,
    pages = {},
    previewToken,
  } = content;

  /** The draft or the published body, or 401 for a preview token that is not (or no longer) valid. */
  function previewed<T>(url: URL, published: T | Error, draft: T | undefined): Answer {
    const preview = url.searchParams.get('preview');
    if (preview !== null) {
      if (preview !== previewToken) {
        return problem(
          401,
          'unauthenticated',
          'This preview link has expired: open a new one from the back-office.',
        );
      }
      return { status: 200, body: draft ?? published };
    }
    return published instanceof Error ? unavailable() : { status: 200, body: published };
  }

  function handle({ method, url }: FakeRequest): Answer | undefined {
    if (method !== 'GET') return undefined;
    const path = url.pathname;
    if (path === '/store/content/theme') return previewed(url, theme, content.draftTheme);
    if (path === '/store/content/home') return previewed(url, home, content.draftHome);
    if (path === '/store/content/navigation') {
      return navigation instanceof Error ? unavailable() : { status: 200, body: navigation };
    }
    const page = /^\/store\/pages\/([^/]+)$/.exec(path);
    if (page) {
      const found = pages[decodeURIComponent(page[1] ?? '')];
      return found ? { status: 200, body: found } : problem(404, 'not_found', 'No such page.');
    }
    return undefined;
  }

  return { handle };
}

export type FakeContentApi = ReturnType<typeof createFakeContent>;
