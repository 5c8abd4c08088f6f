import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyProductList, sampleProduct, sampleProductList } from '../test/fake-catalog';
import { renderApp } from '../test/render-app';

const lastProductRequest = (api: ReturnType<typeof renderApp>['api']) => {
  const requests = api.requestsTo('/store/products');
  return requests[requests.length - 1]?.searchParams;
};

describe('home page', () => {
  it('features the top-level categories and the newest products', async () => {
    const { api } = renderApp('/');
    const tiles = await screen.findByRole('list', { name: 'Categories' });
    expect(within(tiles).getByRole('link', { name: /Femme/ })).toHaveAttribute('href', '/categories/femme');
    expect(within(tiles).getAllByRole('link')).toHaveLength(3);
    const grid = await screen.findByRole('list', { name: 'New arrivals' });
    expect(within(grid).getAllByRole('article')).toHaveLength(3);
    expect(lastProductRequest(api)?.toString()).toBe('sort=newest&limit=6');
  });

  it("shows the categories' pictures on their tiles, and keeps the plain tile without one", async () => {
    renderApp('/');
    const tiles = await screen.findByRole('list', { name: 'Categories' });
    const [women, men, home] = within(tiles).getAllByRole('link') as [HTMLElement, HTMLElement, HTMLElement];
    const described = within(women).getByRole('img', { name: 'Linen dresses on a rail' });
    expect(described).toHaveAttribute('src', '/media/categories/femme-800.webp');
    expect(described).toHaveAttribute('width', '800');
    expect(described).toHaveAttribute('height', '500');
    expect(described).toHaveAttribute('loading', 'lazy');
    expect(women).toHaveAccessibleName('Linen dresses on a rail Femme Robes femme');
    // No alt text: the picture is decorative and the link is named by the category alone.
    const decorative = men.querySelector('img');
    expect(decorative).toHaveAttribute('src', '/media/categories/homme-800.webp');
    expect(decorative).toHaveAttribute('alt', '');
    expect(men).toHaveAccessibleName('Homme');
    expect(home.querySelector('img')).toBeNull();
    expect(home).toHaveClass('sf-category-tile');
    expect(home).not.toHaveClass('sf-category-tile--image');
  });

  it('shows an error state when the categories cannot be loaded', async () => {
    renderApp('/', { catalog: { categories: new Error('down') } });
    expect(
      await screen.findByRole('heading', { name: 'Categories could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThan(0);
  });
});

describe('header', () => {
  it('searches with Enter and lists the top-level categories', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/about');
    const header = screen.getByRole('banner');
    const menu = await within(header).findByRole('navigation', { name: 'Categories' });
    expect(within(menu).getByRole('link', { name: 'Homme' })).toHaveAttribute('href', '/categories/homme');
    await user.type(within(header).getByRole('searchbox', { name: 'Search products' }), 'robe lin{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=robe+lin');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Results for “robe lin”' }),
    ).toBeInTheDocument();
    expect(within(header).getByRole('searchbox', { name: 'Search products' })).toHaveValue('robe lin');
  });
});

describe('header category menu', () => {
  it('opens and closes with its button and Escape, handing the focus back', async () => {
    const user = userEvent.setup();
    renderApp('/about');
    const menu = await within(screen.getByRole('banner')).findByRole('navigation', { name: 'Categories' });
    const toggle = within(menu).getByRole('button', { name: 'Categories' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(within(menu).getByRole('link', { name: 'Femme' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});

describe('category page', () => {
  it('shows breadcrumbs, the product count and cards with prices, sales and stock', async () => {
    const { api } = renderApp('/categories/robes-femme');
    expect(await screen.findByRole('heading', { level: 1, name: 'Robes femme' })).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Femme' })).toHaveAttribute(
      'href',
      '/categories/femme',
    );
    expect(within(breadcrumb).getByText('Robes femme')).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('27 products')).toBeInTheDocument();
    expect(lastProductRequest(api)?.get('category')).toBe('robes-femme');

    const cards = within(screen.getByRole('list', { name: 'Robes femme' })).getAllByRole('article');
    const [linen, silk, velvet] = cards as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(linen).getByRole('link', { name: 'Robe lin' })).toHaveAttribute(
      'href',
      '/products/robe-lin',
    );
    expect(linen).toHaveTextContent('From €49.00');
    const image = linen.querySelector('img');
    expect(image).toHaveAttribute('src', '/media/img_1-320.webp');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('width', '320');
    expect(image).toHaveAttribute('height', '400');
    expect(silk).toHaveTextContent('€89.00');
    expect(silk.querySelector('s')).toHaveTextContent('€119.00');
    expect(velvet).toHaveTextContent('Out of stock');
    expect(within(linen).queryByText('Out of stock')).not.toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Next' })).toHaveAttribute(
      'href',
      '/categories/robes-femme?cursor=page-2',
    );
    expect(screen.queryByRole('link', { name: 'Previous' })).not.toBeInTheDocument();
    expect(document.title).toBe('Robes femme · Maison Lumière');
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${window.location.origin}/categories/robes-femme`,
    );
  });

  it("shows the category's picture as a banner beside its title, and none when it has no picture", async () => {
    renderApp('/categories/femme');
    expect(await screen.findByRole('heading', { level: 1, name: 'Femme' })).toBeInTheDocument();
    const banner = screen.getByRole('img', { name: 'Linen dresses on a rail' });
    expect(banner).toHaveAttribute('src', '/media/categories/femme-800.webp');
    expect(banner).toHaveAttribute('width', '800');
    expect(banner).toHaveAttribute('height', '500');
    expect(banner.closest('.sf-category-intro')).toContainElement(
      screen.getByRole('heading', { level: 1, name: 'Femme' }),
    );
    expect(screen.getByText('Clothes and accessories for women.')).toBeInTheDocument();
    cleanup();

    renderApp('/categories/robes-femme');
    expect(await screen.findByRole('heading', { level: 1, name: 'Robes femme' })).toBeInTheDocument();
    expect(document.querySelector('.sf-category-intro')).toBeNull();
  });

  it('shows a not-found page for an unknown category', async () => {
    renderApp('/categories/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/This category does not exist/)).toBeInTheDocument();
  });
});

describe('search page filters', () => {
  it('writes each filter to the URL, drops the cursor and sends the filters to the API', async () => {
    const user = userEvent.setup();
    const { router, api } = renderApp('/search?q=robe&cursor=abc');
    expect(await screen.findByText('27 products')).toBeInTheDocument();
    expect(lastProductRequest(api)?.get('cursor')).toBe('abc');
    const filters = screen.getByRole('complementary', { name: 'Filters' });
    const search = () => new URLSearchParams(router.state.location.search);

    await user.click(within(filters).getByRole('checkbox', { name: 'M (20)' }));
    await waitFor(() => expect(search().getAll('option')).toEqual(['Size:M']));
    expect(search().get('cursor')).toBeNull();
    await waitFor(() => expect(lastProductRequest(api)?.getAll('option')).toEqual(['Size:M']));
    expect(lastProductRequest(api)?.get('q')).toBe('robe');
    expect(lastProductRequest(api)?.has('cursor')).toBe(false);

    await user.click(within(filters).getByRole('checkbox', { name: 'Linen (9)' }));
    await user.click(within(filters).getByRole('radio', { name: '€50 to €100 (12)' }));
    await user.click(within(filters).getByRole('checkbox', { name: 'In stock only' }));
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Price: low to high');
    await waitFor(() => expect(search().get('sort')).toBe('price_asc'));
    expect(search().toString()).toBe(
      'q=robe&option=Size%3AM&feature=Material%3ALinen&minPrice=5000&maxPrice=9999&inStock=true&sort=price_asc',
    );
    await waitFor(() => expect(lastProductRequest(api)?.get('sort')).toBe('price_asc'));
    const sent = lastProductRequest(api);
    expect(sent?.getAll('option')).toEqual(['Size:M']);
    expect(sent?.getAll('feature')).toEqual(['Material:Linen']);
    expect(sent?.get('minPrice')).toBe('5000');
    expect(sent?.get('maxPrice')).toBe('9999');
    expect(sent?.get('inStock')).toBe('true');

    // Back undoes the last filter.
    await router.navigate(-1);
    await waitFor(() => expect(search().get('sort')).toBeNull());
    expect(search().get('inStock')).toBe('true');
  });

  it('offers relevance only when there are words', async () => {
    renderApp('/search?q=robe');
    const sort = await screen.findByLabelText('Sort by');
    expect(sort).toHaveValue('relevance');
    expect(within(sort).getByRole('option', { name: 'Relevance' })).toBeInTheDocument();
    cleanup();
    renderApp('/categories/femme');
    const categorySort = await screen.findByLabelText('Sort by');
    expect(categorySort).toHaveValue('newest');
    expect(within(categorySort).queryByRole('option', { name: 'Relevance' })).toBeNull();
  });

  it('shows an empty state that clears the filters but keeps the words', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/search?q=robe&option=Size:XS&inStock=true', {
      catalog: { products: (url) => (url.searchParams.has('option') ? emptyProductList : sampleProductList) },
    });
    expect(await screen.findByRole('heading', { name: 'No products found' })).toBeInTheDocument();
    expect(screen.getByText('0 products')).toBeInTheDocument();
    const [clear] = screen.getAllByRole('link', { name: 'Clear all filters' });
    await user.click(clear as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toBe('?q=robe'));
    expect(await screen.findByText('27 products')).toBeInTheDocument();
  });

  it('says so when nothing matches the words', async () => {
    renderApp('/search?q=zzz', { catalog: { products: emptyProductList } });
    expect(await screen.findByText(/Nothing matches “zzz”/)).toBeInTheDocument();
  });

  it('shows an error state with a retry when the products cannot be loaded', async () => {
    renderApp('/search?q=robe', { catalog: { products: new Error('down') } });
    expect(await screen.findByRole('heading', { name: 'Products could not be loaded' })).toBeInTheDocument();
    expect(screen.getByText(/having trouble right now/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});

describe('product page', () => {
  it('picks variants, shows unavailable combinations and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/products/robe-lin');
    expect(await screen.findByRole('heading', { level: 1, name: sampleProduct.title })).toBeInTheDocument();
    const offer = () => screen.getByText(/^SKU:/).parentElement as HTMLElement;
    expect(offer()).toHaveTextContent('€49.00');
    expect(offer()).toHaveTextContent('In stock');
    expect(offer()).toHaveTextContent('SKU: RL-S-SABLE');
    expect(screen.getByRole('button', { name: 'Add to cart' })).toBeEnabled();

    const size = screen.getByRole('group', { name: /Size/ });
    const colour = screen.getByRole('group', { name: /Colour/ });
    expect(within(size).getByRole('radio', { name: 'S' })).toBeChecked();
    // S in Marine exists but is sold out: struck, still selectable.
    const marine = within(colour).getByRole('radio', { name: 'Marine (out of stock)' });
    expect(marine).toBeEnabled();
    await user.click(marine);
    await waitFor(() => expect(router.state.location.search).toBe('?variant=var_s_marine'));
    expect(offer()).toHaveTextContent('Out of stock');
    expect(offer()).toHaveTextContent('SKU: RL-S-MARINE');
    expect(screen.getByRole('button', { name: 'Out of stock' })).toBeDisabled();
    // L in Marine does not exist: shown, but disabled.
    expect(within(size).getByRole('radio', { name: 'L (not available)' })).toBeDisabled();

    await user.click(within(size).getByRole('radio', { name: 'M' }));
    await user.click(within(colour).getByRole('radio', { name: 'Sable' }));
    await waitFor(() => expect(router.state.location.search).toBe('?variant=var_m_sable'));
    expect(offer()).toHaveTextContent('€59.00');
    expect(offer().querySelector('s')).toHaveTextContent('€69.00');
    expect(offer()).toHaveTextContent('In stock');
  });

  it('opens on the variant named in the URL', async () => {
    renderApp('/products/robe-lin?variant=var_m_marine');
    expect(await screen.findByText('RL-M-MARINE')).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: /Size/ })).getByRole('radio', { name: 'M' }),
    ).toBeChecked();
  });

  it('describes the product for search engines and link previews', async () => {
    const user = userEvent.setup();
    renderApp('/products/robe-lin');
    await screen.findByRole('heading', { level: 1 });
    const script = document.querySelector('script[type="application/ld+json"]');
    const raw = script?.textContent ?? '';
    expect(raw).not.toContain('</script>');
    expect(raw).toContain('\\u003c/script>');
    const origin = window.location.origin;
    expect(JSON.parse(raw)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: sampleProduct.title,
      sku: 'RL-S-SABLE',
      image: [`${origin}/media/img_1.jpg`, `${origin}/media/img_2.jpg`],
      description: 'Fresh linen A light dress. alert(1) - Washable - Made in France',
      offers: {
        '@type': 'Offer',
        url: `${origin}/products/robe-lin?variant=var_s_sable`,
        sku: 'RL-S-SABLE',
        price: '49.00',
        priceCurrency: 'EUR',
        availability: 'https://schema.org/InStock',
      },
    });
    await user.click(screen.getByRole('radio', { name: 'Marine (out of stock)' }));
    await waitFor(() =>
      expect(
        JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}'),
      ).toMatchObject({ sku: 'RL-S-MARINE', offers: { availability: 'https://schema.org/OutOfStock' } }),
    );

    expect(document.title).toBe(`${sampleProduct.title} · Maison Lumière`);
    const meta = (selector: string) => document.head.querySelector(selector)?.getAttribute('content');
    expect(meta('meta[property="og:type"]')).toBe('product');
    expect(meta('meta[property="og:title"]')).toBe(`${sampleProduct.title} · Maison Lumière`);
    expect(meta('meta[property="og:image"]')).toBe(`${origin}/media/img_1-1600.webp`);
    expect(meta('meta[property="og:url"]')).toBe(`${origin}/products/robe-lin`);
    expect(meta('meta[name="description"]')).toMatch(/^Fresh linen A light dress/);
    expect(meta('meta[property="og:description"]')).toMatch(/^Fresh linen A light dress/);
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${origin}/products/robe-lin`,
    );
  });

  it('puts the head back as it was when leaving the product page', async () => {
    const description = document.createElement('meta');
    description.name = 'description';
    description.content = 'Online store powered by Comptoir';
    document.head.append(description);
    const { router } = renderApp('/products/robe-lin');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(description.content).toMatch(/^Fresh linen/));
    await router.navigate('/about');
    await screen.findByRole('heading', { level: 1, name: 'About this store' });
    // The product page's effects are cleaned up after the new page paints: wait for it.
    await waitFor(() => expect(description.content).toBe('Online store powered by Comptoir'));
    await waitFor(() => expect(document.head.querySelector('meta[property="og:type"]')).toBeNull());
    expect(document.head.querySelector('link[rel="canonical"]')).toBeNull();
    description.remove();
  });

  it('renders the Markdown description safely, the features as a table, and the breadcrumb', async () => {
    renderApp('/products/robe-lin');
    const description = await screen.findByRole('region', { name: 'Description' });
    expect((await within(description).findByText('light')).tagName).toBe('STRONG');
    expect(within(description).getByRole('heading', { level: 4, name: 'Fresh linen' })).toBeInTheDocument();
    expect(description.querySelector('script')).toBeNull();
    expect(description).toHaveTextContent('<script>alert(1)</script>');
    const table = screen.getByRole('table', { name: 'Product details' });
    expect(within(table).getByRole('rowheader', { name: 'Material' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Linen' })).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(
      within(breadcrumb)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/', '/categories/femme', '/categories/robes-femme']);
  });

  it('switches pictures with the thumbnails', async () => {
    const user = userEvent.setup();
    renderApp('/products/robe-lin');
    expect(await screen.findByRole('img', { name: 'A linen dress, front' })).toBeInTheDocument();
    const second = screen.getByRole('button', { name: /Show picture 2 of 2/ });
    expect(second).toHaveAttribute('aria-pressed', 'false');
    second.focus();
    await user.keyboard('{Enter}');
    expect(second).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('img', { name: `${sampleProduct.title}, picture 2` })).toBeInTheDocument();
  });

  it('shows a placeholder when the product has no picture', async () => {
    renderApp('/products/robe-lin', {
      catalog: { productDetails: { 'robe-lin': { ...sampleProduct, images: [] } } },
    });
    expect(await screen.findByRole('img', { name: 'No picture yet' })).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown product', async () => {
    renderApp('/products/no-such-thing');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/This product does not exist/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Product not found · Maison Lumière'));
  });

  it('shows an error state when the product cannot be loaded', async () => {
    renderApp('/products/robe-lin', { catalog: { productDetails: new Error('down') } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This product could not be loaded' }),
    ).toBeInTheDocument();
  });
});
