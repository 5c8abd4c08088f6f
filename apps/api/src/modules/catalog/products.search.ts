import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

export type ProductSort = 'relevance' | 'newest' | 'price_asc' | 'price_desc' | 'bestselling';

/** A facet filter: products having one of `values` for option/feature `name` (OR within, AND across). */
export interface FacetFilter {
  kind: 'option' | 'feature';
  name: string;
  values: string[];
}

export interface ProductSearchQuery {
  q?: string | undefined;
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
  total: number;
}

export interface FacetCounts {
  categories: { id: string; count: number }[];
  /** `order`: the value's average position in the products' option lists (sizes stay S, M, L). */
  options: { name: string; value: string; count: number; order: number }[];
  features: { name: string; value: string; count: number }[];
  priceBands: { min: number; max: number; count: number }[];
}

function cleanQuery(q: string | undefined): string | null {
  return q?.trim() || null;
}

/**
 * The conditions every listing shares: active, priced, text match, category subtree, stock. Text match is
 * full-text on the weighted `search_vector` (English and French stemming, GIN), one-typo tolerance by
 * trigram word similarity on the title (GIN trigram) or an exact SKU: three index conditions the planner
 * combines with a BitmapOr (the SKU match is an InitPlan array, so it can use the primary key).
 */
function baseConditions(query: ProductSearchQuery): SQL {
  const q = cleanQuery(query.q);
  return sql`p.status = 'active' and p.min_price is not null
    and (${q}::text is null
      or p.search_vector @@ (websearch_to_tsquery('english', coalesce(${q}::text, '')) || websearch_to_tsquery('french', coalesce(${q}::text, '')))
      or lower(${q}::text) <% lower(p.title)
      or p.id = any(array(select s.product_id from product_variants s where lower(s.sku) = lower(${q}::text))))
    and (${query.categoryId ?? null}::text is null
      or p.id = any(array(select pc.product_id from product_categories pc where pc.category_id = any(array(
        with recursive scope(id) as (
          select id from categories where id = ${query.categoryId ?? null}::text
          union all
          select c.id from categories c join scope on c.parent_id = scope.id
        ) select id from scope)))))
    and (${query.inStock ?? null}::boolean is not true or p.in_stock)`;
}

function priceCondition(query: ProductSearchQuery): SQL {
  return sql`(${query.minPrice ?? null}::int is null or p.min_price >= ${query.minPrice ?? null}::int)
    and (${query.maxPrice ?? null}::int is null or p.min_price <= ${query.maxPrice ?? null}::int)`;
}

/** Whether product `p` passes one facet filter. */
function facetCondition(filter: FacetFilter): SQL {
  return filter.kind === 'option'
    ? sql`exists (select 1 from product_options o where o.product_id = p.id and o.name = ${filter.name}
        and o.values && ${sql.param(filter.values)}::text[])`
    : sql`exists (select 1 from product_features f where f.product_id = p.id and f.name = ${filter.name}
        and f.value = any(${sql.param(filter.values)}::text[]))`;
}

const all = (conditions: SQL[]): SQL =>
  conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);

/** One page of active products matching the query, with the count of all matches (window function). */
export async function searchProducts(db: DbOrTx, query: ProductSearchQuery): Promise<ProductSearchRow[]> {
  const q = cleanQuery(query.q);
  const rank = q
    ? sql`ts_rank(p.search_vector, websearch_to_tsquery('english', ${q}::text) || websearch_to_tsquery('french', ${q}::text))
        + word_similarity(lower(${q}::text), lower(p.title))`
    : sql`0`;
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
    total: number;
  }>(sql`
    select p.id, p.handle, p.title, p.min_price, p.max_price, p.compare_at_price, p.in_stock,
      ${rank} as rank, count(*) over ()::int as total
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
    total: row.total,
  }));
}

/**
 * Facet counts for the query, disjunctive as shoppers expect: each option/feature's counts apply every
 * filter except that option/feature's own (choosing size M still shows how many come in L), price bands
 * ignore the price filter, categories count the products in each child subtree of the current category
 * (or of the roots). One statement: the matching set is computed once and flagged per filter.
 */
export async function countFacets(db: DbOrTx, query: ProductSearchQuery): Promise<FacetCounts> {
  const flags = query.filters.map(
    (filter, index) => sql`${facetCondition(filter)} as g${sql.raw(String(index))}`,
  );
  const flag = (index: number) => sql.raw(`m.g${index}`);
  const passAll = all(query.filters.map((_, index) => flag(index)));
  const passExcept = (kind: 'option' | 'feature', nameColumn: SQL) =>
    all(
      query.filters.map((filter, index) =>
        filter.kind === kind ? sql`(${flag(index)} or ${nameColumn} = ${filter.name})` : flag(index),
      ),
    );
  const result = await db.execute<{
    kind: string;
    name: string | null;
    value: string | null;
    count: number;
    sort_key: number;
  }>(sql`
    with recursive matched as materialized (
      select p.id, p.min_price, ${priceCondition(query)} as price_ok
        ${flags.length > 0 ? sql`, ${sql.join(flags, sql`, `)}` : sql``}
      from products p
      where ${baseConditions(query)}
    ),
    tree(root, id) as (
      select c.id, c.id from categories c where c.parent_id is not distinct from ${query.categoryId ?? null}::text
      union all
      select tree.root, c.id from categories c join tree on c.parent_id = tree.id
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
    select 'category' as kind, tree.root as name, null as value, count(distinct m.id)::int as count,
        0::float8 as sort_key
      from matched m join product_categories pc on pc.product_id = m.id join tree on tree.id = pc.category_id
      where m.price_ok and ${passAll}
      group by tree.root
    union all
    select 'option', o.name, v.value, count(*)::int, avg(v.n)::float8
      from matched m join product_options o on o.product_id = m.id
        cross join unnest(o.values) with ordinality as v(value, n)
      where m.price_ok and ${passExcept('option', sql`o.name`)}
      group by o.name, v.value
    union all
    select 'feature', f.name, f.value, count(*)::int, 0::float8
      from matched m join product_features f on f.product_id = m.id
      where m.price_ok and ${passExcept('feature', sql`f.name`)}
      group by f.name, f.value
    union all
    select 'price', (floor(m.min_price / band.step) * band.step)::bigint::text, band.step::text, count(*)::int,
        0::float8
      from matched m cross join band
      where ${passAll}
      group by 2, 3`);
  const facets: FacetCounts = { categories: [], options: [], features: [], priceBands: [] };
  for (const row of result.rows) {
    const name = row.name ?? '';
    if (row.kind === 'category') facets.categories.push({ id: name, count: row.count });
    else if (row.kind === 'option')
      facets.options.push({ name, value: row.value ?? '', count: row.count, order: row.sort_key });
    else if (row.kind === 'feature') facets.features.push({ name, value: row.value ?? '', count: row.count });
    else {
      const min = Number(name);
      facets.priceBands.push({ min, max: min + Number(row.value), count: row.count });
    }
  }
  facets.priceBands.sort((a, b) => a.min - b.min);
  return facets;
}
