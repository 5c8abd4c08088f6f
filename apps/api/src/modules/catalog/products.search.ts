import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

export interface ProductSearchQuery {
  q?: string | undefined;
  categoryId?: string | undefined;
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
  inStock?: boolean | undefined;
  sort: 'relevance' | 'newest' | 'price_asc' | 'price_desc';
  limit: number;
  offset: number;
}

export interface ProductSearchRow {
  id: string;
  handle: string;
  title: string;
  minPrice: number;
  maxPrice: number;
  inStock: boolean;
  total: number;
}

/**
 * Active products matching the query, in one statement: full-text on the weighted `search_vector`
 * (English and French stemming, GIN index), typo tolerance by trigram word similarity on the title (GIN
 * trigram index), exact SKU; a category includes its descendants; price bounds apply to the cheapest
 * variant. `total` counts every match (window function), so one round trip serves a page.
 */
export async function searchProducts(db: DbOrTx, query: ProductSearchQuery): Promise<ProductSearchRow[]> {
  const q = query.q?.trim() || null;
  const order = {
    relevance: q ? sql`rank desc, p.id desc` : sql`p.id desc`,
    newest: sql`p.id desc`,
    price_asc: sql`min_price asc, p.id desc`,
    price_desc: sql`min_price desc, p.id desc`,
  }[query.sort];
  // `<%` uses pg_trgm.word_similarity_threshold, set on every connection by db/client.ts.
  const result = await db.execute<{
    id: string;
    handle: string;
    title: string;
    min_price: number;
    max_price: number;
    in_stock: boolean;
    total: number;
  }>(sql`
      with recursive scope(id) as (
        select id from categories where id = ${query.categoryId ?? null}
        union all
        select c.id from categories c join scope on c.parent_id = scope.id
      ),
      terms as (
        select websearch_to_tsquery('english', coalesce(${q}, '')) || websearch_to_tsquery('french', coalesce(${q}, '')) as query
      )
      select p.id, p.handle, p.title,
        min(v.price)::int as min_price, max(v.price)::int as max_price,
        bool_or(not v.track_inventory or v.allow_backorder or v.stock_on_hand > 0) as in_stock,
        (case when ${q}::text is null then 0
          else ts_rank(p.search_vector, (select query from terms)) + word_similarity(lower(${q}), lower(p.title)) end) as rank,
        count(*) over ()::int as total
      from products p
      join product_variants v on v.product_id = p.id
      where p.status = 'active'
        and (${q}::text is null
          or p.search_vector @@ (select query from terms)
          or lower(${q}) <% lower(p.title)
          or exists (select 1 from product_variants s where s.product_id = p.id and lower(s.sku) = lower(${q})))
        and (${query.categoryId ?? null}::text is null
          or exists (select 1 from product_categories pc where pc.product_id = p.id and pc.category_id in (select id from scope)))
      group by p.id
      having (${query.minPrice ?? null}::int is null or min(v.price) >= ${query.minPrice ?? null})
        and (${query.maxPrice ?? null}::int is null or min(v.price) <= ${query.maxPrice ?? null})
        and (${query.inStock ?? null}::boolean is not true
          or bool_or(not v.track_inventory or v.allow_backorder or v.stock_on_hand > 0))
      order by ${order}
      limit ${query.limit + 1} offset ${query.offset}`);
  return result.rows.map((row) => ({
    id: row.id,
    handle: row.handle,
    title: row.title,
    minPrice: row.min_price,
    maxPrice: row.max_price,
    inStock: row.in_stock,
    total: row.total,
  }));
}
