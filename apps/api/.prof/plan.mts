import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { countFacets } from '../src/modules/catalog/products.search';

const url = 'postgres://comptoir:LxZVoZ7NlWpclxhpT99ao5lC@127.0.0.1:45885/comptoir';
const pool = new pg.Pool({ connectionString: url, options: '-c pg_trgm.word_similarity_threshold=0.4' });
const dialect = new PgDialect();
let captured: { sql: string; params: unknown[] } | undefined;
const fake = {
  execute: async (q: any) => {
    captured = dialect.sqlToQuery(q);
    return { rows: [] };
  },
} as any;
const cat = (await pool.query(`select id from categories where handle='femme'`)).rows[0].id;
await countFacets(fake, { categoryId: cat, filters: [], sort: 'price_asc', limit: 24, offset: 0 });
const r = await pool.query(`explain (analyze, costs off) ${captured!.sql}`, captured!.params);
console.log(r.rows.map((x: any) => x['QUERY PLAN']).join('\n'));
await pool.end();
