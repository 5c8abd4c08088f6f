import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { createLocalMediaStorage } from '../modules/media/media-storage';
import { seedDemoCatalog } from './demo-catalog';
import { createRandom } from './random';

const databases: TestDatabase[] = [];
const testMedia = () =>
  createLocalMediaStorage({ dir: join(tmpdir(), `comptoir-seed-media-${process.pid}`), baseUrl: '/media' });
afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
});

async function seededCatalog(seed: number) {
  const database = await createTestDatabase();
  databases.push(database);
  await seedDemoCatalog({ db: database.db, media: testMedia() }, createRandom(seed), 15);
  const products = await database.pool.query('select handle, title, status from products order by handle');
  const variants = await database.pool.query(
    'select sku, price, stock_on_hand from product_variants order by sku',
  );
  const depth = await database.pool.query(`
    with recursive t(id, depth) as (
      select id, 1 from categories where parent_id is null
      union all select c.id, t.depth + 1 from categories c join t on c.parent_id = t.id)
    select max(depth)::int as depth, count(*)::int as categories from t`);
  return { products: products.rows, variants: variants.rows, tree: depth.rows[0] };
}

describe('demo catalog', () => {
  it('is deterministic for a seed, with a 3-level tree and products whose variants cover their options', async () => {
    const [first, again, other] = await Promise.all([seededCatalog(7), seededCatalog(7), seededCatalog(8)]);
    expect(first).toEqual(again);
    expect(first.products).not.toEqual(other.products);
    expect(first.tree).toMatchObject({ depth: 3 });
    expect(first.products).toHaveLength(15);
    expect(first.variants.length).toBeGreaterThanOrEqual(15);
    for (const variant of first.variants) expect(Number.isInteger(variant.price)).toBe(true);
  }, 90_000);
});
