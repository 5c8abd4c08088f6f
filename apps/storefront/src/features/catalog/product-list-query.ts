/*
 * The state of a product listing (search words, filters, sort, page) lives in the URL's query string, so a
 * link reproduces the page and Back undoes a filter. These functions read it and write the next URL; every
 * change of filter or sort drops the page cursor (a cursor belongs to one result set).
 */

export const productSorts = ['relevance', 'newest', 'price_asc', 'price_desc', 'bestselling'] as const;
export type ProductSort = (typeof productSorts)[number];

export const sortLabels: Record<ProductSort, string> = {
  relevance: 'Relevance',
  newest: 'Newest',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  bestselling: 'Bestselling',
};

/** The parameters of `GET /store/products` as the storefront sends them. */
export interface ProductListQuery {
  q?: string;
  category?: string;
  /** `Name:Value` pairs, e.g. `Size:M`. */
  options: string[];
  /** `Name:Value` pairs, e.g. `Material:Cotton`. */
  features: string[];
  /** Minor units. */
  minPrice?: number;
  maxPrice?: number;
  inStock: boolean;
  sort: ProductSort;
  cursor?: string;
  limit: number;
}

export type FacetKind = 'option' | 'feature';

export const defaultPageSize = 24;

/** Relevance only means something when there are words to match; without them the newest come first. */
export function defaultSort(q: string | undefined): ProductSort {
  return q ? 'relevance' : 'newest';
}

function readPrice(value: string | null): number | undefined {
  return value !== null && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

function isSort(value: string | null): value is ProductSort {
  return (productSorts as readonly (string | null)[]).includes(value);
}

function readPairs(search: URLSearchParams, key: FacetKind): string[] {
  return [...new Set(search.getAll(key).filter((pair) => pair.indexOf(':') > 0))];
}

/** The listing query a URL describes; `category` comes from the path of a category page. */
export function readProductListQuery(
  search: URLSearchParams,
  fixed: { category?: string; limit?: number } = {},
): ProductListQuery {
  const q = search.get('q')?.trim() || undefined;
  const requestedSort = search.get('sort');
  const sort = isSort(requestedSort) && (requestedSort !== 'relevance' || q) ? requestedSort : defaultSort(q);
  const query: ProductListQuery = {
    options: readPairs(search, 'option'),
    features: readPairs(search, 'feature'),
    inStock: search.get('inStock') === 'true',
    sort,
    limit: fixed.limit ?? defaultPageSize,
  };
  if (q) query.q = q;
  if (fixed.category) query.category = fixed.category;
  const minPrice = readPrice(search.get('minPrice'));
  const maxPrice = readPrice(search.get('maxPrice'));
  if (minPrice !== undefined) query.minPrice = minPrice;
  if (maxPrice !== undefined) query.maxPrice = maxPrice;
  const cursor = search.get('cursor');
  if (cursor) query.cursor = cursor;
  return query;
}

/** Splits `Name:Value` at the first colon (values may contain colons, names may not). */
export function splitPair(pair: string): { name: string; value: string } {
  const at = pair.indexOf(':');
  return { name: pair.slice(0, at), value: pair.slice(at + 1) };
}

export function joinPair(name: string, value: string): string {
  return `${name}:${value}`;
}

function copyWithoutCursor(search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete('cursor');
  return next;
}

/** Adds or removes one option or feature value. */
export function withFacetValue(
  search: URLSearchParams,
  kind: FacetKind,
  name: string,
  value: string,
  selected: boolean,
): URLSearchParams {
  const next = copyWithoutCursor(search);
  const pair = joinPair(name, value);
  const others = next.getAll(kind).filter((existing) => existing !== pair);
  next.delete(kind);
  for (const existing of others) next.append(kind, existing);
  if (selected) next.append(kind, pair);
  return next;
}

/** A price band of the facets: minor units, `min` inclusive, `max` exclusive (`null`: no upper bound). */
export interface PriceBand {
  min: number;
  max: number | null;
}

/**
 * Filters on a price band, or clears the price filter with `null`. The API's `maxPrice` is inclusive, so a
 * band's exclusive `max` is sent as `max - 1` (a product at exactly €50 is in "€50 to €100", not below).
 */
export function withPriceBand(search: URLSearchParams, band: PriceBand | null): URLSearchParams {
  const next = copyWithoutCursor(search);
  next.delete('minPrice');
  next.delete('maxPrice');
  if (band) {
    if (band.min > 0) next.set('minPrice', String(band.min));
    if (band.max !== null) next.set('maxPrice', String(band.max - 1));
  }
  return next;
}

/** Whether the query's price filter is exactly this band. */
export function isPriceBandSelected(query: ProductListQuery, band: PriceBand): boolean {
  const max = band.max === null ? undefined : band.max - 1;
  return (query.minPrice ?? 0) === band.min && query.maxPrice === max;
}

export function withInStock(search: URLSearchParams, inStock: boolean): URLSearchParams {
  const next = copyWithoutCursor(search);
  if (inStock) next.set('inStock', 'true');
  else next.delete('inStock');
  return next;
}

/** Sets the sort; the default one for the page is left out of the URL. */
export function withSort(search: URLSearchParams, sort: ProductSort): URLSearchParams {
  const next = copyWithoutCursor(search);
  if (sort === defaultSort(next.get('q')?.trim() || undefined)) next.delete('sort');
  else next.set('sort', sort);
  return next;
}

export function withCursor(search: URLSearchParams, cursor: string | null): URLSearchParams {
  const next = new URLSearchParams(search);
  if (cursor) next.set('cursor', cursor);
  else next.delete('cursor');
  return next;
}

/** Keeps the search words and the sort, drops every filter and the page. */
export function withoutFilters(search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  for (const key of ['q', 'sort']) {
    const value = search.get(key);
    if (value) next.set(key, value);
  }
  return next;
}

export function hasFilters(query: ProductListQuery): boolean {
  return (
    query.options.length > 0 ||
    query.features.length > 0 ||
    query.inStock ||
    query.minPrice !== undefined ||
    query.maxPrice !== undefined
  );
}

/** The query string for a link, with its `?` (or nothing when empty). */
export function toSearchString(search: URLSearchParams): string {
  const text = search.toString();
  return text ? `?${text}` : '';
}
