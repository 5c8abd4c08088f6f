import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { newId } from '../shared/ids';
import { origins } from './demo-catalog';
import type { Random } from './random';

const types = ['Robe', 'Chemise', 'Pull', 'Veste', 'Pantalon', 'Foulard', 'Sac', 'Plaid', 'Nappe', 'Bonnet'];
const materials = ['lin', 'coton bio', 'laine mérinos', 'soie', 'velours', 'denim', 'cachemire', 'chanvre'];
const shades = ['sable', 'marine', 'terracotta', 'olive', 'écru', 'noir', 'ciel', 'bordeaux'];
const sizes = ['S', 'M', 'L'];
const batchSize = 2000;

/**
 * Adds `count` active products for performance work (`pnpm --filter @comptoir/api seed --products N`): two
 * sizes × two colours each, spread over the leaf categories, sharing the demo pictures. Written with
 * set-based inserts (arrays unnested by PostgreSQL) in batches, so 100k products take a minute rather than
 * hours; the listing aggregates are computed by the same statement triggers as any other write.
 */
export async function seedBulkProducts(
  db: Database,
  random: Random,
  count: number,
  onProgress: (done: number) => void = () => {},
): Promise<number> {
  const leaves = (
    await db.execute<{ id: string }>(sql`
      select id from categories c where not exists (select 1 from categories k where k.parent_id = c.id)
      order by id`)
  ).rows.map((row) => row.id);
  const pictures = (
    await db.execute<{
      storage_key: string;
      content_type: string;
      byte_size: number;
      width: number;
      height: number;
    }>(sql`
      select distinct on (storage_key) storage_key, content_type, byte_size, width, height
      from product_images order by storage_key`)
  ).rows;
  const start = Number(
    (await db.execute<{ n: number }>(sql`select count(*)::int as n from products`)).rows[0]?.n ?? 0,
  );
  for (let done = 0; done < count; done += batchSize) {
    const size = Math.min(batchSize, count - done);
    const product = {
      id: [] as string[],
      handle: [] as string[],
      title: [] as string[],
      description: [] as string[],
    };
    const link = { product: [] as string[], category: [] as string[] };
    const option = {
      product: [] as string[],
      name: [] as string[],
      position: [] as number[],
      values: [] as string[],
    };
    const feature = {
      product: [] as string[],
      name: [] as string[],
      value: [] as string[],
      position: [] as number[],
    };
    const variant = {
      id: [] as string[],
      product: [] as string[],
      sku: [] as string[],
      options: [] as string[],
      price: [] as number[],
      stock: [] as number[],
      position: [] as number[],
    };
    const image = { id: [] as string[], product: [] as string[], alt: [] as string[], key: [] as string[] };
    for (let index = 0; index < size; index++) {
      const number = start + done + index + 1;
      const id = newId('product');
      const type = random.pick(types);
      const material = random.pick(materials);
      const colours = [random.pick(shades), random.pick(shades)].filter((c, i, all) => all.indexOf(c) === i);
      const title = `${type} ${material} ${colours[0]} n°${number}`;
      product.id.push(id);
      product.handle.push(`bulk-${number}`);
      product.title.push(title);
      const origin = random.pick(origins);
      product.description.push(`${title}, fabriqué ${origin.made}.`);
      if (leaves.length > 0) {
        link.product.push(id);
        link.category.push(random.pick(leaves));
      }
      const productSizes = sizes.slice(random.int(0, 1), 3);
      option.product.push(id, id);
      option.name.push('Taille', 'Couleur');
      option.position.push(0, 1);
      option.values.push(JSON.stringify(productSizes), JSON.stringify(colours));
      feature.product.push(id, id);
      feature.name.push('Matière', 'Origine');
      feature.value.push(material, origin.name);
      feature.position.push(0, 1);
      const price = random.int(9, 250) * 100 + random.pick([0, 50, 90]);
      let position = 0;
      for (const size of productSizes) {
        for (const colour of colours) {
          variant.id.push(newId('variant'));
          variant.product.push(id);
          variant.sku.push(`BULK-${number}-${size}-${colour.slice(0, 3).toUpperCase()}`);
          variant.options.push(JSON.stringify({ Taille: size, Couleur: colour }));
          variant.price.push(price);
          variant.stock.push(random.next() < 0.1 ? 0 : random.int(1, 50));
          variant.position.push(position++);
        }
      }
      const picture = pictures.length > 0 ? random.pick(pictures) : undefined;
      if (picture) {
        image.id.push(newId('image'));
        image.product.push(id);
        image.alt.push(title);
        image.key.push(picture.storage_key);
      }
    }
    const array = (values: unknown[]) => sql.param(values);
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        insert into products (id, handle, title, description, status)
        select id, handle, title, description, 'active'
        from unnest(${array(product.id)}::text[], ${array(product.handle)}::text[], ${array(product.title)}::text[],
          ${array(product.description)}::text[]) as t(id, handle, title, description)`);
      await tx.execute(sql`
        insert into product_categories (product_id, category_id)
        select * from unnest(${array(link.product)}::text[], ${array(link.category)}::text[])`);
      await tx.execute(sql`
        insert into product_options (product_id, name, position, values)
        select p, n, pos, array(select jsonb_array_elements_text(v::jsonb))
        from unnest(${array(option.product)}::text[], ${array(option.name)}::text[], ${array(option.position)}::int[],
          ${array(option.values)}::text[]) as t(p, n, pos, v)`);
      await tx.execute(sql`
        insert into product_features (product_id, name, value, position)
        select * from unnest(${array(feature.product)}::text[], ${array(feature.name)}::text[],
          ${array(feature.value)}::text[], ${array(feature.position)}::int[])`);
      await tx.execute(sql`
        insert into product_variants (id, product_id, sku, option_values, price, stock_on_hand, position)
        select id, p, sku, o::jsonb, price, stock, pos
        from unnest(${array(variant.id)}::text[], ${array(variant.product)}::text[], ${array(variant.sku)}::text[],
          ${array(variant.options)}::text[], ${array(variant.price)}::int[], ${array(variant.stock)}::int[],
          ${array(variant.position)}::int[]) as t(id, p, sku, o, price, stock, pos)`);
      await tx.execute(sql`
        insert into product_images (id, product_id, position, alt, storage_key, content_type, byte_size, width, height)
        select t.id, t.p, 0, t.alt, t.k, i.content_type, i.byte_size, i.width, i.height
        from unnest(${array(image.id)}::text[], ${array(image.product)}::text[], ${array(image.alt)}::text[],
          ${array(image.key)}::text[]) as t(id, p, alt, k)
        join lateral (select * from product_images x where x.storage_key = t.k limit 1) i on true`);
    });
    onProgress(done + size);
  }
  await db.execute(sql`analyze products; analyze product_variants; analyze product_categories;
    analyze product_options; analyze product_features; analyze product_images`);
  return count;
}
