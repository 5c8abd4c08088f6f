import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { queryWords } from './typo-correction';

export type ProductSort = 'relevance' | 'newest' | 'price_asc' | 'price_desc' | 'bestselling';

/** A facet filter: products having one of `values` for option/feature `name` (OR within, AND across). */
export interface FacetFilter {
  kind: 'option' | 'feature';
  name: string;
  values: string[];
}

export interface ProductSearchQuery {
  q?: string | undefined;
  /** Misspelt words of `q` and the title words one typo away (`findTypoCorrections`). */
  corrections?: Record<string, string[]> | undefined;
  categoryId?: string | undefined;
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
  inStock?: boolean | undefined;
  filters: FacetFilter[];
  sort: ProductSort;
  limit: number;
  offset: number;
}

export interface ProductSearchRow {
  id: string;
  handle: string;
  title: string;
  minPrice: number;
  maxPrice: number;
  compareAtPrice: number | null;
  inStock: boolean;
}

export interface FacetCounts {
  /** Products matching the whole query. */
  total: number;
  categories: { id: string; count: number }[];
  options: { name: string; value: string; count: number }[];
  features: { name: string; value: string; count: number }[];
  priceBands: { min: number; max: number; count: number }[];
}

/** The token a product carries for an option or feature value (see `products.facet_values`). */
const separator = '\u001f';
export const facetToken = (kind: FacetFilter['kind'], name: string, value: string) =>
  `${kind === 'option' ? 'o' : 'f'}:${name}${separator}${value}`;
const groupPrefix = (filter: FacetFilter) =>
  `${filter.kind === 'option' ? 'o' : 'f'}:${filter.name}${separator}`;

/**
 * The full-text query: the words as typed (English and French stemming), or, when some were misspelt, each
 * word or one of its corrections (`lnien` → `lnien | linen`), all words required.
 */
function textQuery(q: string, corrections: Record<string, string[]>): SQL {
  const typed = sql`(websearch_to_tsquery('english', ${q}::text) || websearch_to_tsquery('french', ${q}::text))`;
  if (Object.keys(corrections).length === 0) return typed;
  const terms = queryWords(q).map((word) => {
    const alternatives = [word, ...(corrections[word] ?? [])].map(
      (alternative) =>
        sql`plainto_tsquery('english', ${alternative}::text) || plainto_tsquery('french', ${alternative}::text)`,
    );
    return sql`(${sql.join(alternatives, sql` || `)})`;
  });
  return sql`(${typed} || (${sql.join(terms, sql` && `)}))`;
}

/**
 * The conditions every listing shares: active, priced, text, category subtree, stock. Text is full-text on
 * the weighted `search_vector` (English and French stemming, GIN) with misspelt words corrected, or an exact
 * SKU: index conditions the planner combines with a BitmapOr (the SKU match is an InitPlan array, so it can
 * use the primary key). The category test is one GIN lookup in the trigger-maintained `category_paths`.
 */
function baseConditions(query: ProductSearchQuery): SQL {
  const q = query.q?.trim() || null;
  const text = q
    ? sql`and (p.search_vector @@ ${textQuery(q, query.corrections ?? {})}
        or p.id = any(array(select s.product_id from product_variants s where lower(s.sku) = lower(${q}::text))))`
    : sql``;
  return sql`p.status = 'active' and p.min_price is not null ${text}
    ${query.categoryId ? sql`and p.category_paths @> array[${query.categoryId}::text]` : sql``}
    ${query.inStock ? sql`and p.in_stock` : sql``}`;
}

function priceCondition(query: ProductSearchQuery): SQL {
  const conditions = [
    ...(query.minPrice !== undefined ? [sql`p.min_price >= ${query.minPrice}::int`] : []),
    ...(query.maxPrice !== undefined ? [sql`p.min_price <= ${query.maxPrice}::int`] : []),
  ];
  return all(conditions);
}

/** Whether product `p` has one of the filter's values: one GIN-indexable array overlap. */
function facetCondition(filter: FacetFilter): SQL {
  const tokens = filter.values.map((value) => facetToken(filter.kind, filter.name, value));
  return sql`p.facet_values && ${sql.param(tokens)}::text[]`;
}

const all = (conditions: SQL[]): SQL =>
  conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);

/** One page (`limit + 1` rows, to tell whether another follows) of active products matching the query. */
export async function searchProducts(db: DbOrTx, query: ProductSearchQuery): Promise<ProductSearchRow[]> {
  const q = query.q?.trim() || null;
  const rank = q ? sql`ts_rank(p.search_vector, ${textQuery(q, query.corrections ?? {})})` : sql`0`;
  const order = {
    relevance: q ? sql`rank desc, p.id desc` : sql`p.id desc`,
    newest: sql`p.id desc`,
    price_asc: sql`p.min_price asc, p.id desc`,
    price_desc: sql`p.min_price desc, p.id desc`,
    bestselling: sql`p.sold_count desc, p.id desc`,
  }[query.sort];
  const result = await db.execute<{
    id: string;
    handle: string;
    title: string;
    min_price: number;
    max_price: number;
    compare_at_price: number | null;
    in_stock: boolean;
  }>(sql`
    select p.id, p.handle, p.title, p.min_price, p.max_price, p.compare_at_price, p.in_stock, ${rank} as rank
    from products p
    where ${baseConditions(query)} and ${priceCondition(query)} and ${all(query.filters.map(facetCondition))}
    order by ${order}
    limit ${query.limit + 1} offset ${query.offset}`);
  return result.rows.map((row) => ({
    id: row.id,
    handle: row.handle,
    title: row.title,
    minPrice: row.min_price,
    maxPrice: row.max_price,
    compareAtPrice: row.compare_at_price,
    inStock: row.in_stock,
  }));
}

/**
 * The total and the facet counts, disjunctive as shoppers expect: each option/feature's counts apply every
 * filter except that option/feature's own (choosing size M still shows how many come in L); price bands
 * ignore the price filter; `childCategoryIds` are counted with their sub-categories. One statement over
 * one row per matching product (its trigger-kept token and category arrays), no joins.
 */
export async function countFacets(
  db: DbOrTx,
  query: ProductSearchQuery & { childCategoryIds: string[] },
): Promise<FacetCounts> {
  const flags = query.filters.map(
    (filter, index) => sql`${facetCondition(filter)} as g${sql.raw(String(index))}`,
  );
  const flag = (index: number) => sql.raw(`m.g${index}`);
  const passAll = all(query.filters.map((_, index) => flag(index)));
  // A token of filter i's own group counts whatever filter i says.
  const passExceptOwnGroup = all(
    query.filters.map(
      (filter, index) => sql`(${flag(index)} or starts_with(t.token, ${groupPrefix(filter)}))`,
    ),
  );
  const result = await db.execute<{
    kind: string;
    key: string | null;
    step: string | null;
    count: number;
  }>(sql`
    with matched as materialized (
      select p.facet_values, p.category_paths, p.min_price, ${priceCondition(query)} as price_ok
        ${flags.length > 0 ? sql`, ${sql.join(flags, sql`, `)}` : sql``}
      from products p
      where ${baseConditions(query)}
    ),
    band as (
      select case when max(m.min_price) is null or max(m.min_price) < 10 then 1
        else (power(10, floor(log(max(m.min_price) / 5.0))) *
          (case when max(m.min_price) / 5.0 / power(10, floor(log(max(m.min_price) / 5.0))) <= 1 then 1
                when max(m.min_price) / 5.0 / power(10, floor(log(max(m.min_price) / 5.0))) <= 2 then 2
                when max(m.min_price) / 5.0 / power(10, floor(log(max(m.min_price) / 5.0))) <= 5 then 5
                else 10 end))::bigint end as step
      from matched m where ${passAll}
    )
    select 'total' as kind, null as key, null as step, count(*)::int as count
      from matched m where m.price_ok and ${passAll}
    union all
    select 'token', t.token, null, count(*)::int
      from matched m cross join unnest(m.facet_values) as t(token)
      where m.price_ok and ${passExceptOwnGroup}
      group by t.token
    union all
    select 'category', c.id, null, count(*)::int
      from matched m cross join unnest(m.category_paths) as c(id)
      where m.price_ok and ${passAll} and c.id = any(${sql.param(query.childCategoryIds)}::text[])
      group by c.id
    union all
    select 'price', (floor(m.min_price / band.step) * band.step)::bigint::text, band.step::text, count(*)::int
      from matched m cross join band
      where ${passAll}
      group by 2, 3`);
  const facets: FacetCounts = { total: 0, categories: [], options: [], features: [], priceBands: [] };
  for (const row of result.rows) {
    const key = row.key ?? '';
    if (row.kind === 'total') facets.total = row.count;
    else if (row.kind === 'category') facets.categories.push({ id: key, count: row.count });
    else if (row.kind === 'token') {
      const cut = key.indexOf(separator);
      const entry = { name: key.slice(2, cut), value: key.slice(cut + 1), count: row.count };
      (key.startsWith('o:') ? facets.options : facets.features).push(entry);
    } else {
      const min = Number(key);
      facets.priceBands.push({ min, max: min + Number(row.step), count: row.count });
    }
  }
  facets.priceBands.sort((a, b) => a.min - b.min);
  return facets;
}
