import sharp from 'sharp';
import type { Database } from '../db/client';
import { createCategory, createProduct, type NewProduct } from '../modules/catalog';
import { productImages } from '../modules/catalog/catalog.tables';
import { setCategoryImage } from '../modules/catalog/categories.service';
import type { MediaStorage } from '../modules/media/media-storage';
import { storeImageFiles } from '../modules/media/stored-images';
import { newId } from '../shared/ids';
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
/** Countries of make, with the French preposition each takes ("fabriqué au Portugal", "en France"). */
export const origins = [
  { name: 'France', made: 'en France' },
  { name: 'Portugal', made: 'au Portugal' },
  { name: 'Italie', made: 'en Italie' },
  { name: 'Belgique', made: 'en Belgique' },
] as const;
const shadeColours: Record<string, string> = {
  Sable: '#d8c3a0',
  Marine: '#1f3354',
  Terracotta: '#b85a3c',
  Olive: '#6b6f3a',
  Écru: '#eee6d3',
  Noir: '#23211f',
  Ciel: '#8fb8d8',
  Bordeaux: '#6d1f2c',
};

const departmentColours: Record<string, [string, string]> = {
  Femme: ['#b85a3c', '#d8c3a0'],
  Homme: ['#1f3354', '#8fb8d8'],
  Maison: ['#6b6f3a', '#eee6d3'],
};

/** A generated category banner: a two-colour gradient (decorative: the tile names the category). */
function bannerSvg(department: string): string {
  const [from, to] = departmentColours[department] ?? ['#444444', '#bbbbbb'];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="1600" height="900" fill="url(#g)"/>
  <circle cx="1250" cy="250" r="260" fill="#ffffff" fill-opacity="0.12"/>
  <circle cx="300" cy="820" r="180" fill="#000000" fill-opacity="0.06"/>
</svg>`;
}

/** A generated product picture: a folded cloth in the shade's colour with the department's name. */
function pictureSvg(department: string, shade: string): string {
  const colour = shadeColours[shade] ?? '#888888';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200" viewBox="0 0 1200 1200">
  <rect width="1200" height="1200" fill="#f4f1ec"/>
  <rect x="250" y="260" width="700" height="680" rx="48" fill="${colour}"/>
  <path d="M250 470 L950 470 L950 560 L250 560 Z" fill="#ffffff" fill-opacity="0.18"/>
  <path d="M250 760 L950 760 L950 800 L250 800 Z" fill="#000000" fill-opacity="0.12"/>
  <text x="600" y="1060" font-family="sans-serif" font-size="64" text-anchor="middle" fill="#3b3935">${department} · ${shade}</text>
</svg>`;
}

/**
 * The demo catalog: a 3-level category tree and `count` products with Size/Color options and their
 * variants, stock and prices in cents — deterministic for a seed, created through the catalog services.
 */
export async function seedDemoCatalog(
  ctx: { db: Database; media: MediaStorage },
  random: Random,
  count = 300,
): Promise<{ products: number }> {
  const { db } = ctx;
  const leaves: { id: string; name: string; department: string }[] = [];
  // One generated picture per department and shade, shared by the products that use it.
  const pictures = new Map<string, Awaited<ReturnType<typeof storeImageFiles>>>();
  const pictureOf = async (department: string, shade: string) => {
    const key = `${department}/${shade}`;
    let picture = pictures.get(key);
    if (!picture) {
      // Rendered to PNG here: uploads never accept SVG (it can carry scripts).
      const png = await sharp(Buffer.from(pictureSvg(department, shade)))
        .png()
        .toBuffer();
      picture = await storeImageFiles(ctx.media, png);
      pictures.set(key, picture);
    }
    return picture;
  };
  for (const [department, families] of Object.entries(tree)) {
    const top = await createCategory(db, { name: department });
    const banner = await sharp(Buffer.from(bannerSvg(department)))
      .png()
      .toBuffer();
    await setCategoryImage(db, ctx.media, top.id, { file: banner, alt: '' });
    for (const [family, types] of Object.entries(families)) {
      const middle = await createCategory(db, {
        name: `${family} ${department.toLowerCase()}`,
        parentId: top.id,
      });
      for (const type of types) {
        const leaf = await createCategory(db, {
          name: `${type} ${department.toLowerCase()}`,
          parentId: middle.id,
        });
        leaves.push({ ...leaf, department });
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
    const origin = random.pick(origins);
    const input: NewProduct = {
      title,
      description: `${title} — ${material}, fabriqué ${origin.made}. Coupe et finitions soignées.`,
      status: random.next() < 0.92 ? 'active' : 'draft',
      tags: [material.toLowerCase()],
      categoryIds: [leaf.id],
      features: [
        { name: 'Matière', value: material },
        { name: 'Origine', value: origin.name },
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
    const product = await createProduct({ db, media: ctx.media, currency: 'EUR' }, input);
    await db.insert(productImages).values(
      await Promise.all(
        colors.slice(0, 2).map(async (color, position) => ({
          id: newId('image'),
          productId: product.id,
          position,
          alt: `${title}, ${color.toLowerCase()}`,
          ...(await pictureOf(leaf.department, color)),
        })),
      ),
    );
  }
  return { products: count };
}
