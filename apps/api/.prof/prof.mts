import { sql } from 'drizzle-orm';
import { createDatabase } from '/work/main/apps/api/src/db/client';
import { countFacets, searchProducts } from '/work/main/apps/api/src/modules/catalog/products.search';

const url = 'postgres://comptoir:LxZVoZ7NlWpclxhpT99ao5lC@127.0.0.1:45885/comptoir';
const { db, close } = createDatabase(url, { max: 2 }) as any;
const cat = (await db.execute(sql`select id from categories where handle='femme'`)).rows[0].id;
const cases: Record<string, any> = {
  all: { filters: [], sort: 'newest', limit: 24, offset: 0 },
  q_lin: { q: 'lin', filters: [], sort: 'relevance', limit: 24, offset: 0 },
  cat_price: { categoryId: cat, filters: [], sort: 'price_asc', limit: 24, offset: 0 },
  chemsie: { q: 'chemsie', filters: [], sort: 'relevance', limit: 24, offset: 0 },
  q_facet: {
    q: 'pull',
    filters: [{ kind: 'option', name: 'Taille', values: ['M'] }],
    sort: 'relevance',
    limit: 24,
    offset: 0,
  },
};
for (const [name, query] of Object.entries(cases)) {
  for (let i = 0; i < 2; i++) {
    let t = performance.now();
    const rows = await searchProducts(db, query);
    const a = performance.now() - t;
    t = performance.now();
    const f = await countFacets(db, { ...query, childCategoryIds: [] });
    const b = performance.now() - t;
    if (i === 1) console.log(name, 'items', a.toFixed(1), 'facets', b.toFixed(1), 'total', f.total);
  }
}
await close?.();
process.exit(0);
