import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StoreHome, StorePage } from '../features/content/api/content-types';
import { sampleCards } from '../test/fake-catalog';
import { brandedTheme, sampleContentImage, sampleNavigation } from '../test/fake-content';
import { renderApp } from '../test/render-app';

/** What a compromised API could try to slip into content HTML. */
const hostileHtml =
  '<p>Made in <strong>Lyon</strong>.</p>' +
  '<script>window.__hacked = true</script>' +
  '<img src="/media/x.png" alt="Workshop" onerror="window.__hacked = true">' +
  '<a href="javascript:window.__hacked=true">Click me</a>' +
  '<a href="https://partner.example.com">Our partner</a>' +
  '<iframe src="https://evil.example.com"></iframe>';

/** Nothing executable made it into the page. */
function expectNoHostileMarkup() {
  expect(document.querySelector('script')).toBeNull();
  expect(document.querySelector('iframe')).toBeNull();
  expect(document.querySelector('[onerror]')).toBeNull();
  expect(document.querySelector('[href^="javascript:" i]')).toBeNull();
  expect((window as { __hacked?: boolean }).__hacked).toBeUndefined();
}

const publishedHome: StoreHome = {
  published: true,
  sections: [
    {
      id: 'sec_hero',
      type: 'hero',
      heading: 'Linen for every season',
      text: 'Woven in France, made to last.',
      image: sampleContentImage('cimg_hero', 'A linen dress in a sunny room'),
      cta: { label: 'Shop the collection', href: '/categories/femme', external: false },
    },
    {
      id: 'sec_categories',
      type: 'featured_categories',
      heading: 'Shop the rooms',
      categories: [{ id: 'cat_home', handle: 'maison', name: 'Maison' }],
    },
    {
      id: 'sec_products',
      type: 'featured_products',
      heading: 'Best sellers',
      products: sampleCards.slice(0, 2),
    },
    {
      id: 'sec_promo',
      type: 'promo_banner',
      text: 'Winter sale: 20 % off linen sheets',
      image: null,
      link: { href: 'https://sale.example.com', external: true },
    },
    { id: 'sec_story', type: 'rich_text', heading: 'Our story', html: hostileHtml },
  ],
};

const deliveryPage: StorePage = {
  handle: 'delivery',
  title: 'Delivery & returns',
  html: '<h2>Delivery</h2><ul><li>France: 4.90 €</li></ul><table><tr><th>Zone</th></tr></table>',
  seoTitle: 'Delivery and returns',
  seoDescription: 'Delivery times, prices and how to return an item.',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

describe('branding', () => {
  it("applies the theme's colours and fonts as design tokens, with the logo, favicon and announcement", async () => {
    const user = userEvent.setup();
    renderApp('/', { content: { theme: brandedTheme } });
    const root = document.documentElement;
    await waitFor(() => expect(root.style.getPropertyValue('--ct-color-primary')).toBe('#7c3aed'));
    expect(root.style.getPropertyValue('--ct-color-primary-hover')).toBe(
      'color-mix(in srgb, #7c3aed 85%, black)',
    );
    expect(root.style.getPropertyValue('--sf-on-primary')).toBe('#ffffff');
    expect(root.style.getPropertyValue('--sf-link')).toBe('#6d28d9');
    expect(root.style.getPropertyValue('--sf-accent')).toBe('#fde68a');
    expect(root.style.getPropertyValue('--sf-on-accent')).toBe('#1f2937');
    expect(root.style.getPropertyValue('--ct-font-sans')).toBe('system-ui, sans-serif');
    expect(root.style.getPropertyValue('--sf-font-heading')).toBe('Georgia, "Times New Roman", Times, serif');
    expect(document.head.querySelector('link[rel="icon"]')).toHaveAttribute(
      'href',
      '/media/content/cimg_favicon-320.webp',
    );

    // The logo replaces the name in the header, and the name is its text alternative.
    const header = screen.getByRole('banner');
    const logo = within(header).getByRole('img', { name: 'Maison Lumière' });
    expect(logo).toHaveAttribute('src', '/media/content/cimg_logo-320.webp');
    expect(within(header).getByRole('link', { name: 'Maison Lumière' })).toHaveAttribute('href', '/');

    const announcement = screen.getByRole('region', { name: 'Announcement' });
    expect(
      within(announcement).getByRole('link', { name: 'Free delivery from 50 € until Sunday' }),
    ).toHaveAttribute('href', '/pages/delivery');
    await user.click(within(announcement).getByRole('button', { name: 'Dismiss the announcement' }));
    expect(screen.queryByRole('region', { name: 'Announcement' })).not.toBeInTheDocument();
  });

  it('keeps the name and default tokens while nothing is published', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Maison Lumière');
    expect(within(screen.getByRole('banner')).queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Announcement' })).not.toBeInTheDocument();
  });
});

describe('menus', () => {
  it('shows the header menu with an accessible sub-list instead of the category menu', async () => {
    const user = userEvent.setup();
    renderApp('/', { content: { navigation: sampleNavigation } });
    const menu = await screen.findByRole('navigation', { name: 'Menu' });
    expect(screen.queryByRole('navigation', { name: 'Categories' })).not.toBeInTheDocument();
    expect(within(menu).getByRole('link', { name: 'Women' })).toHaveAttribute('href', '/categories/femme');
    expect(within(menu).getByRole('link', { name: 'Our story' })).toHaveAttribute('href', '/pages/about-us');

    const more = within(menu).getByRole('button', { name: 'More in Women' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(within(menu).queryByRole('link', { name: 'Dresses' })).not.toBeInTheDocument();
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(within(menu).getByRole('link', { name: 'Dresses' })).toHaveAttribute(
      'href',
      '/categories/robes-femme',
    );
    const lookbook = within(menu).getByRole('link', { name: 'Lookbook' });
    expect(lookbook).toHaveAttribute('href', 'https://lookbook.example.com');
    expect(lookbook).toHaveAttribute('rel', 'noopener noreferrer');

    // Escape closes the sub-list and gives the focus back to its button.
    within(menu).getByRole('link', { name: 'Dresses' }).focus();
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();

    // Following a link closes it too.
    await user.click(more);
    await user.click(within(menu).getByRole('link', { name: 'Dresses' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Robes femme' })).toBeInTheDocument();
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the category menu while the header menu is empty', async () => {
    renderApp('/');
    const categories = await screen.findByRole('navigation', { name: 'Categories' });
    expect(within(categories).getByRole('link', { name: 'Femme' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Menu' })).not.toBeInTheDocument();
  });

  it('shows the footer menu, the social links and the legal pages in the footer', async () => {
    renderApp('/', { content: { theme: brandedTheme, navigation: sampleNavigation } });
    const footer = screen.getByRole('contentinfo');
    const menu = await within(footer).findByRole('navigation', { name: 'Footer' });
    expect(within(menu).getByRole('link', { name: 'Help' })).toHaveAttribute('href', '/pages/help');
    expect(within(menu).getByRole('link', { name: 'Returns' })).toHaveAttribute('href', '/pages/returns');
    expect(within(menu).getByRole('link', { name: 'Journal' })).toHaveAttribute(
      'href',
      'https://journal.example.com',
    );
    const social = within(footer).getByRole('link', { name: /^Instagram/ });
    expect(social).toHaveAttribute('href', 'https://instagram.com/maison.example');
    expect(social).toHaveAttribute('rel', 'noopener noreferrer');
    const help = within(footer).getByRole('navigation', { name: 'Help' });
    expect(within(help).getByRole('link', { name: 'Terms and conditions' })).toHaveAttribute(
      'href',
      '/pages/terms',
    );
    expect(within(help).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute(
      'href',
      '/pages/privacy',
    );
  });
});

describe('homepage', () => {
  it('renders the published sections in order, with product cards and safe rich text', async () => {
    renderApp('/', { content: { home: publishedHome } });
    const hero = await screen.findByRole('heading', { level: 1, name: 'Linen for every season' });
    expect(hero).toBeInTheDocument();
    expect(screen.getByText('Woven in France, made to last.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'A linen dress in a sunny room' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Shop the collection' })).toHaveAttribute(
      'href',
      '/categories/femme',
    );
    // The built-in home is not shown.
    expect(screen.queryByRole('heading', { name: 'Shop by category' })).not.toBeInTheDocument();

    const tiles = screen.getByRole('list', { name: 'Shop the rooms' });
    expect(within(tiles).getByRole('link', { name: 'Maison' })).toHaveAttribute('href', '/categories/maison');
    const products = screen.getByRole('list', { name: 'Best sellers' });
    expect(within(products).getAllByRole('article')).toHaveLength(2);
    expect(within(products).getByRole('link', { name: 'Robe lin' })).toHaveAttribute(
      'href',
      '/products/robe-lin',
    );
    expect(screen.getByRole('link', { name: 'Winter sale: 20 % off linen sheets' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );

    const story = screen.getByRole('region', { name: 'Our story' });
    expect(within(story).getByText('Lyon').tagName).toBe('STRONG');
    expect(within(story).getByRole('img', { name: 'Workshop' })).toBeInTheDocument();
    expect(within(story).getByRole('link', { name: 'Our partner' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    expect(within(story).getByText('Click me')).not.toHaveAttribute('href');
    expectNoHostileMarkup();

    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 3)).toEqual(['Shop the rooms', 'Best sellers', 'Our story']);
  });

  it('never turns a hostile address into a link, and titles the page when no hero comes first', async () => {
    renderApp('/', {
      content: {
        home: {
          published: true,
          sections: [
            {
              id: 'sec_promo',
              type: 'promo_banner',
              text: 'Too good to be true',
              image: null,
              link: { href: 'javascript:alert(1)', external: true },
            },
          ],
        },
      },
    });
    expect(await screen.findByText('Too good to be true')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Too good to be true' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Maison Lumière');
    expectNoHostileMarkup();
  });

  it('keeps the built-in home while no homepage is published', async () => {
    const { api } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/^Maison Lumière$/);
    expect(screen.getByRole('heading', { level: 2, name: 'Shop by category' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'New arrivals' })).toBeInTheDocument();
    expect(api.requestsTo('/store/content/home')).toHaveLength(1);
  });

  it('falls back to the built-in home when the homepage cannot be loaded', async () => {
    renderApp('/', { content: { home: new Error('down') } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Shop by category' })).toBeInTheDocument();
  });
});

describe('CMS pages', () => {
  it('renders a page with its title, content and search-engine tags', async () => {
    const { api } = renderApp('/pages/delivery', { content: { pages: { delivery: deliveryPage } } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Delivery & returns' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Delivery' })).toBeInTheDocument();
    expect(screen.getByText('France: 4.90 €')).toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Delivery and returns · Maison Lumière'));
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      'Delivery times, prices and how to return an item.',
    );
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${window.location.origin}/pages/delivery`,
    );
    expect(api.requestsTo('/store/pages/delivery')).toHaveLength(1);
  });

  it('sanitises the page HTML again, and follows storefront links inside it without reloading', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/pages/about', {
      content: {
        pages: {
          about: {
            ...deliveryPage,
            handle: 'about',
            title: 'About us',
            seoTitle: null,
            html: `${hostileHtml}<p><a href="/pages/delivery">Delivery</a></p>`,
          },
          delivery: deliveryPage,
        },
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'About us' })).toBeInTheDocument();
    expect(document.title).toBe('About us · Maison Lumière');
    expectNoHostileMarkup();
    await user.click(screen.getByRole('link', { name: 'Delivery' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Delivery & returns' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/pages/delivery');
  });

  it('shows the not-found page for an unknown or unpublished page', async () => {
    renderApp('/pages/nothing-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Page not found · Maison Lumière'));
  });
});
