import type { Database } from '../db/client';
import { createCategory, createProduct, type NewProduct } from '../modules/catalog';
import type { Random } from './random';

/** Three levels of categories: department → family → type. */
const tree: Record<string, Record<string, string[]>> = {
  Femme: { Vêtements: ['Robes', 'Chemises', 'Pulls'], Accessoires: ['Sacs', 'Foulards'] },
  Homme: { Vêtements: ['Chemises', 'Pantalons', 'Vestes'], Accessoires: ['Ceintures', 'Bonnets'] },
  Maison: { Textile: ['Linge de lit', 'Plaids'], Table: ['Nappes', 'Serviettes'] },
};
const adjectives = ['Lin', 'Coton bio', 'Laine mérinos', 'Soie', 'Velours', 'Denim', 'Cachemire', 'Chanvre'];
const shades = ['Sable', 'Marine', 'Terracotta', 'Olive', 'Écru', 'Noir', 'Ciel', 'Bordeaux'];
const sizes = ['XS', 'S', 'M', 'L', 'XL'];
const origins = ['France', 'Portugal', 'Italie', 'Belgique'];

/**
 * The demo catalog: a 3-level category tree and `count` products with Size/Color options and their
 * variants, stock and prices in cents — deterministic for a seed, created through the catalog services.
 */
export async function seedDemoCatalog(
  db: Database,
  random: Random,
  count = 300,
): Promise<{ products: number }> {
  const leaves: { id: string; name: string }[] = [];
  for (const [department, families] of Object.entries(tree)) {
    const top = await createCategory(db, { name: department });
    for (const [family, types] of Object.entries(families)) {
      const middle = await createCategory(db, {
        name: `${family} ${department.toLowerCase()}`,
        parentId: top.id,
      });
      for (const type of types) {
        leaves.push(
          await createCategory(db, { name: `${type} ${department.toLowerCase()}`, parentId: middle.id }),
        );
      }
    }
  }
  for (let index = 0; index < count; index++) {
    const leaf = random.pick(leaves);
    const material = random.pick(adjectives);
    const title = `${leaf.name.split(' ')[0]} ${material.toLowerCase()} n°${index + 1}`;
    const colors = [...new Set([random.pick(shades), random.pick(shades), random.pick(shades)])];
    const sizeCount = random.int(1, sizes.length);
    const productSizes = sizes.slice(0, sizeCount);
    const basePrice = random.int(19, 189) * 100 + random.pick([0, 50, 90]);
    const sku = `DEMO-${String(index + 1).padStart(4, '0')}`;
    const input: NewProduct = {
      title,
      description: `${title} — ${material}, fabriqué au ${random.pick(origins)}. Coupe et finitions soignées.`,
      status: random.next() < 0.92 ? 'active' : 'draft',
      tags: [material.toLowerCase()],
      categoryIds: [leaf.id],
      features: [
        { name: 'Matière', value: material },
        { name: 'Origine', value: random.pick(origins) },
      ],
      options: [
        { name: 'Taille', values: productSizes },
        { name: 'Couleur', values: colors },
      ],
      variants: productSizes.flatMap((size) =>
        colors.map((color) => ({
          sku: `${sku}-${size}-${color
            .normalize('NFKD')
            .replace(/[^A-Za-z]/g, '')
            .toUpperCase()}`,
          options: { Taille: size, Couleur: color },
          price: basePrice,
          ...(random.next() < 0.2 ? { compareAtPrice: basePrice + random.int(1, 4) * 1000 } : {}),
          stockOnHand: random.next() < 0.1 ? 0 : random.int(1, 40),
        })),
      ),
    };
    await createProduct(db, input, 'EUR');
  }
  return { products: count };
}
