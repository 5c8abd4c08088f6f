import { vi } from 'vitest';
import type {
  CategoryDetail,
  CategoryNode,
  ProductList,
  StoreProduct,
} from '../features/catalog/api/catalog-types';
import { sampleCategories, sampleCategoryDetails, sampleProduct, sampleProductList } from './fake-catalog';
import { createFakeCommerce, type FakeCommerce } from './fake-commerce';
import { createFakeContent, type FakeContent } from './fake-content';
import { createFakeMessages, type FakeMessages } from './fake-messages';

/** What the fake Store API answers; an `Error` makes that endpoint answer 503. */
export interface FakeCatalog {
  categories?: CategoryNode[] | Error;
  categoryDetails?: Record<string, CategoryDetail>;
  /** The product list, or a function of the request URL (to answer by filter). */
  products?: ProductList | Error | ((url: URL) => ProductList);
  /** Products by handle; others are 404. */
  productDetails?: Record<string, StoreProduct> | Error;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

const notFound = () => json({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }, 404);
const unavailable = () =>
  json({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'service_unavailable' }, 503);

/**
 * Replaces `fetch` with a small in-memory Store API: the catalog (categories, category, product list, product),
 * carts, checkout and orders (`commerce`, see fake-commerce.ts), conversations (`messages`, see
 * fake-messages.ts) and the content API (`content`, see fake-content.ts: a store that published nothing by
 * default), recording every request so tests can check what the screens asked for. Undone after each test.
 */
export function installFakeApi(
  catalog: FakeCatalog = {},
  commerce: FakeCommerce = createFakeCommerce(),
  messages: FakeMessages = createFakeMessages(),
  content: FakeContent = {},
) {
  const contentApi = createFakeContent(content);
  const requests: URL[] = [];
  const calls: { method: string; url: URL; body: unknown }[] = [];
  const {
    categories = sampleCategories,
    categoryDetails = sampleCategoryDetails,
    products = sampleProductList,
    productDetails = { [sampleProduct.handle]: sampleProduct },
  } = catalog;

  const answer = (url: URL): Response => {
    const path = url.pathname;
    if (path === '/store/categories') {
      return categories instanceof Error ? unavailable() : json({ items: categories });
    }
    const category = /^\/store\/categories\/([^/]+)$/.exec(path);
    if (category) {
      const detail = categoryDetails[decodeURIComponent(category[1] ?? '')];
      return detail ? json(detail) : notFound();
    }
    if (path === '/store/products') {
      if (products instanceof Error) return unavailable();
      return json(typeof products === 'function' ? products(url) : products);
    }
    const product = /^\/store\/products\/([^/]+)$/.exec(path);
    if (product) {
      if (productDetails instanceof Error) return unavailable();
      const detail = productDetails[decodeURIComponent(product[1] ?? '')];
      return detail ? json(detail) : notFound();
    }
    return notFound();
  };

  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    requests.push(url);
    const text = request.method === 'GET' ? '' : await request.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    calls.push({ method: request.method, url, body });
    const fakeRequest = { method: request.method, url, headers: request.headers, body };
    const handled:
      | { status: number; body?: unknown; file?: { fileName: string; content: string } }
      | undefined =
      commerce.handle(fakeRequest) ??
      contentApi.handle(fakeRequest) ??
      messages.handle(
        fakeRequest,
        commerce.orders.map((order) => order.number),
      );
    if (handled?.file) {
      return new Response(handled.file.content, {
        status: handled.status,
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="${handled.file.fileName}"`,
        },
      });
    }
    if (handled) {
      return handled.body === undefined
        ? new Response(null, { status: handled.status })
        : json(handled.body, handled.status);
    }
    return answer(url);
  });

  return {
    requests,
    /** Every request with its method and JSON body. */
    calls,
    commerce,
    messages,
    /** The requests made to a path, e.g. `/store/products`. */
    requestsTo: (path: string) => requests.filter((url) => url.pathname === path),
  };
}
